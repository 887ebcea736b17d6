/// Parts of a page rendered by templates of their own before the page, and put into the page's
/// context as text: the market's ranked postings, which on a plan of thousands of postings are
/// most of the page, the table of the skills they ask for, the gap table of the plan and gaps
/// pages, the development plan's milestones by horizon and by quarter, and every HTML page's
/// stylesheet. swift-mustache builds each section, block and page as a string and copies it into
/// the next, so a part that size was held five or six times over while the page rendered (71 MB
/// of a 135 MB peak on a plan of 10,000 postings); rendered apart, it is one string, and a long
/// one goes through the page as a splice (`TemplateSplices`), not as text. A built-in part
/// template's rows are written straight (`BuiltInPartRows`, `BuiltInGapTable`,
/// `BuiltInSkillTable`, `BuiltInMilestones`, `BuiltInStyle`).
enum PageParts {
    /// A part of a page: its name in the page's context, the template that renders it, and the
    /// page's field whose object the template is rendered in, laid over the page (nil: the page),
    /// as it was where the page included the template.
    typealias Part = (name: String, template: String, scope: String?)

    /// Each part of the page of `report` in `format`: every HTML page's stylesheet, shown by
    /// `layout.html`, and the longest parts of some pages.
    static func parts(of report: ReportKind, format: OutputFormat) -> [Part] {
        (format == .html ? [("style", BuiltInStyle.template, nil)] : []) + pageParts(of: report, format: format)
    }

    /// The templates a page of `report` in `format` is rendered from, less what they include:
    /// its own and its parts'.
    static func roots(of report: ReportKind, format: OutputFormat) -> [String] {
        ["\(report.rawValue).\(format.rawValue)"] + parts(of: report, format: format).map(\.template)
    }

    private static func pageParts(of report: ReportKind, format: OutputFormat) -> [Part] {
        switch (report, format) {
        case (.market, .html): [("skillsSection", "market-skills.html", nil), ("postings", "market-postings.html", nil)]
        case (.market, .md): [("skillsSection", "market-skills.md", nil), ("postingRows", "market-posting-rows.md", nil),
                              ("postingCards", "market-posting-cards.md", nil)]
        case (.plan, .md): [("gapTable", "gap-table.md", nil), ("horizonsSection", "plan-development-horizons.md", "development"),
                            ("quartersSection", "plan-development-quarters.md", "development")]
        case (.plan, .html): [("gapTable", "gap-table.html", nil), ("horizonsSection", "plan-development-horizons.html", "development"),
                              ("quartersSection", "plan-development-quarters.html", "development")]
        case (.gaps, .md): [("gapTable", "gap-table.md", nil)]
        case (.gaps, .html): [("gapTable", "gap-table.html", nil)]
        default: []
        }
    }

    /// Rows a built-in part renders at a time.
    static let sliceRows = 256

    /// `context` with the parts of the page of `report` in `format` rendered into it. A part's last
    /// line break is left to the page, whose line holding `{{{name}}}` ends with one. A Markdown
    /// part's first line break goes too when the part starts with one: Cairn's Markdown pragma
    /// stands in front of every Markdown template's first line (`MarkdownContentType.pragma`), so
    /// a tag alone there, such as the part's opening comment, is not alone on its line and leaves
    /// its line break.
    static func adding(to context: Any, report: ReportKind, format: OutputFormat, templates: ReportTemplates,
                       splices: TemplateSplices?, sliceRows: Int = sliceRows) throws(ReportError) -> Any {
        let parts = parts(of: report, format: format)
        guard !parts.isEmpty, let page = context as? TemplateFields else { return context }
        var fields = page
        for part in parts {
            var scope = page
            if let key = part.scope {
                // A part whose object the page does not hold is shown nowhere: it is left out.
                guard let inner = page[key] else { continue }
                scope = page.overlaid(by: inner)
            }
            if let sliced = try sliced(part.template, page: page, format: format, templates: templates, sliceRows: sliceRows) {
                fields[part.name] = splices?.entry(deferring: sliced) ?? TemplateText(sliced.text)
            } else if templates.isBuiltIn(part.template), let text = builtIn(part.template, scope: scope) {
                let text = trimmed(text, first: true, last: true, format: format)
                fields[part.name] = splices?.entry(forPart: text) ?? TemplateText(text)
            } else {
                let text = trimmed(try TemplateRendering.render(context: scope, template: part.template, format: format, templates: templates),
                                   first: true, last: true, format: format)
                fields[part.name] = splices?.entry(forPart: text) ?? TemplateText(text)
            }
        }
        return fields
    }

