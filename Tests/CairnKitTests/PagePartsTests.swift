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

    @Test func theBuiltInPartsLeaveNoBlankLineInTheTable() throws {
        let lines = try Self.market(.md).split(separator: "\n", omittingEmptySubsequences: false)
        let header = try #require(lines.firstIndex { $0.hasPrefix("| # | posting") })
        #expect(lines[header + 2].hasPrefix("| 1 | "))
        #expect(lines[header + 3].hasPrefix("| 2 | "))
        #expect(lines[header + 4].isEmpty && lines[header + 5].hasPrefix("### 1. "))
    }
}
