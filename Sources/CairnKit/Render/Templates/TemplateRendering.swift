/// Looks a template up and renders a view with it.
enum TemplateRendering {
    static func render(_ view: some Encodable, template name: String, format: OutputFormat, templates: ReportTemplates) throws(ReportError) -> String {
        try render(context: TemplateContext.build(view), template: name, format: format, templates: templates)
    }

    /// Renders a view already turned into a template context (`TemplateContext.build`): the pages of
    /// one report in several formats share it.
    static func render(context: Any, template name: String, format: OutputFormat, templates: ReportTemplates) throws(ReportError) -> String {
        let library = try templates.renderer(for: format)
        guard let page = library.render(context, withTemplate: name) else {
            throw ReportError(at: SourceLocation(path: "templates/\(name).mustache", line: 1),
                              "no template named '\(name).mustache', built in or in the plan's templates/",
                              hint: Suggestions.didYouMean(name + ".mustache", in: templates.sources.keys))
        }
        return page
    }
}
