import Mustache
import Testing
@testable import CairnKit

/// Long texts spliced into a page after rendering give the bytes of rendering them in place.
@Suite struct TemplateSplicesTests {
    /// Every page of `plan` in `format`, rendered with texts of at least `threshold` bytes spliced.
    static func pages(_ plan: Plan, format: OutputFormat, threshold: Int, templates: ReportTemplates = ReportTemplates()) throws -> [String] {
        try Reports.pages(plan: plan, analysis: Analysis.of(plan, asOf: RenderTemplateTests.asOf)).map { page in
            let view = page.report.view(plan: plan, analysis: page.analysis)
            let splices = TemplateSplices(threshold: threshold)
            let context = TemplateContext.build(view, splices: splices)
            return try Reports.page(page.report, format: format, view: view, context: context, splices: splices, templates: templates).string
        }
    }

    static func plain(_ plan: Plan, format: OutputFormat, templates: ReportTemplates = ReportTemplates()) throws -> [String] {
        try Reports.pages(plan: plan, analysis: Analysis.of(plan, asOf: RenderTemplateTests.asOf)).map { page in
            try Reports.renderer(for: format, templates: templates)!.render(page.report, plan: plan, analysis: page.analysis)
        }
    }

    @Test(arguments: [OutputFormat.html, .md], [1, 40, 300])
    func everyPageComesOutTheSame(format: OutputFormat, threshold: Int) throws {
        let plan = try RenderTemplateTests.plan()
        #expect(try Self.pages(plan, format: format, threshold: threshold) == Self.plain(plan, format: format))
    }

    @Test(arguments: [OutputFormat.html, .md])
    func aLongTextEscapedInASectionOrTransformedComesOutTheSame(format: OutputFormat) throws {
        let plan = try RenderTemplateTests.plan()
        let ending = format == .md ? "" : "\n{{{header.person}}}\n\n"
        let text = "{{header.person}}|{{{header.person}}}|{{#header.person}}in{{/header.person}}|{{^header.person}}out{{/header.person}}|"
            + "{{uppercased(header.person)}}|{{header.person.count}}|{{&header.person}}" + ending
        let templates = ReportTemplates(overrides: [TemplateSource(name: "position.\(format.rawValue).mustache", path: "templates/x", text: text)])
        let spliced = try Self.pages(plan, format: format, threshold: 3, templates: templates)
        #expect(spliced == (try Self.plain(plan, format: format, templates: templates)))
        #expect(spliced[0].contains("|IN|") || spliced[0].contains("|in|"))
    }

    @Test func aLongTextUsedAsItIsBecomesAPieceOfItsOwn() {
        let splices = TemplateSplices(threshold: 4)
        guard let marker = (splices.entry(for: "<svg/>") as? SplicedText)?.marker else { Issue.record("not spliced"); return }
        #expect((splices.entry(for: "abc") as? TemplateText)?.text == "abc")
        let page = splices.split(ReportText("a" + marker + "b\n"))
        #expect(page?.pieces.count == 3 && page?.string == "a<svg/>b\n")
        #expect(splices.split(ReportText("a" + marker + "\n")) == nil, "a page that ends with a long text is rendered again")
        #expect(splices.inlined("&lt;|cairn" + marker.dropFirst(7)) == nil, "a marker escaped but in part is rendered again")
        let escaped = "&lt;" + marker.dropFirst().dropLast(2) + "|&gt;"
        #expect(splices.inlined("a" + escaped + "b").map { String(decoding: $0.bytes, as: UTF8.self) } == "a&lt;svg/&gt;b", "a marker escaped for HTML takes the text escaped")
        let long = splices.entry(for: "a | b\nc")
        guard let cellMarker = (long as? SplicedText)?.marker else { Issue.record("not spliced"); return }
        #expect(splices.inlined("x" + MarkdownContentType.escape(cellMarker) + "y").map { String(decoding: $0.bytes, as: UTF8.self) } == "xa \\| b cy",
                "a marker escaped for a Markdown table cell takes the text escaped for one")
    }

    /// Escaped markers take their text through `SVG.escape`, which escapes as swift-mustache does
    /// but for a character to escape with a mark after it (`CairnHTMLContentTypeTests`).
    @Test func textIsEscapedForHTMLAsSwiftMustacheEscapesIt() throws {
        let template = try MustacheTemplate(string: "{{x}}")
        for text in ["<a href='x' title=\"y\">Tom & Jerry</a>", "e\u{301}<é>", "👩‍💻 <|> ' \" &amp;", ""] {
            #expect(SVG.escape(text) == template.render(["x": text]), "\(text.debugDescription)")
        }
        #expect(SVG.escape("<\u{301}>\u{301}&\u{301}") == "&lt;\u{301}&gt;\u{301}&amp;\u{301}")
    }
}
