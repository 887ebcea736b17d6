/// Standalone HTML pages (inline CSS and SVG, no script, no network) from the `.html.mustache` templates.
public struct HTMLRenderer: ReportRenderer {
    public let templates: ReportTemplates
    public var format: OutputFormat { .html }

    public init(templates: ReportTemplates = ReportTemplates()) { self.templates = templates }

    public func render(_ report: ReportKind, plan: Plan, analysis: Analysis) throws(ReportError) -> String {
        let context = try PageParts.adding(to: TemplateContext.build(report.view(plan: plan, analysis: analysis)), report: report,
                                           format: .html, templates: templates, splices: nil)
        return try Self.page(report, context: context, templates: templates).string
    }

    /// The page of `report` from its view's template context, ending in exactly one line break
    /// (added as a piece of its own rather than by copying the page: a market page is megabytes).
    static func page(_ report: ReportKind, context: Any, templates: ReportTemplates) throws(ReportError) -> ReportText {
        let page = try TemplateRendering.render(context: context, template: "\(report.rawValue).html", format: .html, templates: templates)
        var trimmed = page[...]
        while trimmed.last == "\n" { trimmed.removeLast() }
        return trimmed.utf8.count + 1 == page.utf8.count ? ReportText(page) : ReportText(joining: [trimmed, "\n"])
    }
}
