import Testing
@testable import CairnKit

/// Template contexts made by the views' `Encodable` conformances (`TemplateEncoder`) hold what
/// the `Mirror` walk they replace made: every stored property by name, nil optionals left out.
@Suite struct TemplateEncoderTests {
    /// A context written out with keys sorted and every array's type, the same for equal
    /// contexts of any origin (a typed array of rows is told from an array of `Any`); a
    /// `TemplateFields` is written as its dictionary, a `TemplateText` as the text it stands for.
    static func written(_ value: Any) -> String {
        switch value {
        case let fields as TemplateFields:
            return written(fields.fields)
        case let text as TemplateText:
            return "String:\(text.text)"
        case let fields as [String: Any]:
            return "{" + fields.keys.sorted().map { "\($0): \(written(fields[$0]!))" }.joined(separator: ", ") + "}"
        case let elements as [Any]:
            return "\(type(of: value))[" + elements.map { $0 is TemplateObject ? "\($0)" : written($0) }.joined(separator: ", ") + "]"
        default:
            return "\(type(of: value)):\(value)"
        }
    }

    /// The template context as the `Mirror` walk made it before the encoder: `TemplateContext.build`
    /// of 39dd50d, word for word but for its protocols' names.
    static func mirrored(_ value: Any, splices: TemplateSplices? = nil) -> Any {
        let type = type(of: value)
        if type == String.self, let text = value as? String { return splices?.entry(for: text) ?? text }
        if type == Bool.self || type == Int.self || type == Double.self { return value }
        if type == ChartMarkup.self, let chart = value as? ChartMarkup { return chart.entry(splices) }
        switch value {
        case is TemplateObject, is MirroredRows: return value
        case let optional as MirroredOptional:
            return optional.wrapped.map { mirrored($0, splices: splices) } ?? value
        default: break
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .collection, .set:
            return mirror.children.map { mirrored($0.value, splices: splices) }
        case .struct, .class:
            var fields: [String: Any] = [:]
            for child in mirror.children {
                guard let label = child.label else { continue }
                if let optional = child.value as? MirroredOptional, optional.wrapped == nil { continue }
                fields[label] = mirrored(child.value, splices: splices)
            }
            return fields
        default:
            return value
        }
    }

    @Test(arguments: ["senior-to-staff", "engineer-to-manager", "backend-to-platform"])
    func everyReportsViewGivesWhatTheMirrorWalkGave(sample: String) throws {
        let (plan, analysis) = try AnalysisEncodingTests.sample(sample)
        for report in ReportKind.allCases {
            let view = report.view(plan: plan, analysis: analysis)
            let context = TemplateContext.build(view)
            #expect(Self.written(context) == Self.written(Self.mirrored(view)), "\(report)")
        }
    }

    struct Inner: Encodable { var name: String; var note: String? }
    struct Outer: Encodable {
        var title: String
        var count: Int
        var share: Double
        var shown: Bool
        var missing: String?
        var inner: Inner
        var list: [Inner]
        var nested: [[Int]]
        var empty: [Inner]
    }

    @Test func propertiesByNameNilOptionalsLeftOut() {
        let outer = Outer(title: "T", count: 3, share: 0.5, shown: true, missing: nil, inner: Inner(name: "a", note: "n"),
                          list: [Inner(name: "b", note: nil)], nested: [[1, 2], []], empty: [])
        let context = (TemplateContext.build(outer) as? TemplateFields)?.fields
        #expect(context?.keys.sorted() == ["count", "empty", "inner", "list", "nested", "share", "shown", "title"])
        #expect(Self.written(TemplateContext.build(outer)) == Self.written(Self.mirrored(outer)))
        #expect(context?["count"] as? Int == 3 && context?["shown"] as? Bool == true && context?["share"] as? Double == 0.5)
        #expect((context?["list"] as? [Any])?.first.map(Self.written) == "{name: String:b}")
        // Other numbers as they are, not encoded again (an Int64 is its own single value).
        #expect(TemplateContext.build(Int64(7)) as? Int64 == 7 && TemplateContext.build(Float(0.5)) as? Float == 0.5)
    }

    @Test func longTextsGoThroughTheSplices() {
        let splices = TemplateSplices(threshold: 4)
        let context = (TemplateContext.build(Inner(name: "long text", note: "abc"), splices: splices) as? TemplateFields)?.fields
        #expect(context?["name"] is SplicedText && (context?["note"] as? TemplateText)?.text == "abc")
        #expect(!splices.isEmpty)
    }

    /// A conformance written by hand, with nested containers and a nil element.
    struct Custom: Encodable {
        enum Keys: String, CodingKey { case a, b, c }
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode("x", forKey: .a)
            var list = container.nestedUnkeyedContainer(forKey: .b)
            try list.encode(1)
            try list.encodeNil()
            var inner = list.nestedContainer(keyedBy: Keys.self)
            try inner.encode(true, forKey: .c)
            var object = container.nestedContainer(keyedBy: Keys.self, forKey: .c)
            try object.encode(2.5, forKey: .a)
        }
    }

    @Test func nestedContainersAreMadeWhenTheValueIsRead() {
        #expect(Self.written(TemplateContext.build(Custom()))
                == "{a: String:x, b: Array<Any>[Int:1, Optional<Any>:nil, {c: Bool:true}], c: {a: Double:2.5}}")
    }

    @Test func rowsStayAsTheyAreAndTheirArraysTyped() {
        let row = TemplateObjectTests.row(rank: 1)
        #expect(TemplateContext.build([row, row]) is [MatchRow])
        #expect(TemplateContext.build(row) is MatchRow)
        #expect((TemplateContext.build([MatchRow]()) as? [Any])?.isEmpty == true)
    }
}

/// The protocols the `Mirror` walk told rows and optionals apart by.
private protocol MirroredRows {}
extension Array: MirroredRows where Element: TemplateObject {}
private protocol MirroredOptional { var wrapped: Any? { get } }
extension Optional: MirroredOptional { fileprivate var wrapped: Any? { self } }
