import Testing
@testable import CairnKit

/// The built-in gap table and the market's table of skills written straight are what their
/// templates render, and a page that shows one comes out the same whether it is written straight
/// or by a plan's own copy of the template (which swift-mustache renders).
@Suite struct BuiltInTablesTests {
    /// Rows with every kind of text a template escapes, and each optional piece there or not.
    static let awkwardRows: [GapRow] = (0 ..< 6).map { index in
        let text = ["Staff | Platform", "Line\nbreak\r\nand more", "<b>&amp; \"quoted\" 'single'", "Ünïcødé · 東京", "", "plain"]
        func t(_ offset: Int) -> String { text[(index + offset) % text.count] }
        return GapRow(priority: "P\(index % 4)", priorityClass: "p\(index % 4)", tiers: t(0), skill: t(1), current: "\(index % 3)",
                      needed: "3", gap: "\(3 - index % 3)", hours: "\(40 + index)", hoursParts: t(2), hasHoursParts: index % 2 == 0,
                      steps: t(3), weeks: index == 4 ? "-" : "\(index).5", weeksLine: t(4), bucket: ["quick win", "medium", "long-term"][index % 3],
                      roles: t(5), hasRoles: index % 3 != 1, market: t(0), hasMarket: index % 2 == 1, why: t(1) + "; " + t(2),
                      resource: t(3), hasResource: index % 3 == 0, goals: t(4))
    }

    @Test(arguments: [("gap-table.md", OutputFormat.md), ("gap-table.html", .html)])
    func theBuiltInTableIsWrittenAsItsTemplateRendersIt(template: String, format: OutputFormat) throws {
        let templates = ReportTemplates()
        let library = try templates.library(for: format)
        let found = try #require(library.getTemplate(named: template))
        for (rows, note) in [(Self.awkwardRows[...], "Priority | why\nand <how>"), (Self.awkwardRows[2 ..< 3], ""), (Self.awkwardRows[0 ..< 0], "No gaps & none")] {
            for hasGaps in [true, false] {
                let expected = found.render(["gapsNote": note, "hasGaps": hasGaps, "gaps": Array(rows)], library: library)
                let written = try #require(BuiltInGapTable.text(template, note: note, hasGaps: hasGaps, gaps: Array(rows)))
                #expect(written == expected, "\(template), \(rows.count) rows, hasGaps \(hasGaps)")
            }
        }
        #expect(BuiltInGapTable.text("plan.md", note: "", hasGaps: false, gaps: []) == nil)
    }

    static let awkwardFrequencies: [FrequencyRow] = (0 ..< 5).map { index in
        let text = ["Go | Rust", "Line\nbreak", "<b>&amp; \"quoted\" 'single'", "Ünïcødé · 東京", ""]
        func t(_ offset: Int) -> String { text[(index + offset) % text.count] }
        return FrequencyRow(skill: t(0), requiredBy: "\(index)", requiredShare: "\(index * 10)%", requiredPercent: t(1),
                            preferredBy: "\(5 - index)", preferredShare: t(2), preferredPercent: "\(index * 7)",
                            tier: "P\(index % 4)", tierClass: t(3), yourLevel: t(4))
    }

    @Test(arguments: [("market-skills.md", OutputFormat.md), ("market-skills.html", .html)])
    func theBuiltInSkillTableIsWrittenAsItsTemplateRendersIt(template: String, format: OutputFormat) throws {
        let templates = ReportTemplates()
        let library = try templates.library(for: format)
        let found = try #require(library.getTemplate(named: template))
        for rows in [Self.awkwardFrequencies[...], Self.awkwardFrequencies[3 ..< 4], Self.awkwardFrequencies[0 ..< 0]] {
            for hasFrequencies in [true, false] {
                let expected = found.render(["hasFrequencies": hasFrequencies, "frequencies": Array(rows)], library: library)
                let written = try #require(BuiltInSkillTable.text(template, hasFrequencies: hasFrequencies, frequencies: Array(rows)))
                #expect(written == expected, "\(template), \(rows.count) rows, hasFrequencies \(hasFrequencies)")
            }
        }
        #expect(BuiltInSkillTable.text("gap-table.md", hasFrequencies: false, frequencies: []) == nil)
    }

    /// The market page of each sample plan, with the table of skills written straight and with a
    /// plan's copy of its template.
    @Test(arguments: [OutputFormat.md, .html], ["senior-to-staff", "engineer-to-manager", "backend-to-platform"])
    func aMarketPageIsTheSameWithTheSkillTableWrittenStraightOrByATemplateOfThePlan(format: OutputFormat, sample: String) throws {
        let (plan, analysis) = try AnalysisEncodingTests.sample(sample)
        let name = "market-skills.\(format.rawValue).mustache"
        let copy = TemplateSource(name: name, path: "templates/" + name, text: try #require(ReportTemplates().sources[name]).text)
        let page = try #require(Reports.renderer(for: format)).render(.market, plan: plan, analysis: analysis)
        #expect(page == (try #require(Reports.renderer(for: format, templates: ReportTemplates(overrides: [copy])))
            .render(.market, plan: plan, analysis: analysis)))
        #expect(page.contains("Skills the postings ask for"))
    }

    /// The plan and gaps pages of each sample plan.
    @Test(arguments: [OutputFormat.md, .html], ["senior-to-staff", "engineer-to-manager", "backend-to-platform"])
    func aPageIsTheSameWithTheTableWrittenStraightOrByATemplateOfThePlan(format: OutputFormat, sample: String) throws {
        let (plan, analysis) = try AnalysisEncodingTests.sample(sample)
        let name = "gap-table.\(format.rawValue).mustache"
        let copy = TemplateSource(name: name, path: "templates/" + name, text: try #require(ReportTemplates().sources[name]).text)
        let straight = try #require(Reports.renderer(for: format))
        let templated = try #require(Reports.renderer(for: format, templates: ReportTemplates(overrides: [copy])))
        for report in [ReportKind.plan, .gaps] {
            let page = try straight.render(report, plan: plan, analysis: analysis)
            #expect(page == (try templated.render(report, plan: plan, analysis: analysis)), "\(report)")
            #expect(page.contains(format == .md ? "| priority | skill |" : "<table class=\"gap-table\">") == !analysis.gaps.gaps.isEmpty)
        }
    }
}
