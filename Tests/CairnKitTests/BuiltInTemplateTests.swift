import Mustache
import Testing
@testable import CairnKit

/// Cairn's renderer of its own templates (`BuiltInTemplates`) renders what swift-mustache renders
/// from the same templates and contexts: every page of the samples, crafted templates of each tag
/// and line rule, and a thousand random ones. What it does not read, it refuses, and swift-mustache
/// renders.
@Suite struct BuiltInTemplateTests {
    /// A context with every kind of value Cairn's contexts hold, and some they do not.
    static var context: Any {
        TemplateFields([
        "title": TemplateText("A | B <c> & \"d\" 'e'"),
        "plain": "text\r\nwith CRLF\nand LF",
        "yes": true, "no": false, "count": 3, "ratio": 2.5,
        "items": [TemplateFields(["name": TemplateText("one"), "n": 1]),
                  TemplateFields(["name": TemplateText("two"), "sub": [1, 2]]),
                  TemplateFields(["name": TemplateText("three|3"), "title": TemplateText("own title")])] as [Any],
        "empty": [Any](),
        "words": ["alpha", "beta", "gamma"],
        "rows": [Point(x: 1, label: "p1"), Point(x: 2, label: nil)],
        "nested": TemplateFields(["inner": TemplateFields(["deep": TemplateText("deep\nvalue")]), "title": TemplateText("inner")]),
        "dict": ["k": "v", "flag": true] as [String: Any],
        "lines": TemplateText("first\nsecond\n"),
        "nothing": String?.none as Any,
        "something": String?.some("held") as Any,
        "gap": BuiltInTablesTests.awkwardRows[1],
        ])
    }

    struct Point {
        let x: Int
        let label: String?
    }

    /// The template `main` rendered both ways; nil for a renderer that does not take the templates.
    static func rendered(_ templates: [String: String], context: Any = context) -> (own: String?, mustache: String?) {
        ContentTypes.register()
        let own = BuiltInTemplates(templates.map { ($0.key, $0.value) })?.render(context, withTemplate: "main")
        var library = MustacheLibrary()
        for (name, text) in templates {
            guard let template = try? MustacheTemplate(string: text) else { return (own, nil) }
            library.register(template, named: name)
        }
        return (own, library.render(context, withTemplate: "main"))
    }

    static let crafted: [[String: String]] = [
        ["main": "{{title}} {{{title}}} {{&title}} {{plain}} {{count}} {{ratio}} {{yes}} {{missing}}|\n"],
        ["main": "{{% CONTENT_TYPE: MARKDOWN }}{{title}} {{plain}} {{{plain}}}\n{{% CONTENT_TYPE: TEXT }}{{title}}\n"],
        ["main": "{{% CONTENT_TYPE: CAIRN_HTML }}\n{{title}}\n  {{% CONTENT_TYPE: HTML }}  \n{{title}}{{nothing}}{{something}}\n"],
        ["main": "{{#items}}\n  - {{name}} ({{index()}}{{#first()}}, first{{/first()}}{{#last()}}, last{{/last()}})\n{{/items}}\nend\n"],
        ["main": "{{#items}}{{name}}{{^last()}}, {{/last()}}{{/items}} {{#words}}[{{.}}{{#even()}}e{{/even()}}{{#odd()}}o{{/odd()}}]{{/words}}\n"],
        ["main": "{{#items}}{{#sub}}{{.}}{{last()}}{{/sub}}{{title}}|{{/items}}\n{{^empty}}no items{{/empty}} {{#empty}}x{{/empty}}\n"],
        ["main": "{{#yes}}\nyes {{last()}}\n{{/yes}}\n{{^no}}\nnot no\n{{/no}}\n{{#no}}hidden{{/no}}{{^yes}}hidden{{/yes}}\n"],
        ["main": "{{nested.inner.deep}} {{#nested}}{{title}} {{.title}} {{inner.deep}} {{#inner}}{{title}}{{.title}}{{deep}}{{/inner}}{{/nested}}\n"],
        ["main": "{{#nested}}{{#inner}}{{count}} {{items.name}} {{.count}}{{/inner}}{{/nested}} {{dict.k}} {{#dict}}{{flag}}{{k}}{{/dict}}\n"],
        ["main": "{{#rows}}{{x}}:{{label}};{{/rows}} {{rows.x}} {{#gap}}{{skill}} {{#hasRoles}}{{roles}}{{/hasRoles}}{{/gap}}\n"],
        ["main": "{{#nothing}}a{{/nothing}}{{^nothing}}b{{/nothing}}{{#something}}{{.}}{{/something}}{{#title}}{{.}}{{/title}}\n"],
        ["main": "{{! a comment }}\n  {{! standalone, indented }}  \nline {{! inline }} end\n{{!\nover\nlines\n}}\ntail"],
        ["main": "a\n  {{> part}}\nb\n\t{{>part}}  \nc {{> part}} d\n", "part": "p1 {{title}}\n{{lines}}p2\n  {{> leaf}}\n", "leaf": "leaf\n"],
        ["main": "{{#items}}\n  {{> part}}\n{{/items}}", "part": "{{name}}\n{{#sub}}\n  {{.}}\n{{/sub}}\n"],
        ["main": "{{<parent}}{{$body}}filled {{title}}{{/body}}{{/parent}}\n", "parent": "<{{$head}}head{{/head}}>\n{{$body}}default{{/body}}\n"],
        ["main": "{{! child }}\n{{<parent}}\n{{$body}}\n    line one\n      line two\n{{/body}}\n{{/parent}}\n",
         "parent": "top\n  {{$body}}\n  default\n  {{/body}}\nend\n"],
        ["main": "{{<parent}}{{$a}}A{{/a}}{{/parent}}", "parent": "{{<grand}}{{$b}}[{{$a}}pa{{/a}}]{{/b}}{{/grand}}", "grand": "g {{$a}}ga{{/a}} {{$b}}gb{{/b}}"],
        // A block filled by the child and by its parent: the child's filling is shown.
        ["main": "{{<parent}}{{$a}}A{{/a}}{{/parent}}", "parent": "{{<grand}}{{$a}}pa{{/a}}{{/grand}}", "grand": "g {{$a}}ga{{/a}}"],
        ["main": "x {{#yes}}  \n  y {{/yes}} {{! c }}\nz\n  {{#items}} {{name}} {{/items}}  \n"],
        ["main": "{{#yes}}\n{{/yes}}   \n{{^no}}{{/no}}\n  {{#yes}}  \n{{title}}\n  {{/yes}}  "],
        ["main": "{ {x} {{ title }} {{\ttitle\n}} }\n{{{ title }}}"],
        ["main": "{{#items}}{{name}}{{/items}}{{#items}}\n{{/items}}"],
        ["main": "{{.}}"],
        ["main": "{{title}}{"],
        ["main": "{{#items}}no end"],
        ["main": "{{/items}}"],
    ]

