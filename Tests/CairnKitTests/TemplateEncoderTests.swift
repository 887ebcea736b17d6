import Testing
@testable import CairnKit

/// Template contexts made by the views' `Encodable` conformances (`TemplateEncoder`) hold what
/// the `Mirror` walk they replace made: every stored property by name, nil optionals left out.
@Suite struct TemplateEncoderTests {
    /// A context written out with keys sorted, the same for equal contexts of any origin.
    static func written(_ value: Any) -> String {
        switch value {
        case let fields as [String: Any]:
            return "{" + fields.keys.sorted().map { "\($0): \(written(fields[$0]!))" }.joined(separator: ", ") + "}"
        case let rows as [any TemplateObject]:
            return "rows[" + rows.map { "\($0)" }.joined(separator: ", ") + "]"
        case let elements as [Any]:
            return "[" + elements.map(written).joined(separator: ", ") + "]"
        default:
            return "\(type(of: value)):\(value)"
        }
    }

    /// The context the `Mirror` walk made (`TemplateContext.build` before the encoder).
    static func mirrored(_ value: Any) -> Any? {
        // First, as the walk did: a cast to String would unwrap an optional text.
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional { return mirror.children.first.flatMap { mirrored($0.value) } }
        switch value {
        case is String, is Bool, is Int, is Double, is TemplateObject: return value
        case let chart as ChartMarkup: return chart.text
        case let rows as [any TemplateObject]: return rows
        default: break
        }
        switch mirror.displayStyle {
        case .collection: return mirror.children.map { mirrored($0.value) ?? Optional<Any>.none as Any }
        case .struct:
            var fields: [String: Any] = [:]
            for child in mirror.children { fields[child.label!] = mirrored(child.value) }
            return fields
        default: return value
        }
    }

    @Test(arguments: ["senior-to-staff", "engineer-to-manager", "backend-to-platform"])
    func everyReportsViewGivesWhatTheMirrorWalkGave(sample: String) throws {
        let (plan, analysis) = try AnalysisEncodingTests.sample(sample)
        for report in ReportKind.allCases {
            let view = report.view(plan: plan, analysis: analysis)
            let context = TemplateContext.build(view)
            #expect(Self.written(context) == Self.written(Self.mirrored(view)!), "\(report)")
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
        let context = TemplateContext.build(outer) as? [String: Any]
        #expect(context?.keys.sorted() == ["count", "empty", "inner", "list", "nested", "share", "shown", "title"])
        #expect(Self.written(TemplateContext.build(outer)) == Self.written(Self.mirrored(outer)!))
        #expect(context?["count"] as? Int == 3 && context?["shown"] as? Bool == true && context?["share"] as? Double == 0.5)
        #expect((context?["list"] as? [Any])?.first.map(Self.written) == "{name: String:b}")
    }

    @Test func longTextsGoThroughTheSplices() {
        let splices = TemplateSplices(threshold: 4)
        let context = TemplateContext.build(Inner(name: "long text", note: "abc"), splices: splices) as? [String: Any]
        #expect(context?["name"] is SplicedText && context?["note"] as? String == "abc")
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
                == "{a: String:x, b: [Int:1, Optional<Any>:nil, {c: Bool:true}], c: {a: Double:2.5}}")
    }

    @Test func rowsStayAsTheyAreAndTheirArraysTyped() {
        let match = JobMatch(postingID: "p1", title: "Staff Engineer", company: "Corvid", status: "saved",
                             titleFit: MatchPart(points: 25, maximum: 30, reason: "fits"),
                             location: MatchPart(points: 10, maximum: 15, reason: "remote"),
                             skills: MatchPart(points: 20, maximum: 30, reason: "4 of 6 skills"),
                             experience: MatchPart(points: 9, maximum: 15, reason: "8 years"),
                             salary: MatchPart(points: 7, maximum: 10, reason: "no salary"), total: 71)
        let row = MatchRow(match, rank: 1, posting: nil)
        #expect(TemplateContext.build([row, row]) is [MatchRow])
        #expect(TemplateContext.build(row) is MatchRow)
        #expect((TemplateContext.build([MatchRow]()) as? [Any])?.isEmpty == true)
    }
}
