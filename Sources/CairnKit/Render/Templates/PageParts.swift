/// Parts of a page rendered by templates of their own before the page, and put into the page's
/// context as text: the market's ranked postings, which on a plan of thousands of postings are
/// most of the page. swift-mustache builds each section, block and page as a string and copies it
/// into the next, so a part that size was held five or six times over while the page rendered
/// (71 MB of a 135 MB peak on a plan of 10,000 postings); rendered apart, it is one string, and a
/// long one goes through the page as a splice (`TemplateSplices`), not as text.
enum PageParts {
    /// Each part of the page of `report` in `format`: its name in the page's context and the
    /// template that renders it from the page's context.
    static func parts(of report: ReportKind, format: OutputFormat) -> [(name: String, template: String)] {
        switch (report, format) {
        case (.market, .html): [("postings", "market-postings.html")]
        case (.market, .md): [("postingRows", "market-posting-rows.md"), ("postingCards", "market-posting-cards.md")]
        default: []
        }
    }

    /// `context` with the parts of the page of `report` in `format` rendered into it. A part's last
    /// line break is left to the page, whose line holding `{{{name}}}` ends with one. A Markdown
    /// part's first line break goes too when the part starts with one: Cairn's Markdown pragma
    /// stands in front of every Markdown template's first line (`MarkdownContentType.pragma`), so
    /// a tag alone there, such as the part's opening comment, is not alone on its line and leaves
    /// its line break.
    static func adding(to context: Any, report: ReportKind, format: OutputFormat, templates: ReportTemplates,
                       splices: TemplateSplices?) throws(ReportError) -> Any {
        let parts = parts(of: report, format: format)
        guard !parts.isEmpty, var fields = context as? [String: Any] else { return context }
        for part in parts {
            var text = try TemplateRendering.render(context: context, template: part.template, format: format, templates: templates)
            if text.hasSuffix("\n") { text.removeLast() }
            if format == .md && text.hasPrefix("\n") { text.removeFirst() }
            fields[part.name] = splices?.entry(for: text) ?? text
        }
        return fields
    }
}