    @Test(arguments: crafted.indices)
    func craftedTemplatesRenderAsSwiftMustacheRendersThem(index: Int) {
        let (own, mustache) = Self.rendered(Self.crafted[index])
        #expect(own == mustache, "\(Self.crafted[index])")
    }

    @Test func theCraftedTemplatesAreReadByCairnsRenderer() {
        // All but the three that do not parse.
        let read = Self.crafted.filter { BuiltInTemplates($0.map { ($0.key, $0.value) }) != nil }.count
        #expect(read == Self.crafted.count - 3)
        // Templates that include one that is none are left to swift-mustache, whose library
        // Cairn checks for such includes (`ReportTemplates.library(for:)`).
        #expect(BuiltInTemplates([("main", "{{> missing}}")]) == nil)
        #expect(BuiltInTemplates([("main", "{{<missing}}{{/missing}}")]) == nil)
    }

    @Test(arguments: ["{{=<% %>=}}\n", "{{>*part}}", "{{<*parent}}{{/parent}}", "{{uppercased(title)}}", "{{#reversed(items)}}{{/reversed(items)}}",
                      "a\r\nb", "{{title}}\u{301}", "e\u{301}", "\u{00A0}{{title}}", "a\u{2028}b", "{{% CONTENT_TYPE: JSON }}", "{{}}", "{{#..}}{{/..}}"])
    func whatItDoesNotReadItRefuses(text: String) {
        #expect(BuiltInTemplateParser.parse(text) == nil)
        // A plan's template in any of these has its format rendered by swift-mustache.
        let own = TemplateSource(name: "mine.md.mustache", path: "templates/mine.md.mustache", text: text)
        if case .builtIn = try? ReportTemplates(overrides: [own]).renderer(for: .md) { Issue.record("\(text) was taken") }
    }

