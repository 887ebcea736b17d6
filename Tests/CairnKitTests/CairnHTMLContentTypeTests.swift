import Mustache
import Testing
@testable import CairnKit

/// Cairn's HTML content type renders as swift-mustache's default HTML escaping does, but for a
/// character to escape with a mark after it, which Cairn escapes too.
@Suite struct CairnHTMLContentTypeTests {
    static let texts = ["<a href='x' title=\"y\">Tom & Jerry</a>", "e\u{301}<é>", "👩‍💻 <|> ' \" &amp;", "plain text", ""]

    @Test func escapesAsTheDefaultHTMLEscaping() throws {
        ContentTypes.register()
        let plain = try MustacheTemplate(string: "<p title=\"{{x}}\">{{x}} {{{x}}}</p>")
        let cairn = try MustacheTemplate(string: CairnHTMLContentType.pragma + "<p title=\"{{x}}\">{{x}} {{{x}}}</p>")
        for text in Self.texts {
            #expect(cairn.render(["x": text]) == plain.render(["x": text]), "\(text.debugDescription)")
        }
        #expect(cairn.render(["x": "a<b"]) == "<p title=\"a&lt;b\">a&lt;b a<b</p>")
    }

    /// swift-mustache's escaping looks at `Character`s: a quote with a combining mark after it is
    /// one `Character` that is not a quote, so it is left as it is, and in an attribute it ends
    /// the value; what follows becomes attributes of the page's own. Cairn escapes the byte.
    @Test func aQuoteWithAMarkAfterItIsEscapedToo() throws {
        ContentTypes.register()
        let hostile = "x\"\u{301} onclick=alert(1) y=", template = "<p title=\"{{x}}\"></p>"
        let plain = try MustacheTemplate(string: template).render(["x": hostile])
        #expect(plain == "<p title=\"x\"\u{301} onclick=alert(1) y=\"></p>")
        let cairn = try MustacheTemplate(string: CairnHTMLContentType.pragma + template).render(["x": hostile])
        #expect(cairn == "<p title=\"x&quot;\u{301} onclick=alert(1) y=\"></p>")
        #expect(try MustacheTemplate(string: CairnHTMLContentType.pragma + "{{x}}").render(["x": "<\u{301}>\u{301}&\u{301}'\u{301}"])
                == "&lt;\u{301}&gt;\u{301}&amp;\u{301}&#39;\u{301}")
    }

    /// The pragma's line is dropped: a template's opening comment line goes as it would without it.
    @Test func thePragmaLeavesTheFirstLineAsItWas() throws {
        ContentTypes.register()
        let text = "{{! A comment alone on its line. }}\n<p>{{x}}</p>\n{{#items}}\n<li>{{.}}</li>\n{{/items}}\n"
        let context: [String: Any] = ["x": "<y>", "items": ["a&b", "c"]]
        let rendered = try MustacheTemplate(string: CairnHTMLContentType.pragma + text).render(context)
        #expect(rendered == (try MustacheTemplate(string: text).render(context)))
        #expect(rendered == "<p>&lt;y&gt;</p>\n<li>a&amp;b</li>\n<li>c</li>\n")
    }

    /// A partial starts in swift-mustache's HTML mode; Cairn's pragma heads every HTML template,
    /// so an included one escapes the same way. (The output cannot show which content type did
    /// the escaping, only that it is the same as swift-mustache's own, which is the point.)
    @Test func aPartialEscapesTheSameWay() throws {
        let templates = ReportTemplates(overrides: [
            TemplateSource(name: "note.html.mustache", path: "templates/note.html.mustache", text: "<i>{{name}}</i>\n"),
            TemplateSource(name: "page.html.mustache", path: "templates/page.html.mustache", text: "<p>{{name}}</p>\n{{> note.html}}\n"),
        ])
        let library = try templates.library(for: .html)
        for text in Self.texts {
            let expected = "<p>\(SVG.escape(text))</p>\n<i>\(SVG.escape(text))</i>\n"
            #expect(library.render(["name": text], withTemplate: "page.html") == expected, "\(text.debugDescription)")
        }
        #expect(library.render(["name": "A & B's <team>"], withTemplate: "page.html")
                == "<p>A &amp; B&#39;s &lt;team&gt;</p>\n<i>A &amp; B&#39;s &lt;team&gt;</i>\n")
    }
}
