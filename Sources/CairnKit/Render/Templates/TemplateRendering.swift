/// Looks a template up and renders a view with it.
enum TemplateRendering {
    static func render(_ view: Any, template name: String, format: OutputFormat, templates: ReportTemplates) throws(ReportError) -> String {
        let library = try templates.library(for: format)
        guard let page = library.render(TemplateContext.build(view), withTemplate: name) else {
            throw ReportError(at: SourceLocation(path: "templates/\(name).mustache", line: 1),
                              "no template named '\(name).mustache', built in or in the plan's templates/",
                              hint: Suggestions.didYouMean(name + ".mustache", in: templates.sources.keys))
        }
        return page
    }
}
