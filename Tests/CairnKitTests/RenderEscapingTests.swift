import Testing
@testable import CairnKit

/// Text from the user's files never becomes markup in HTML reports, and never breaks a Markdown table.
@Suite struct RenderEscapingTests {
    static let asOf = Day(year: 2026, month: 11, day: 23)!

    static func hostilePlan() throws -> Plan {
        var fixture = PlanFixture(profile: """
            ---
            name: "<script>alert(1)</script> Eve"
            title: Senior Software Engineer
            experience: 6
            skills: {Go: 3, Kubernetes: 1}
            evidence:
              - title: "Shipped <img src=x onerror=alert(7)>"
                date: 2026-01-10
                skills: [System Design]
            ---
            ## Strengths <img src=x onerror=alert(2)>

            Raw <script>alert(3)</script> and <iframe src="https://evil.example/"></iframe> here.

            [click me](javascript:alert(4)) and <a href="javascript:alert(5)">link</a>.
            """)
        fixture.add("goals/staff.md", "---\ntarget: staff-engineer\n---\n")
        fixture.add("jobs/evil.md", """
            ---
            title: "Staff | <b>Engineer</b>"
            company: "Evil\\nCorp"
            url: "javascript:alert(6)"
            requires: [Go]
            ---
            """)
        let (plan, diagnostics) = fixture.read()
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics)")
        return try #require(plan)
    }

    @Test func htmlReportsCarryNoMarkupFromTheUsersFiles() throws {
        let plan = try Self.hostilePlan()
        let analysis = Analysis.of(plan, asOf: Self.asOf, focusRole: "staff-engineer")
        for report in ReportKind.allCases {
            let html = try HTMLRenderer().render(report, plan: plan, analysis: analysis)
            #expect(!html.lowercased().contains("<script"), "\(report): a script tag survived")
            #expect(!html.lowercased().contains("javascript:"), "\(report): a javascript: link survived")
            #expect(!html.contains("<iframe") && !html.contains("<img") && !html.contains("<b>"), "\(report): raw HTML survived")
            #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; Eve"), "\(report): the name is shown, escaped")
            #expect(html.contains("Content-Security-Policy"))
        }
        let position = try HTMLRenderer().render(.position, plan: plan, analysis: analysis)
        #expect(position.contains("Strengths &lt;img src=x onerror=alert(2)&gt;"))
        #expect(position.contains("Shipped &lt;img"), "evidence text is escaped")
        #expect(position.contains("click me"), "the link text stays, without its link")
        let market = try HTMLRenderer().render(.market, plan: plan, analysis: analysis)
        #expect(market.contains("Staff | &lt;b&gt;Engineer&lt;/b&gt;"))
        #expect(!market.contains("href=\"javascript"), "only http(s) posting addresses are linked")
    }

    @Test func markdownTableCellsEscapePipesAndLineBreaks() throws {
        let plan = try Self.hostilePlan()
        let analysis = Analysis.of(plan, asOf: Self.asOf)
        let market = try MarkdownRenderer().render(.market, plan: plan, analysis: analysis)
        #expect(market.contains("| Staff \\| <b>Engineer</b> | Evil Corp |"))
        #expect(!market.contains("<javascript:"), "only http(s) addresses become links")
    }

    @Test func jsonEscapesAsJSONAndKeepsTheText() throws {
        let plan = try Self.hostilePlan()
        let json = try JSONRenderer().render(.position, plan: plan, analysis: Analysis.of(plan, asOf: Self.asOf))
        #expect(json.contains("\"text\" : \"Shipped <img src=x onerror=alert(7)>\""))
    }
}
