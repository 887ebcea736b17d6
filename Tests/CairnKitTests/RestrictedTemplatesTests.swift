import Testing
@testable import CairnKit

/// A build that renders only a few pages parses only their templates: `ReportTemplates.restricted`
/// keeps the templates a page reaches through its includes, and the page renders the same.
@Suite struct RestrictedTemplatesTests {
    @Test func aPageKeepsWhatItIncludesTransitively() {
        let templates = ReportTemplates()
        let sections = ["actions", "burndown", "focus", "goals", "hours", "levels", "notes", "review", "skills", "summary"]
        #expect(templates.restricted(to: ["progress.html"]).sources.keys.sorted()
                == ["layout.html.mustache"] + sections.map { "progress-\($0).html.mustache" } + ["progress.html.mustache"])
        // The stylesheet is a part of the page, which no template includes.
        #expect(templates.restricted(to: PageParts.roots(of: .progress, format: .html)).sources.keys.contains("style.css.mustache"))
        #expect(templates.restricted(to: ["progress.md"]).sources.keys.sorted()
                == sections.map { "progress-\($0).md.mustache" } + ["progress.md.mustache"])
        // Through two includes: the plan page's development section includes its horizons.
        #expect(templates.restricted(to: ["plan.md"]).sources.keys.contains("plan-development-months.md.mustache"))
        #expect(templates.restricted(to: ["no-such.md"]).sources.isEmpty)
    }

    @Test func aPlansOwnTemplateAndWhatItIncludesAreKept() {
        let own = TemplateSource(name: "progress.md.mustache", path: "templates/progress.md.mustache", text: "{{> mine.md}}\n")
        let mine = TemplateSource(name: "mine.md.mustache", path: "templates/mine.md.mustache", text: "mine\n")
        let restricted = ReportTemplates(overrides: [own, mine]).restricted(to: ["progress.md"])
        #expect(restricted.sources.keys.sorted() == ["mine.md.mustache", "progress.md.mustache"])
        #expect(restricted.sources["progress.md.mustache"] == own)
    }

    @Test(arguments: ["{{>*part}}\n", "{{> *part}}\n", "{{<* parent}}{{/parent}}\n", "{{=<% %>=}}\n<%> mine.md%>\n"])
    func aTemplateThatMayReachAnyOtherKeepsThemAll(text: String) {
        let own = TemplateSource(name: "progress.md.mustache", path: "templates/progress.md.mustache", text: text)
        let templates = ReportTemplates(overrides: [own])
        #expect(templates.restricted(to: ["progress.md"]).sources == templates.sources)
        #expect(!ReportTemplates.includesUnseen("{{> part}} {{#x}}{{/x}} {{! = }}\n"))
    }

    @Test(arguments: [OutputFormat.md, .html])
    func aProgressPageRendersTheSameFromItsOwnTemplates(format: OutputFormat) throws {
        let (plan, analysis) = try AnalysisEncodingTests.sample("senior-to-staff")
        let all = ReportTemplates()
        let own = all.restricted(to: PageParts.roots(of: .progress, format: format))
        #expect(own.sources.count < all.sources.count)
        let full = try #require(Reports.renderer(for: format, templates: all)).render(.progress, plan: plan, analysis: analysis)
        let restricted = try #require(Reports.renderer(for: format, templates: own)).render(.progress, plan: plan, analysis: analysis)
        #expect(full == restricted)
    }

    /// A build that renders the plan page again but not the market's parses the plan's templates
    /// and those of its parts (the gap table), which no template includes.
    @Test(arguments: [OutputFormat.md, .html])
    func aPlanPageRenderedWithoutTheOthersHasItsParts(format: OutputFormat) throws {
        let (plan, analysis) = try AnalysisEncodingTests.sample("senior-to-staff")
        let kept = Set(Reports.fileNames(asOf: analysis.asOf, formats: [format]).filter { $0 != "plan.\(format.rawValue)" })
        let rendered = Reports.render(plan: plan, analysis: analysis, formats: [format], keeping: kept) { _, page in page.string }
        #expect(rendered.pages.map(\.name) == ["plan.\(format.rawValue)"])
        let page = try #require(try rendered.pages.first?.outcome.get())
        #expect(page == (try #require(Reports.renderer(for: format)).render(.plan, plan: plan, analysis: analysis)))
    }

    /// Templates of Cairn's own only are rendered by Cairn's renderer: preparing them parses
    /// nothing with swift-mustache. Its library, made for a plan's templates, is parsed once for
    /// restricted templates and all of them: a template both parse is parsed once.
    @Test func templatesParsedForRestrictedOnesAreNotParsedAgain() throws {
        let all = ReportTemplates()
        let own = all.restricted(to: PageParts.roots(of: .progress, format: .md) + PageParts.roots(of: .progress, format: .html))
        try own.prepare([.md, .html])
        #expect(all.builtInParsedCount == own.sources.count)
        try all.prepare([.md, .html])
        #expect(all.parsedCount == 0)
        // Cairn's parser reads each template once, for the restricted templates and all of them.
        #expect(all.builtInParsedCount == all.sources.count)
        for format in [OutputFormat.md, .html] { _ = try own.library(for: format) }
        #expect(all.parsedCount == own.sources.count)
        for format in [OutputFormat.md, .html] { _ = try all.library(for: format) }
        #expect(all.parsedCount == all.sources.count)
        // A second restriction of the same templates parses nothing.
        _ = try all.restricted(to: ["plan.md"]).library(for: .md)
        #expect(all.parsedCount == all.sources.count)
    }

    /// A part whose scope does not hold what Cairn writes it from is rendered by its built-in
    /// template.
    @Test(arguments: [OutputFormat.md, .html])
    func aPartCairnCannotWriteIsRenderedByItsTemplate(format: OutputFormat) throws {
        let templates = ReportTemplates()
        try templates.prepare([format])
        let name = "gap-table.\(format.rawValue)"
        // No `gaps` rows: `BuiltInGapTable` writes nothing, the template renders its empty table.
        let scope = TemplateFields(["gapsNote": TemplateText("NOTE"), "hasGaps": false])
        #expect(BuiltInGapTable.text(name, page: scope) == nil)
        let context = try PageParts.adding(to: scope, report: .gaps, format: format, templates: templates, splices: nil)
        let part = try #require((context as? TemplateFields)?["gapTable"] as? TemplateText)
        #expect(part.text.contains("NOTE"))
        let library = try templates.library(for: format)
        // swift-mustache's rendering, less the line breaks the page has of its own (`PageParts`).
        let rendered = try #require(library.render(scope, withTemplate: name)).dropLast()
        #expect(part.text == String(format == .md && rendered.hasPrefix("\n") ? rendered.dropFirst() : rendered))
        #expect(templates.parsedCount > 0)
    }

    /// A plan's own template that includes the stylesheet has it parsed, and shows it as written.
    @Test func aTemplateThatIncludesTheStylesheetHasItParsed() throws {
        let (plan, analysis) = try AnalysisEncodingTests.sample("senior-to-staff")
        let layout = try #require(ReportTemplates().sources["layout.html.mustache"]).text
        #expect(layout.contains("{{{style}}}"))
        let own = TemplateSource(name: "layout.html.mustache", path: "templates/layout.html.mustache",
                                 text: layout.replacingOccurrences(of: "{{{style}}}", with: "{{> style.css}}"))
        let templates = ReportTemplates(overrides: [own])
        try templates.prepare([.html])
        let html = templates.sources.keys.filter { $0.hasSuffix(".html.mustache") || $0.hasSuffix(".css.mustache") }.count
        // With a template of the plan's, every template is parsed by swift-mustache; Cairn's
        // own are Cairn's renderer's.
        #expect(templates.parsedCount == html)
        let builtIn = ReportTemplates()
        try builtIn.prepare([.html])
        #expect(builtIn.parsedCount == 0)
        let page = try #require(Reports.renderer(for: .html, templates: templates)).render(.progress, plan: plan, analysis: analysis)
        #expect(page == (try #require(Reports.renderer(for: .html)).render(.progress, plan: plan, analysis: analysis)))
    }

    /// A plan's template that includes a part template Cairn writes itself, the tag over two lines
    /// (swift-mustache reads line breaks around a partial's name), shows the part: with templates
    /// of the plan's, every template is parsed.
    @Test(arguments: ["{{>\ngap-table.md}}\n", "{{> gap-table.md\n}}\n", "{{>\n\tgap-table.md\r\n}}\n", "{{=<% %>=}}\n<%> gap-table.md %>\n"])
    func aPartIncludedOverLinesIsShown(text: String) throws {
        let (plan, analysis) = try AnalysisEncodingTests.sample("senior-to-staff")
        let own = TemplateSource(name: "plan-summary.md.mustache", path: "templates/plan-summary.md.mustache", text: text)
        let page = try #require(Reports.renderer(for: .md, templates: ReportTemplates(overrides: [own]))).render(.plan, plan: plan, analysis: analysis)
        #expect(page.components(separatedBy: "| priority | skill |").count == 3)
        #expect(ReportTemplates.includes(in: text).map(\.name) == (text.hasPrefix("{{>") ? ["gap-table.md"] : []))
    }

    /// A partial or parent named over several lines is found where its tag opens, and a dynamic one
    /// over lines may reach any template.
    @Test func includesOverLinesAreFoundWhereTheyOpen() throws {
        let found = ReportTemplates.includes(in: "a {{>\n  gap-table.md\n}} b {{> x.md}}\n{{<\tlayout.html }}{{/layout.html}}\n")
        #expect(found.map { "\($0.name)@\($0.line):\($0.column)" } == ["gap-table.md@1:3", "x.md@3:6", "layout.html@4:1"])
        #expect(ReportTemplates.includesUnseen("{{>\n*part}}\n") && ReportTemplates.includesUnseen("{{<\n\t*parent}}{{/parent}}\n"))
        let missing = TemplateSource(name: "plan-summary.md.mustache", path: "templates/plan-summary.md.mustache", text: "x\n{{>\nnothing.md}}\n")
        #expect(throws: ReportError.self) { try ReportTemplates(overrides: [missing]).prepare([.md]) }
        do {
            try ReportTemplates(overrides: [missing]).prepare([.md])
        } catch {
            #expect(error.description.contains("templates/plan-summary.md.mustache:2:1") && error.description.contains("'nothing.md'"))
        }
    }

    /// Lines split on bytes are the lines split on characters (`\n` and CR LF end one; a lone CR
    /// does not), and includes are found on the line and column a person counts.
    @Test func linesSplitOnBytesAsOnCharacters() {
        let texts = ["", "\n", "a", "a\n", "a\r\nb", "a\rb\n", "\r\n\r\n", "é\n\u{301}x", "👩‍💻{{> x}}\r\n{{< y}}{{/y}}", "\r", "a\n\n"]
        for text in texts {
            let expected = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            #expect(ReportTemplates.lines(of: text) == expected, "\(text.debugDescription)")
        }
        let found = ReportTemplates.includes(in: "{{! x }}\r\n  é {{> part.md}}\r\n{{< layout.html}}{{/layout.html}}\n")
        #expect(found.map { "\($0.name)@\($0.line):\($0.column)" } == ["part.md@2:5", "layout.html@3:1"])
    }
}