    /// A plan's template is the plan's even when its path reads like a built-in one (a plan folder
    /// named `<built-in>`): its format is swift-mustache's.
    @Test func aPlansTemplateIsThePlansWhateverItsPath() throws {
        let text = try #require(ReportTemplates().sources["plan-summary.md.mustache"]).text
        let own = TemplateSource(name: "plan-summary.md.mustache", path: BuiltInCatalog.prefix + "reports/plan-summary.md.mustache", text: text)
        let templates = ReportTemplates(overrides: [own])
        #expect(!templates.isBuiltIn("plan-summary.md") && ReportTemplates().isBuiltIn("plan-summary.md"))
        guard case .mustache = try templates.renderer(for: .md) else { return #expect(Bool(false)) }
    }

    @Test(arguments: [OutputFormat.md, .html])
    func everyBuiltInTemplateIsReadByCairnsRenderer(format: OutputFormat) throws {
        let templates = ReportTemplates()
        for source in templates.sources.values where source.name.hasSuffix(".\(format.rawValue).mustache") {
            #expect(BuiltInTemplateParser.parse(ReportTemplates.pragma(format) + source.text) != nil, "\(source.name)")
        }
        guard case .builtIn = try templates.renderer(for: format) else { return #expect(Bool(false)) }
    }

    /// Every page of the samples, rendered by Cairn and by swift-mustache (given a plan's copy of
    /// a built-in template, which makes the format's templates swift-mustache's).
    @Test(arguments: [OutputFormat.md, .html], ["senior-to-staff", "engineer-to-manager", "backend-to-platform"])
    func pagesAreWhatSwiftMustacheRenders(format: OutputFormat, sample: String) throws {
        let (plan, analysis) = try AnalysisEncodingTests.sample(sample)
        let name = "plan-summary.\(format.rawValue).mustache"
        let copy = TemplateSource(name: name, path: "templates/" + name, text: try #require(ReportTemplates().sources[name]).text)
        let mustacheTemplates = ReportTemplates(overrides: [copy])
        guard case .mustache = try mustacheTemplates.renderer(for: format) else { return #expect(Bool(false)) }
        let own = try #require(Reports.renderer(for: format))
        let mustache = try #require(Reports.renderer(for: format, templates: mustacheTemplates))
        for report in ReportKind.allCases {
            let page = try own.render(report, plan: plan, analysis: analysis)
            #expect(page == (try mustache.render(report, plan: plan, analysis: analysis)), "\(report)")
        }
    }

    /// Random templates of the tags Cairn's renderer reads, with text, blanks and line breaks
    /// around them: each parses for both or for neither, and renders the same.
    @Test func randomTemplatesRenderAsSwiftMustacheRendersThem() {
        var random = RandomTemplates(seed: 20_261_206)
        var compared = 0
        for _ in 0 ..< 1_000 {
            let templates = ["main": random.template(depth: 3, including: true), "part": random.template(depth: 1),
                             "parent": random.template(depth: 2, blocks: true)]
            let (own, mustache) = Self.rendered(templates)
            if own != nil { compared += 1 }
            #expect(own == mustache, "\(templates)")
        }
        #expect(compared > 600)
    }
}

/// Templates made of random pieces (a generator with a fixed seed, so a failure comes back).
struct RandomTemplates {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    private mutating func next(_ below: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(below))
    }

    private mutating func pick(_ options: [String]) -> String { options[next(options.count)] }

    private static let texts = ["a", "b c", " ", "  ", "\t", "\n", "\n", "|", "<i>", "é", "·", "x{y", "c}d", "{ {z"]
    private static let values = ["{{title}}", "{{{title}}}", "{{&plain}}", "{{plain}}", "{{count}}", "{{.}}", "{{name}}", "{{index()}}",
                                 "{{nested.inner.deep}}", "{{.title}}", "{{ missing }}", "{{lines}}", "{{! note }}", "{{!\n}}",
                                 "{{% CONTENT_TYPE: MARKDOWN }}", "{{% CONTENT_TYPE: CAIRN_HTML }}"]
    /// Includes of the other two templates, which include none: only the first template has them.
    private static let includes = ["{{> part}}", "\n  {{>part}}\n", "{{<parent}}{{$b}}B{{/b}}{{/parent}}",
                                   "{{<parent}}\n{{$a}}\n  A\n{{/a}}\n{{/parent}}", "  {{<parent}}{{$a}}\n\tA\n{{/a}}{{/parent}}\n"]
    private static let sections = ["items", "empty", "yes", "no", "nested", "words", "nothing", "title", "first()", "last()", "dict", "rows"]

    /// Pieces, sections over `depth` levels; `blocks` adds blocks a child may fill, `including`
    /// includes of the other templates.
    mutating func template(depth: Int, blocks: Bool = false, including: Bool = false) -> String {
        var text = ""
        for _ in 0 ..< 1 + next(7) {
            switch next(10) {
            case 0 ..< 4: text += pick(Self.texts)
            case 4 ..< 6: text += pick(Self.values)
            case 6: text += including ? pick(Self.includes) : pick(Self.values)
            case 7 where blocks:
                let name = pick(["a", "b"])
                text += "{{$\(name)}}" + pick(["", "\n", " "]) + template(depth: 0) + "{{/\(name)}}"
            default:
                guard depth > 0 else { text += pick(Self.texts); continue }
                let name = pick(Self.sections), sigil = pick(["#", "#", "^"])
                text += pick(["", " ", "\n", "  "]) + "{{\(sigil)\(name)}}" + pick(["", "\n", " \n"])
                text += template(depth: depth - 1, blocks: blocks, including: including)
                text += pick(["", "\n", "  "]) + "{{/\(name)}}" + pick(["", "\n", " ", "\t\n"])
            }
        }
        return text
    }
}
