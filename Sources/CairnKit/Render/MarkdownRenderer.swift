/// Markdown pages (GitHub-flavoured tables, a Mermaid career tree) from the `.md.mustache` templates.
public struct MarkdownRenderer: ReportRenderer {
    public let templates: ReportTemplates
    public var format: OutputFormat { .md }

    public init(templates: ReportTemplates = ReportTemplates()) { self.templates = templates }

    public func render(_ report: ReportKind, plan: Plan, analysis: Analysis) throws(ReportError) -> String {
        try Self.render(report, context: TemplateContext.build(report.view(plan: plan, analysis: analysis)), templates: templates)
    }

    /// The page of `report` from its view's template context.
    static func render(_ report: ReportKind, context: Any, templates: ReportTemplates) throws(ReportError) -> String {
        tidy(try TemplateRendering.render(context: context, template: "\(report.rawValue).md", format: .md, templates: templates))
    }

    /// The page of `report` from its view's template context, as the stretches the page keeps.
    static func page(_ report: ReportKind, context: Any, templates: ReportTemplates) throws(ReportError) -> ReportText {
        let page = try TemplateRendering.render(context: context, template: "\(report.rawValue).md", format: .md, templates: templates)
        return ReportText(joining: MarkdownTidy.stretches(page))
    }

    /// One blank line at most between blocks, and one line break at the end: templates
    /// can then leave a blank line around optional sections without stacking them up.
    static func tidy(_ page: String) -> String {
        MarkdownTidy.stretches(page).joined()
    }
}
