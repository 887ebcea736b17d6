import Testing
@testable import CairnKit

/// Parts of a page rendered apart (the market's ranked postings) and put into the page's context.
@Suite struct PagePartsTests {
    static let asOf = Day(year: 2026, month: 11, day: 23)!

    static func plan() throws -> Plan {
        var fixture = PlanFixture(profile: "---\nname: Ada\ntitle: Senior Software Engineer\nexperience: 6\nskills: {Go: 3}\n---\n")
        fixture.add("goals/staff.md", "---\ntarget: staff-engineer\n---\n")
        fixture.add("jobs/acme.md", "---\ntitle: Staff Engineer\ncompany: Acme\nsalary: {min: 100, max: 200, currency: USD}\n---\n")
        fixture.add("jobs/zeta.md", "---\ntitle: Principal Engineer\ncompany: Zeta\n---\n")
        return try #require(fixture.read().plan)
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
        let plan = try Self.plan()
        let templates = ReportTemplates(overrides: [
            TemplateSource(name: "market-postings.html.mustache", path: "templates/market-postings.html.mustache",
                           text: "{{#matches}}<p class=\"mine\">{{rank}}: {{title}}</p>\n{{/matches}}"),
        ])
        let page = try HTMLRenderer(templates: templates).render(.market, plan: plan, analysis: Analysis.of(plan, asOf: Self.asOf))
        #expect(page.contains("<p class=\"mine\">1: "))
        #expect(page.contains("<p class=\"mine\">2: "))
        #expect(!page.contains("<article class=\"card\">"))
    }

    @Test func aMarketTemplateThatListsThePostingsItselfStillWorks() throws {
        // A plan's market page written before the parts existed iterates `matches` on its own.
        let plan = try Self.plan()
        let templates = ReportTemplates(overrides: [
            TemplateSource(name: "market.md.mustache", path: "templates/market.md.mustache",
                           text: "{{#matches}}- {{rank}}. {{title}}\n{{/matches}}"),
        ])
        let page = try MarkdownRenderer(templates: templates).render(.market, plan: plan, analysis: Analysis.of(plan, asOf: Self.asOf))
        #expect(page.split(separator: "\n").count == 2)
        #expect(page.hasPrefix("- 1. "))
    }

    @Test func theBuiltInPartsLeaveNoBlankLineInTheTable() throws {
        let plan = try Self.plan()
        let page = try MarkdownRenderer().render(.market, plan: plan, analysis: Analysis.of(plan, asOf: Self.asOf))
        let lines = page.split(separator: "\n", omittingEmptySubsequences: false)
        let header = try #require(lines.firstIndex { $0.hasPrefix("| # | posting") })
        #expect(lines[header + 2].hasPrefix("| 1 | "))
        #expect(lines[header + 3].hasPrefix("| 2 | "))
        #expect(lines[header + 4].isEmpty && lines[header + 5].hasPrefix("### 1. "))
    }
}
