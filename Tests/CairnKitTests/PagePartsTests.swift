import Testing
@testable import CairnKit

/// Parts of a page rendered apart (the market's ranked postings) and put into the page's context.
@Suite struct PagePartsTests {
    static func plan() throws -> Plan {
        var fixture = RenderTemplateTests.fixture()
        fixture.add("jobs/acme.md", "---\ntitle: Staff Engineer\ncompany: Acme\nsalary: {min: 100, max: 200, currency: USD}\n---\n")
        fixture.add("jobs/zeta.md", "---\ntitle: Principal Engineer\ncompany: Zeta\n---\n")
        return try #require(fixture.read().plan)
    }

    /// The market page in `format`, with the built-in templates or `name` replaced by `text`.
    static func market(_ format: OutputFormat, overriding name: String? = nil, with text: String = "") throws -> String {
        let plan = try plan()
        let templates = ReportTemplates(overrides: name.map { [TemplateSource(name: $0, path: "templates/\($0)", text: text)] } ?? [])
        let renderer = try #require(Reports.renderer(for: format, templates: templates))
        return try renderer.render(.market, plan: plan, analysis: Analysis.of(plan, asOf: RenderTemplateTests.asOf))
    }

    @Test func everyPartHasABuiltInTemplate() {
        let names = ReportTemplates.builtInNames
        for report in ReportKind.allCases {
            for format in [OutputFormat.md, .html] {
                for part in PageParts.parts(of: report, format: format) {
                    #expect(names.contains(part.template + ".mustache"), "\(report) \(format): \(part.template)")
                }
            }
        }
        #expect(!PageParts.parts(of: .market, format: .html).isEmpty)
    }

    @Test func aPartTemplateOfThePlanReplacesTheBuiltInOne() throws {
        let page = try Self.market(.html, overriding: "market-postings.html.mustache",
                                   with: "{{#matches}}<p class=\"mine\">{{rank}}: {{title}}</p>\n{{/matches}}")
        #expect(page.contains("<p class=\"mine\">1: "))
        #expect(page.contains("<p class=\"mine\">2: "))
        #expect(!page.contains("<article class=\"card\">"))
    }

    @Test func aMarketTemplateThatListsThePostingsItselfStillWorks() throws {
        // A plan's market page written before the parts existed iterates `matches` on its own.
        let page = try Self.market(.md, overriding: "market.md.mustache", with: "{{#matches}}- {{rank}}. {{title}}\n{{/matches}}")
        #expect(page.split(separator: "\n").count == 2)
        #expect(page.hasPrefix("- 1. "))
    }

