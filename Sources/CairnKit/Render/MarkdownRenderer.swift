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

    /// One blank line at most between blocks, and one line break at the end: templates
    /// can then leave a blank line around optional sections without stacking them up.
    static func tidy(_ page: String) -> String {
        var lines: [Substring] = []
        var blank = 0
        for line in page.split(separator: "\n", omittingEmptySubsequences: false) {
            let isBlank = line.allSatisfy { $0 == " " || $0 == "\t" }
            blank = isBlank ? blank + 1 : 0
            if blank <= 1 { lines.append(isBlank ? "" : line) }
        }
        while lines.first?.isEmpty == true { lines.removeFirst() }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }
}
