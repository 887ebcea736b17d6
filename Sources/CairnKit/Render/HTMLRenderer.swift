/// Standalone HTML pages (inline CSS and SVG, no script, no network) from the `.html.mustache` templates.
public struct HTMLRenderer: ReportRenderer {
    public let templates: ReportTemplates
    public var format: OutputFormat { .html }

    public init(templates: ReportTemplates = ReportTemplates()) { self.templates = templates }

    public func render(_ report: ReportKind, plan: Plan, analysis: Analysis) throws(ReportError) -> String {
        let view = report.view(plan: plan, analysis: analysis)
        let page = try TemplateRendering.render(view, template: "\(report.rawValue).html", format: .html, templates: templates)
        var trimmed = Substring(page)
        while trimmed.last == "\n" { trimmed.removeLast() }
        return trimmed + "\n"
    }
}