    /// The market page's context over a plan of five postings, and its parts added with
    /// `sliceRows` rows rendered at a time.
    static func parts(_ format: OutputFormat, sliceRows: Int, templates: ReportTemplates = ReportTemplates(),
                      splices: TemplateSplices? = nil) throws -> [String: Any] {
        var fixture = RenderTemplateTests.fixture()
        for (index, title) in ["Staff Engineer", "Principal Engineer", "Staff Engineer | Platform", "Engineer", "Staff SRE"].enumerated() {
            fixture.add("jobs/p\(index).md", "---\ntitle: \(title)\ncompany: C\(index)\n---\n")
        }
        let plan = try #require(fixture.read().plan)
        let context = TemplateContext.build(ReportKind.market.view(plan: plan, analysis: Analysis.of(plan, asOf: RenderTemplateTests.asOf)))
        return try #require(try PageParts.adding(to: context, report: .market, format: format, templates: templates,
                                                 splices: splices, sliceRows: sliceRows) as? TemplateFields).fields
    }

    @Test(arguments: [OutputFormat.md, .html], [1, 2, 3, 4])
    func aBuiltInPartRenderedASliceAtATimeIsThePartRenderedWhole(format: OutputFormat, sliceRows: Int) throws {
        let whole = try Self.parts(format, sliceRows: 1_000)
        let sliced = try Self.parts(format, sliceRows: sliceRows)
        let splices = TemplateSplices(threshold: 1)
        let spliced = try Self.parts(format, sliceRows: sliceRows, splices: splices)
        for part in PageParts.parts(of: .market, format: format) where BuiltInPartRows.templates.contains(part.template) {
            let text = try #require((whole[part.name] as? TemplateText)?.text)
            #expect(text.contains("5"))
            #expect((sliced[part.name] as? TemplateText)?.text == text)
            // Spliced, the part is made a slice at a time as the page is written, and comes out the same.
            let marker = try #require(spliced[part.name] as? SplicedText)
            guard case .deferred(let deferred) = marker.source else {
                Issue.record("\(part.name) is not deferred")
                continue
            }
            #expect(DeferredTextTests.pieces(of: deferred).count == (5 + sliceRows - 1) / sliceRows)
            #expect(splices.inlined("[" + marker.marker + "]").map { String(decoding: $0.bytes, as: UTF8.self) } == "[" + text + "]")
            let page = try #require(splices.split(ReportText("[" + marker.marker + "]")))
            #expect(page.pieces.contains { if case .deferred = $0 { true } else { false } })
            #expect(page.string == "[" + text + "]")
        }
    }

    @Test func aPlansOwnPartTemplateIsRenderedInOneGo() throws {
        let templates = ReportTemplates(overrides: [TemplateSource(name: "market-postings.html.mustache", path: "templates/market-postings.html.mustache",
                                                                   text: "<ol>{{#matches}}<li>{{rank}}</li>{{/matches}}</ol>")])
        let parts = try Self.parts(.html, sliceRows: 1, templates: templates)
        #expect((parts["postings"] as? TemplateText)?.text == "<ol><li>1</li><li>2</li><li>3</li><li>4</li><li>5</li></ol>")
    }

    /// The market page of a plan with more postings than a slice and its chart has rows to a
    /// piece, three ways: as `cairn build` writes it (the postings and the chart made as the page
    /// is written), rendered on its own (the parts made in slices, then held whole), and with the
    /// plan's own copy of each part template (rendered in one go).
    @Test(arguments: [OutputFormat.html, .md])
    func aLargeMarketPageIsTheSameHoweverItsPartsAreMade(format: OutputFormat) throws {
        var fixture = RenderTemplateTests.fixture()
        let count = max(PageParts.sliceRows, ChartMarkup.rowsPerPiece) + 44
        for index in 0 ..< count {
            let title = ["Staff Engineer", "Principal Engineer", "Senior Engineer | Go"][index % 3]
            fixture.add("jobs/p\(index).md", "---\ntitle: \(title)\ncompany: C\(index % 17)\nsalary: {min: \(100 + index), max: \(200 + index), currency: USD}\n---\n")
        }
        let plan = try #require(fixture.read().plan)
        let analysis = Analysis.of(plan, asOf: RenderTemplateTests.asOf)
        #expect(analysis.matches.count == count)

        var built: ReportText?
        _ = Reports.render(plan: plan, analysis: analysis, formats: [format]) { name, page in
            if name == "market.\(format.rawValue)" { built = page }
            return ()
        }
        let page = try #require(built)
        if format == .html {
            let deferred = page.pieces.filter { if case .deferred = $0 { true } else { false } }
            #expect(deferred.count == 2)
        }
        let alone = try #require(Reports.renderer(for: format)).render(.market, plan: plan, analysis: analysis)
        let copies = PageParts.parts(of: .market, format: format).map { part in
            let name = part.template + ".mustache"
            return TemplateSource(name: name, path: "templates/" + name, text: ReportTemplates().sources[name]!.text)
        }
        let whole = try #require(Reports.renderer(for: format, templates: ReportTemplates(overrides: copies)))
            .render(.market, plan: plan, analysis: analysis)
        #expect(page.string == alone)
        #expect(alone == whole)
        #expect(whole.contains("C16"))
    }

    @Test func theBuiltInPartsLeaveNoBlankLineInTheTable() throws {
        let lines = try Self.market(.md).split(separator: "\n", omittingEmptySubsequences: false)
        let header = try #require(lines.firstIndex { $0.hasPrefix("| # | posting") })
        #expect(lines[header + 2].hasPrefix("| 1 | "))
        #expect(lines[header + 3].hasPrefix("| 2 | "))
        #expect(lines[header + 4].isEmpty && lines[header + 5].hasPrefix("### 1. "))
    }

    /// Rows with every kind of text a template escapes, and each optional piece there or not.
    static let awkwardRows: [MatchRow] = (0 ..< 6).map { index in
        let text = ["Staff | Platform", "Line\nbreak\r\nand more", "<b>&amp; \"quoted\" 'single'", "Ünïcødé · 東京", "", "plain"]
        let parts = ["title", "location", "skills"].enumerated().map { number, name in
            MatchPartRow(name: name, points: "\(index + number)", maximum: "\(20 + number)", reason: text[(index + number) % text.count])
        }
        return MatchRow(rank: "\(index + 1)", title: text[index], company: text[(index + 1) % text.count], hasCompany: index % 2 == 0,
                        place: text[(index + 2) % text.count], hasPlace: index % 3 != 1, status: text[(index + 3) % text.count],
                        total: "\(90 - index)", url: index == 2 ? "https://example.com/?a=1&b=<2>" : "https://example.com/\(index)",
                        hasURL: index % 2 == 1 || index == 2, parts: parts)
    }

    @Test(arguments: [("market-posting-rows.md", OutputFormat.md), ("market-posting-cards.md", .md), ("market-postings.html", .html)])
    func builtInRowsAreWrittenAsTheirTemplateRendersThem(template: String, format: OutputFormat) throws {
        let templates = ReportTemplates()
        let library = try templates.library(for: format)
        let found = try #require(library.getTemplate(named: template))
        let around = found.render(["matches": [MatchRow]()], library: library)
        for rows in [Self.awkwardRows[...], Self.awkwardRows[2 ..< 3], Self.awkwardRows[0 ..< 0]] {
            let expected = found.render(["matches": Array(rows)], library: library)
            let out = ByteStream()
            #expect(BuiltInPartRows.write(template, rows, into: out))
            #expect((out.count == 0) == rows.isEmpty)
            #expect(around + out.text == expected, "\(template), \(rows.count) rows")
        }
        let out = ByteStream()
        #expect(!BuiltInPartRows.write("market.md", Self.awkwardRows[...], into: out) && out.count == 0)
    }
}
