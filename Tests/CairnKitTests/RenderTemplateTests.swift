import Testing
@testable import CairnKit

/// Built-in templates, a plan's overrides by file name, and the errors for missing or broken ones.
@Suite struct RenderTemplateTests {
    static let asOf = Day(year: 2026, month: 11, day: 23)!

    /// A profile and one goal; tests add what else they need.
    static func fixture() -> PlanFixture {
        var fixture = PlanFixture(profile: "---\nname: Ada\ntitle: Senior Software Engineer\nexperience: 6\nskills: {Go: 3}\n---\n")
        fixture.add("goals/staff.md", "---\ntarget: staff-engineer\n---\n")
        return fixture
    }

    static func plan() throws -> Plan {
        try #require(fixture().read().plan)
    }

    @Test func everyReportHasABuiltInTemplatePerFormat() {
        let names = ReportTemplates.builtInNames
        for report in ReportKind.allCases {
            #expect(names.contains("\(report.rawValue).md.mustache"))
            #expect(names.contains("\(report.rawValue).html.mustache"))
        }
        #expect(names.contains("layout.html.mustache") && names.contains("style.css.mustache"))
    }

    @Test func aPlanTemplateOverridesTheBuiltInOfTheSameName() throws {
        let plan = try Self.plan()
        let templates = ReportTemplates(overrides: [
            TemplateSource(name: "position.md.mustache", path: "templates/position.md.mustache",
                           text: "Mine: {{header.person}} | {{position.seniority}}\n{{> note.md}}\n"),
            TemplateSource(name: "note.md.mustache", path: "templates/note.md.mustache", text: "a | b: {{header.asOf}}\n"),
        ])
        #expect(templates.additions == ["note.md.mustache"])
        let page = try MarkdownRenderer(templates: templates).render(.position, plan: plan, analysis: Analysis.of(plan, asOf: Self.asOf))
        // The template's own text is kept; values are escaped for tables, in partials too.
        #expect(page == "Mine: Ada | senior\na | b: 2026-11-23\n")
        let market = try MarkdownRenderer(templates: templates).render(.market, plan: plan, analysis: Analysis.of(plan, asOf: Self.asOf))
        #expect(market.hasPrefix("# Market: Ada\n"), "other reports keep their built-in template")
    }

    @Test func theStylesheetCanBeOverriddenAlone() throws {
        let plan = try Self.plan()
        let templates = ReportTemplates(overrides: [
            TemplateSource(name: "style.css.mustache", path: "templates/style.css.mustache", text: "body { color: rebeccapurple; }\n"),
        ])
        let page = try HTMLRenderer(templates: templates).render(.position, plan: plan, analysis: Analysis.of(plan, asOf: Self.asOf))
        #expect(page.contains("<style>\nbody { color: rebeccapurple; }\n</style>"))
        #expect(page.contains("<h2 id=\"readiness\">Readiness</h2>"))
    }

    @Test func anUnknownTemplateNameIsAnError() throws {
        #expect(throws: ReportError.self) {
            try TemplateRendering.render(0, template: "journal.md", format: .md, templates: ReportTemplates())
        }
        do {
            _ = try TemplateRendering.render(0, template: "postion.md", format: .md, templates: ReportTemplates())
        } catch {
            #expect(error.message == "no template named 'postion.md.mustache', built in or in the plan's templates/")
            #expect(error.hint == "did you mean 'position.md.mustache'?")
        }
    }

    @Test func anIncludeOfAMissingTemplateIsAnErrorWithItsPlace() throws {
        let plan = try Self.plan()
        let templates = ReportTemplates(overrides: [
            TemplateSource(name: "market.md.mustache", path: "templates/market.md.mustache", text: "# Jobs\n\n  {{> readines.md}}\n"),
        ])
        #expect(throws: ReportError(at: SourceLocation(path: "templates/market.md.mustache", line: 3, column: 3),
                                    "the template includes 'readines.md', which is no template",
                                    hint: "did you mean 'readiness.md'?")) {
            try MarkdownRenderer(templates: templates).render(.market, plan: plan, analysis: Analysis.of(plan, asOf: Self.asOf))
        }
    }

    /// A template written with CR LF line ends places a missing include on its own line too.
    @Test func anIncludeOfAMissingTemplateIsPlacedInACRLFFile() throws {
        let templates = ReportTemplates(overrides: [
            TemplateSource(name: "market.md.mustache", path: "templates/market.md.mustache", text: "# Jobs\r\n\r\n  {{> readines.md}}\r\n"),
        ])
        #expect(throws: ReportError(at: CairnKit.SourceLocation(path: "templates/market.md.mustache", line: 3, column: 3),
                                    "the template includes 'readines.md', which is no template",
                                    hint: "did you mean 'readiness.md'?")) {
            try templates.library(for: .md)
        }
    }

    @Test func aTemplateThatDoesNotParseIsAnErrorWithItsLine() throws {
        let plan = try Self.plan()
        let templates = ReportTemplates(overrides: [
            TemplateSource(name: "position.html.mustache", path: "templates/position.html.mustache", text: "<p>\n{{#focus}}\nopen\n"),
        ])
        do {
            _ = try HTMLRenderer(templates: templates).render(.position, plan: plan, analysis: Analysis.of(plan, asOf: Self.asOf))
            Issue.record("expected a parse error")
        } catch {
            #expect(error.location.path == "templates/position.html.mustache")
            #expect(error.message.hasPrefix("the template does not parse"))
            #expect(error.description.hasPrefix("templates/position.html.mustache:"))
        }
    }

    /// HTML templates start with Cairn's pragma on a line of its own (`CairnHTMLContentType.pragma`):
    /// an error is placed on the line of the user's file, as it is in a Markdown template.
    @Test(arguments: [("<p>\nsome {{#focus}}\n  {{/other}}\n", 3), ("ab {{/other}}\n", 1)])
    func aTemplateErrorIsPlacedOnTheUsersLineInEitherFormat(text: String, line: Int) throws {
        var places: [OutputFormat: CairnKit.SourceLocation] = [:]
        for format in [OutputFormat.md, .html] {
            let name = "position.\(format.rawValue).mustache"
            let templates = ReportTemplates(overrides: [TemplateSource(name: name, path: "templates/" + name, text: text)])
            do {
                _ = try templates.library(for: format)
                Issue.record("expected a parse error in \(format)")
            } catch {
                places[format] = error.location
            }
        }
        #expect(places[.html]?.line == line)
        #expect(places[.html] == places[.md].map { CairnKit.SourceLocation(path: "templates/position.html.mustache", line: $0.line, column: $0.column) })
    }

    @Test func allFormatsOfAllReportsComeOutInOrder() throws {
        let plan = try Self.plan()
        let files = try Reports.files(plan: plan, analysis: Analysis.of(plan, asOf: Self.asOf), formats: [.json, .md, .ics])
        #expect(files.map(\.name) == ["position.md", "position.json", "market.md", "market.json", "plan.md", "plan.json",
                                       "progress-2026-11.md", "progress-2026-11.json", "progress-2026-Q4.md", "progress-2026-Q4.json"])
        #expect(files.allSatisfy { $0.text.hasSuffix("\n") && !$0.text.hasSuffix("\n\n") })
    }
}
