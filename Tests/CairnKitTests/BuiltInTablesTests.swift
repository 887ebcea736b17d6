import Mustache
import Testing
@testable import CairnKit

/// The built-in parts written straight (the gap table, the market's table of skills, the
/// development plan's milestones, the stylesheet) are what their templates render, and a page
/// that shows one comes out the same whether it is written straight or by a plan's own copy of
/// the template (which swift-mustache renders).
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

    /// Milestones with every kind of text a template escapes, goal dates, late ones and neither.
    static let awkwardMilestones: [MilestoneRow] = (0 ..< 6).map { index in
        let text = ["Go | Rust", "Line\nbreak", "<b>&amp; \"quoted\" 'single'", "Ünïcødé · 東京", "", "plain"]
        func t(_ offset: Int) -> String { text[(index + offset) % text.count] }
        return MilestoneRow(date: "2027-0\(index + 1)-15", title: t(0), goal: t(1), kind: "milestone", isGoalDate: index % 3 == 2,
                            isLate: index % 2 == 1, lateNote: t(2))
    }

    static let awkwardHorizons: [HorizonView] = [
        HorizonView(title: "Short | term", range: "2026-11-23 to 2027-05-23", milestones: awkwardMilestones, hasMilestones: true, count: "6 <milestones>"),
        HorizonView(title: "Medium", range: "", milestones: [], hasMilestones: false, count: "0"),
        HorizonView(title: "Long", range: "from 2028", milestones: Array(awkwardMilestones[2 ..< 3]), hasMilestones: true, count: "1"),
    ]

    static let awkwardQuarters: [QuarterView] = [
        QuarterView(quarter: "2026-Q4", range: "2026-10-01 to 2026-12-31", milestones: awkwardMilestones, hasMilestones: true),
        QuarterView(quarter: "2027-Q1 & <b>", range: "", milestones: [], hasMilestones: false),
    ]

    @Test(arguments: [("plan-development-horizons.md", OutputFormat.md), ("plan-development-quarters.md", .md),
                      ("plan-development-horizons.html", .html), ("plan-development-quarters.html", .html)])
    func theBuiltInMilestonesAreWrittenAsTheirTemplatesRenderThem(template: String, format: OutputFormat) throws {
        let templates = ReportTemplates()
        let library = try templates.library(for: format)
        let found = try #require(library.getTemplate(named: template))
        for (horizons, quarters) in [(Self.awkwardHorizons, Self.awkwardQuarters), ([], []), (Array(Self.awkwardHorizons[1...]), Array(Self.awkwardQuarters[1...]))] {
            let expected = found.render(["horizons": horizons, "quarters": quarters], library: library)
            let written = try #require(BuiltInMilestones.text(template, horizons: horizons, quarters: quarters))
            #expect(written == expected, "\(template), \(horizons.count) horizons")
        }
        #expect(BuiltInMilestones.text("plan-development-months.md", horizons: [], quarters: []) == nil)
    }

    /// The plan page of each sample plan, with the milestones written straight and with a plan's
    /// copies of their templates (rendered in the development plan's fields laid over the page's).
    @Test(arguments: [OutputFormat.md, .html], ["senior-to-staff", "engineer-to-manager", "backend-to-platform"])
    func aPlanPageIsTheSameWithTheMilestonesWrittenStraightOrByTemplatesOfThePlan(format: OutputFormat, sample: String) throws {
        let (plan, analysis) = try AnalysisEncodingTests.sample(sample)
        let copies = try ["plan-development-horizons", "plan-development-quarters"].map { stem in
            let name = "\(stem).\(format.rawValue).mustache"
            return TemplateSource(name: name, path: "templates/" + name, text: try #require(ReportTemplates().sources[name]).text)
        }
        let page = try #require(Reports.renderer(for: format)).render(.plan, plan: plan, analysis: analysis)
        #expect(page == (try #require(Reports.renderer(for: format, templates: ReportTemplates(overrides: copies)))
            .render(.plan, plan: plan, analysis: analysis)))
        #expect(page.contains("Quarterly milestones"))
    }

    /// A part rendered in the development plan's fields finds the page's names too, the
    /// development plan's first.
    @Test func aPlansOwnMilestonesTemplateFindsThePagesNamesToo() throws {
        let (plan, analysis) = try AnalysisEncodingTests.sample("senior-to-staff")
        let own = TemplateSource(name: "plan-development-quarters.md.mustache", path: "templates/plan-development-quarters.md.mustache",
                                 text: "QUARTERS of {{header.person}}: {{#quarters}}{{quarter}};{{/quarters}} scheduled {{isScheduled}}\n")
        let page = try #require(Reports.renderer(for: .md, templates: ReportTemplates(overrides: [own]))).render(.plan, plan: plan, analysis: analysis)
        let line = try #require(page.split(separator: "\n").first { $0.hasPrefix("QUARTERS of ") })
        #expect(line.contains(try #require(plan.profile.name)))
        #expect(line.contains("Q") && line.hasSuffix("scheduled true"))
    }

    /// The part templates written straight are built-in templates: each writer writes its own
    /// and no other.
    @Test func theWritersWriteBuiltInTemplates() {
        let builtIn = Set(ReportTemplates.builtInNames.map(ReportTemplates.templateName))
        let writers = [BuiltInGapTable.templates, BuiltInSkillTable.templates, BuiltInMilestones.templates]
        #expect(writers.allSatisfy { $0.isSubset(of: builtIn) } && builtIn.contains(BuiltInStyle.template))
        for name in builtIn.sorted() {
            let written = [BuiltInGapTable.text(name, note: "", hasGaps: false, gaps: []),
                           BuiltInSkillTable.text(name, hasFrequencies: false, frequencies: []),
                           BuiltInMilestones.text(name, horizons: [], quarters: [])].filter { $0 != nil }.count
            #expect(written == (writers.contains { $0.contains(name) } ? 1 : 0), "\(name)")
        }
    }

    @Test func theBuiltInStylesheetIsWhatItsTemplateRenders() throws {
        ContentTypes.register()
        let source = try #require(ReportTemplates().sources["style.css.mustache"])
        let template = try MustacheTemplate(string: CairnHTMLContentType.pragma + source.text)
        #expect(BuiltInStyle.text == template.render([String: Any]()))
        #expect(BuiltInStyle.text.hasPrefix(":root {") && BuiltInStyle.text.utf8.count > 5_000)
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
