/// Standalone HTML pages (inline CSS and SVG, no script, no network) from the `.html.mustache` templates.
public struct HTMLRenderer: ReportRenderer {
    public let templates: ReportTemplates
    public var format: OutputFormat { .html }

    public init(templates: ReportTemplates = ReportTemplates()) { self.templates = templates }

    public func render(_ report: ReportKind, plan: Plan, analysis: Analysis) throws(ReportError) -> String {
        try Self.render(report, context: TemplateContext.build(report.view(plan: plan, analysis: analysis)), templates: templates)
    }

    /// The page of `report` from its view's template context.
    static func render(_ report: ReportKind, context: Any, templates: ReportTemplates) throws(ReportError) -> String {
        let page = try TemplateRendering.render(context: context, template: "\(report.rawValue).html", format: .html, templates: templates)
        return finished(page)
    }

    /// The page ending in exactly one line break (the page itself when it already does: a
    /// market page is megabytes).
    static func finished(_ page: String) -> String {
        var trimmed = Substring(page)
        while trimmed.last == "\n" { trimmed.removeLast() }
        if trimmed.utf8.count + 1 == page.utf8.count { return page }
        return trimmed + "\n"
    }
}
