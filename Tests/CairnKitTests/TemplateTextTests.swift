import Mustache
import Testing
@testable import CairnKit

/// A `TemplateText` renders as the `String` it holds would, and `TemplateFields` as the dictionary
/// it holds, in every place a template can use one.
@Suite struct TemplateTextTests {
    static let templates = [
        "{{x}}", "{{{x}}}", "{{&x}}", "[{{#x}}<{{.}}>{{/x}}]", "[{{^x}}none{{/x}}]", "{{uppercased(x)}}", "{{lowercased(x)}}",
        "{{x.count}}", "{{x.text}}", "{{#x}}{{y}}{{/x}}", "{{#x}}{{x}}{{/x}}", "{{#reversed(x)}}r{{/reversed(x)}}",
        "{{#items}}{{.}},{{/items}}", "{{#items}}{{#first}}<{{/first}}{{.}}{{#last}}>{{/last}}{{/items}}",
        "{{% CONTENT_TYPE: TEXT }}{{x}}", CairnHTMLContentType.pragma + "{{x}}|{{{x}}}",
        MarkdownContentType.pragma + "{{x}}|{{{x}}}",
    ]
    static let texts = ["a<b & 'c' \"d\"", "", "A | b\nc", "é👩‍💻", "plain"]

    @Test(arguments: templates)
    func rendersAsItsString(template: String) throws {
        ContentTypes.register()
        let parsed = try MustacheTemplate(string: template)
        for text in Self.texts {
            let plain = parsed.render(["x": text, "y": "y", "items": [text, "z"]] as [String: Any])
            let wrapped = parsed.render(["x": TemplateText(text), "y": TemplateText("y"),
                                         "items": [TemplateText(text), TemplateText("z")]] as [String: Any])
            #expect(wrapped == plain, "\(template) with \(text.debugDescription)")
        }
    }

    @Test func aLongTextIsSplicedAShortOneIsWrapped() {
        let splices = TemplateSplices(threshold: 5)
        #expect((TemplateText.entry("abcd", splices: splices) as? TemplateText)?.text == "abcd")
        #expect(TemplateText.entry("abcde", splices: splices) is SplicedText)
        #expect((TemplateText.entry("abcde", splices: nil) as? TemplateText)?.text == "abcde")
    }

    static let fieldsTemplates = [
        "{{#row}}{{name}}|{{kind}}|{{outer}}{{/row}}", "{{^row}}none{{/row}}", "{{#empty}}e{{/empty}}{{^empty}}ne{{/empty}}",
        "{{row.name}}", "{{row.missing}}", "{{count(row)}}", "{{#empty(empty)}}no fields{{/empty(empty)}}",
        "{{#rows}}[{{name}}{{#last}}.{{/last}}]{{/rows}}", "{{#row}}{{#nested}}{{name}}/{{kind}}{{/nested}}{{/row}}",
    ]

    @Test(arguments: fieldsTemplates)
    func fieldsRenderAsTheirDictionary(template: String) throws {
        let parsed = try MustacheTemplate(string: template)
        let row: [String: Any] = ["name": "a<b", "kind": "k", "nested": ["name": "n"] as [String: Any]]
        let other: [String: Any] = ["name": "c"]
        let plain: [String: Any] = ["row": row, "empty": [String: Any](), "rows": [row, other], "outer": "o"]
        let wrapped: [String: Any] = [
            "row": TemplateFields(["name": "a<b", "kind": "k", "nested": TemplateFields(["name": "n"])]),
            "empty": TemplateFields(), "rows": [TemplateFields(row), TemplateFields(other)], "outer": "o",
        ]
        #expect(parsed.render(TemplateFields(wrapped)) == parsed.render(plain), "\(template)")
    }
}