    /// A built-in part template's text, written straight; nil when it is not written here, or
    /// `scope` does not hold what it reads.
    private static func builtIn(_ template: String, scope: TemplateFields) -> String? {
        if template == BuiltInStyle.template { return BuiltInStyle.text }
        return BuiltInGapTable.text(template, page: scope) ?? BuiltInSkillTable.text(template, page: scope)
            ?? BuiltInMilestones.text(template, scope: scope)
    }

    /// A part without the line breaks the page has of its own (see `adding`), when it is the
    /// `first` or `last` piece of the part.
    private static func trimmed(_ piece: String, first: Bool, last: Bool, format: OutputFormat) -> String {
        var piece = piece
        if last && piece.hasSuffix("\n") { piece.removeLast() }
        if first && format == .md && piece.hasPrefix("\n") { piece.removeFirst() }
        return piece
    }

    /// `trimmed` of a built-in part's bytes, whose line breaks are all "\n": the stretch kept.
    private static func trimmed(_ piece: UnsafeRawBufferPointer, first: Bool, last: Bool, format: OutputFormat) -> UnsafeRawBufferPointer {
        var kept = piece[...]
        if last && kept.last == UInt8(ascii: "\n") { kept = kept.dropLast() }
        if first && format == .md && kept.first == UInt8(ascii: "\n") { kept = kept.dropFirst() }
        return UnsafeRawBufferPointer(rebasing: kept)
    }

    /// A built-in part of ranked postings (`BuiltInPartRows.templates`) over more than `sliceRows`
    /// rows, made a slice of rows at a time as the page is written; nil for a plan's own part
    /// template, which is rendered in one go (it may show anything of the rows around them), for
    /// fewer rows and for other parts. Such a part template is a comment line and one section over
    /// `matches`; each slice's rows are written straight as it renders them (`BuiltInPartRows`),
    /// the first after what it renders around no rows (the comment line's line break). Where the
    /// page is written as it is made (`cairn build`'s HTML pages), it thus never holds the 10 MB of
    /// ranked postings of a plan of 10,000, only a slice of a few hundred KB at a time.
    static func sliced(_ template: String, page: TemplateFields, format: OutputFormat, templates: ReportTemplates,
                       sliceRows: Int) throws(ReportError) -> DeferredText? {
        guard BuiltInPartRows.templates.contains(template), templates.isBuiltIn(template),
              let rows = page["matches"] as? [MatchRow], rows.count > sliceRows else { return nil }
        // The template, found now: rendering a found template cannot fail, so the slices made while
        // the page is written always make the whole part (one not found is reported by the caller).
        let library = try templates.renderer(for: format)
        guard library.contains(template) else { return nil }
        // What the template renders around no rows (its comment line's line break).
        var empty = page
        empty["matches"] = [MatchRow]()
        let around = library.render(empty, withTemplate: template) ?? ""
        let starts = Array(stride(from: 0, to: rows.count, by: sliceRows))
        return DeferredText { emit in
            // One stream, emptied and refilled by each slice, sized for about a kilobyte a row.
            let out = ByteStream(capacity: around.utf8.count + min(sliceRows, rows.count) * 1_024)
            for (index, start) in starts.enumerated() {
                out.removeAll()
                // The rows written straight, after what the template renders around none before the first.
                if index == 0 { out.append(text: around) }
                let written = BuiltInPartRows.write(template, rows[start ..< min(start + sliceRows, rows.count)], into: out)
                precondition(written, "BuiltInPartRows writes every template of BuiltInPartRows.templates")
                let goesOn = out.withBytes { emit(trimmed($0, first: index == 0, last: index == starts.count - 1, format: format)) }
                if !goesOn { return }
            }
        }
    }
}
