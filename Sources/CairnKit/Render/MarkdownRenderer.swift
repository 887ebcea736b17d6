/// Markdown pages (GitHub-flavoured tables, a Mermaid career tree) from the `.md.mustache` templates.
public struct MarkdownRenderer: ReportRenderer {
    public let templates: ReportTemplates
    public var format: OutputFormat { .md }

    public init(templates: ReportTemplates = ReportTemplates()) { self.templates = templates }

    /// The page, with at most one blank line between blocks and one line break at the end
    /// (`MarkdownTidy`): templates can leave a blank line around optional sections.
    public func render(_ report: ReportKind, plan: Plan, analysis: Analysis) throws(ReportError) -> String {
        let context = try PageParts.adding(to: TemplateContext.build(report.view(plan: plan, analysis: analysis)), report: report,
                                           format: .md, templates: templates, splices: nil)
        let page = try TemplateRendering.render(context: context, template: "\(report.rawValue).md", format: .md, templates: templates)
        return MarkdownTidy.stretches(page).joined()
    }
}
