import Mustache
import Testing
@testable import CairnKit

/// A `TemplateText` renders as the `String` it holds would, in every place a template can use one.
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
}
