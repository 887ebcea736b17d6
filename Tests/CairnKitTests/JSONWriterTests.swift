import Foundation
import Testing
@testable import CairnKit

/// Cairn's JSON encoder writes the bytes Foundation's JSONEncoder writes with the report's options
/// (`[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`, snake_case keys): each test encodes
/// the same values with both.
@Suite struct JSONWriterTests {
    static func foundation<T: Encodable>(_ value: T, snakeCase: Bool = true) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        if snakeCase { encoder.keyEncodingStrategy = .custom { SnakeCaseKey($0.last!.stringValue) } }
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func cairn<T: Encodable>(_ value: T, snakeCase: Bool = true) throws -> String {
        try JSONEncoding.encode(value, convertingKeys: snakeCase ? { SnakeCaseKey($0).stringValue } : { $0 })
    }

    func expectSame<T: Encodable>(_ value: T, snakeCase: Bool = true, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let expected = try Self.foundation(value, snakeCase: snakeCase)
        let actual = try Self.cairn(value, snakeCase: snakeCase)
        #expect(actual == expected, sourceLocation: sourceLocation)
    }

    struct Leaf: Encodable {
        var name: String
        var weight: Double
        var targetPostingIDs: [String]
        var roleID: String?
        var isDone: Bool
    }

    struct Tree: Encodable {
        var zTitle = "last key first"
        var asOf = Day(year: 2026, month: 11, day: 23)!
        var leaves: [Leaf]
        var firstLeaf: Leaf?
        var missing: Leaf?
        var empty: [Leaf] = []
        var emptyNames: [String] = []
        var emptyObject: [String: Int] = [:]
        var byGoal: [String: [String: Int]]
        var counts: [Int: String] = [10: "ten", 2: "two", -1: "minus one"]
        var matrix: [[Int]] = [[1, 2], [], [3]]
        var maybe: [String?] = ["a", nil, "c"]
        var status = Status.needsWork
        var alpha = 1, beta = 2, a_b = 3, aB2 = 4, item10 = 5, item2 = 6
    }

    enum Status: String, Encodable { case ok, needsWork = "needs work" }

    static let tree = Tree(
        leaves: [
            Leaf(name: "Go", weight: 0.1 + 0.2, targetPostingIDs: ["jobs/a.md", "jobs/b.md"], roleID: "staff-engineer", isDone: true),
            Leaf(name: "", weight: -0.5, targetPostingIDs: [], roleID: nil, isDone: false),
        ],
        firstLeaf: Leaf(name: "Kubernetes", weight: 3, targetPostingIDs: ["x"], roleID: nil, isDone: false),
        byGoal: ["principal-engineer": ["distributed-systems": 3, "Business-Acumen": 2, "_under": 1, "camelCase": 0],
                 "aGoal": [:], "éclair": ["ü": 1, "u": 2, "z": 3]])

    @Test func nestedStructsArraysOptionalsAndDictionaries() throws {
        try expectSame(Self.tree)
        try expectSame(Self.tree, snakeCase: false)
        try expectSame([Self.tree, Self.tree])
        try expectSame(Self.tree.byGoal)
    }

    @Test func theSnakeCaseKeysAreTheConvertedOnesAndDictionaryKeysAreNot() throws {
        let json = try Self.cairn(Self.tree)
        #expect(json.contains("\"target_posting_ids\" : ["))
        #expect(json.contains("\"role_id\" : \"staff-engineer\""))
        #expect(json.contains("\"as_of\" : \"2026-11-23\""))
        #expect(json.contains("\"camelCase\" : 0"))
        #expect(json.contains("\"empty_object\" : {\n\n  }"))
        #expect(json.contains("\"empty\" : [\n\n  ]"))
        #expect(!json.contains("\"missing\""))
    }

    @Test func stringsEscapeQuotesBackslashesAndControlCharactersOnly() throws {
        var strings = ["", "plain", "say \"hi\"", "back\\slash", "a/b/c", "https://example.com/x?y=1", "tab\tnew\nline\r",
                       "é ü ß 中文 😀 👩‍👩‍👧 e\u{301}", "\u{7f}\u{80}\u{2028}\u{2029}\u{feff}", "</script>"]
        strings += (0 ..< 0x20).map { "<\(Character(Unicode.Scalar(UInt8($0))))>" }
        strings.append(String(decoding: (0 ..< 0x20).map { UInt8($0) }, as: UTF8.self))
        try expectSame(strings)
        try expectSame(Dictionary(uniqueKeysWithValues: strings.map { ($0, $0) }))
        for string in strings { try expectSame(["value": string]) }
    }

    @Test func doublesAreTheirDescriptionWithoutATrailingPointZero() throws {
        var doubles: [Double] = [0, -0.0, -0.5, 1e-7, 1e21, 12.5, 0.1 + 0.2, 3, -3, 1e15, 1e16, 9_007_199_254_740_991,
                                 9_007_199_254_740_992, -9_007_199_254_740_994, 123_456_789_012_345_680, 0.001, 1e-5,
                                 .leastNonzeroMagnitude, .leastNormalMagnitude, .greatestFiniteMagnitude, -.greatestFiniteMagnitude,
                                 Double(Int.max), Double(Int.min), 100, 1.5e300, 2.5e-300, 72.4, 31.4]
        var generator = SeededRandom(state: 2026)  // the same random doubles on every run
        for _ in 0 ..< 2_000 {
            doubles.append(Double(bitPattern: generator.next()))
            doubles.append(Double(Int64(bitPattern: generator.next()) % 1_000_000_000) / 100)
            doubles.append(Double(Int64(bitPattern: generator.next()) >> Int64(generator.next() % 64)))
        }
        doubles = doubles.filter(\.isFinite)
        try expectSame(doubles)
        try expectSame(doubles.map { Leaf(name: "", weight: $0, targetPostingIDs: [], isDone: false) })
        try expectSame(doubles.map { Optional($0) } + [nil])
        let floats: [Float] = [0, -0.0, 0.1, 1e-7, 3, 16_777_216, 3.4e38, .leastNormalMagnitude, .leastNonzeroMagnitude, 12.5]
        try expectSame(floats)
        try expectSame(["f": floats])
    }

    @Test func integersOfEveryWidthAndBools() throws {
        struct Integers: Encodable {
            var int = [0, 1, 9, 10, -1, -9, -10, 99, 100, 1_234_567, Int.max, Int.min]
            var int8 = Int8.min, int16 = Int16.min, int32 = Int32.max, int64 = Int64.min
            var uint = UInt.max, uint8 = UInt8.max, uint16 = UInt16.max, uint32 = UInt32.max, uint64 = UInt64.max
            var int128 = Int128.min, uint128 = UInt128.max
            var unsigned: [UInt64] = [0, 7, .max]
            var flags = [true, false]
            var yes = true, no = false
        }
        try expectSame(Integers())
        try expectSame([Int128.max, Int128(Int.min) - 1])
    }

    @Test func datesUrlsDataAndDecimalsAreWrittenAsFoundationWritesThem() throws {
        struct Values: Encodable {
            var date = Date(timeIntervalSinceReferenceDate: 812_345_678.25)
            var url = URL(string: "https://example.com/a b/c?d=e")!
            var data = Data([0, 1, 2, 250, 251, 252])
            var decimal = Decimal(string: "12.50")!
            var urls = [URL(string: "file:///tmp/x")!]
        }
        try expectSame(Values())
    }

    @Test func customEncodingNestedContainersSuperEncodersAndEmptyValues() throws {
        try expectSame(Custom())
        try expectSame([Custom(), Custom()])
        try expectSame(["nothing": Nothing()])
        try expectSame(Deep(depth: 45))
    }

    @Test func whatItCannotWriteInPlaceThrowsAndTheRendererLeavesToFoundation() throws {
        #expect(throws: JSONEncoding.Unsupported.self) { try Self.cairn(Interleaved()) }
        #expect(throws: JSONEncoding.Unsupported.self) { try Self.cairn(TwiceTheSameKey()) }
        #expect(try Self.foundation(Interleaved()).contains("\"second\" : 2"))
        #expect(throws: EncodingError.self) { try Self.cairn([1, Double.nan]) }
        #expect(throws: EncodingError.self) { try Self.cairn(Leaf(name: "", weight: .infinity, targetPostingIDs: [], isDone: true)) }
        #expect(throws: EncodingError.self) { try Self.cairn(Nothing()) }
    }

    /// Keys declared out of order in the middle only, at the start only, at the end only, and
    /// reversed: each object's members that are already in place stay, the others move.
    struct InPlaceAtTheEnds: Encodable {
        var a = 1, e = [5], c = "c", b: [String: Int] = ["y": 1, "x": 2], d = 4, f = 6
    }

    struct FirstOutOfPlace: Encodable { var b = 2, a = [1], c = 3, d = 4 }
    struct LastOutOfPlace: Encodable { var a = 1, b = 2, d = [4, 4], c = 3 }
    struct Reversed: Encodable { var d = 4, c = [3], b = "b", a = 1 }

    @Test func membersAlreadyInPlaceStayAndTheOthersAreSorted() throws {
        try expectSame(InPlaceAtTheEnds())
        try expectSame(FirstOutOfPlace())
        try expectSame(LastOutOfPlace())
        try expectSame(Reversed())
        try expectSame([InPlaceAtTheEnds(), InPlaceAtTheEnds()])
        try expectSame(Dictionary(uniqueKeysWithValues: (0 ..< 300).map { ("key\($0 * 7919 % 300)", $0) }))
    }

    /// A large member moved after small ones, and small ones moved after a large one: each
    /// rotation copies aside the shorter side.
    struct LargeFirst: Encodable { var zNames: [String]; var b = 2; var a = [1] }
    struct LargeLast: Encodable { var c = "c"; var b = [2]; var aNames: [String] }
    struct LargeInTheMiddle: Encodable { var d = 4; var bNames: [String]; var a = "a"; var c = [3] }

    @Test func aTextOfMegabytesIsWrittenThroughEveryGrowthOfTheBuffer() throws {
        let names = (0 ..< 40_000).map { "posting \($0) at \"Company\" \\ \(String(repeating: "x", count: $0 % 50))" }
        try expectSame(["names": names, "more": names.reversed()])
        try expectSame(LargeFirst(zNames: names))
        try expectSame(LargeLast(aNames: names))
        try expectSame(LargeInTheMiddle(bNames: names))
    }

    /// The pages' analysis is encoded one level deep: the text Foundation writes at the top level,
    /// with two spaces after each line break but where the next line is empty.
    @Test func anEncodingIndentedOneLevelIsTheTopLevelTextIndented() throws {
        for value in [Self.tree, Tree(leaves: [], byGoal: [:])] {
            let expected = JSONRenderer.indented(Array(try Self.foundation(value).utf8))
            let bytes = try JSONEncoding.encodeBytes(value, indent: 1, convertingKeys: { SnakeCaseKey($0).stringValue })
            #expect(Array(bytes.bytes) == expected)
        }
        #expect(JSONRenderer.indented(Array("{\n\"a\" : [\n\n]\n}".utf8)) == Array("{\n  \"a\" : [\n\n  ]\n  }".utf8))
    }

    @Test(arguments: ["samples/senior-to-staff", "samples/engineer-to-manager", "samples/backend-to-platform"])
    func aSamplesAnalysisIsWrittenAsFoundationWritesIt(sample: String) throws {
        let folder = GoldenReportTests.packageRoot.appendingPathComponent(sample).path
        let plan = try #require(PlanReader.read(PlanLoader(fileSystem: RootedFileSystem(directory: folder)).load(".")).plan)
        let analysis = Analysis.of(plan, asOf: plan.settings.asOf!, focusRole: plan.catalog.roles.keys.sorted().first)
        try expectSame(analysis)
    }
}

/// A value that writes its members through nested containers, a super encoder and encodeNil.
private struct Custom: Encodable {
    enum Keys: String, CodingKey { case zeta, alpha, nestedObject, nestedArray, nothing, parent }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode("z", forKey: .zeta)
        var object = container.nestedContainer(keyedBy: Keys.self, forKey: .nestedObject)
        try object.encode(2, forKey: .zeta)
        try object.encodeNil(forKey: .alpha)
        var inner = object.nestedUnkeyedContainer(forKey: .nestedArray)
        try inner.encode(1.5)
        try inner.encode(["key": "value"])
        var array = container.nestedUnkeyedContainer(forKey: .nestedArray)
        try array.encode(true)
        try array.encodeNil()
        var element = array.nestedContainer(keyedBy: Keys.self)
        try element.encode("e", forKey: .alpha)
        _ = array.nestedUnkeyedContainer()
        try Parent(label: "from super").encode(to: container.superEncoder())
        try Parent(label: "as parent").encode(to: container.superEncoder(forKey: .parent))
        _ = container.superEncoder(forKey: .nothing)
        // A second container of the same encoder writes into the same object.
        var again = encoder.container(keyedBy: Keys.self)
        try again.encode(1, forKey: .alpha)
    }

    struct Parent: Encodable { var label: String }
}

/// Encodes nothing: Foundation writes an empty object in its place, and throws at the top level.
private struct Nothing: Encodable {
    func encode(to encoder: any Encoder) throws {}
}

/// Deeper than the writer's indentation buffer.
private struct Deep: Encodable {
    var depth: Int

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: JSONKey.self)
        try container.encode(depth, forKey: JSONKey(stringValue: "depth"))
        if depth > 0 { try container.encode(Deep(depth: depth - 1), forKey: JSONKey(stringValue: "child")) }
        try container.encode([String](), forKey: JSONKey(stringValue: "empty"))
    }
}

/// Goes back to a nested container after writing to its parent, which Foundation allows.
private struct Interleaved: Encodable {
    enum Keys: String, CodingKey { case first, second, nested }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        var nested = container.nestedContainer(keyedBy: Keys.self, forKey: .nested)
        try container.encode(1, forKey: .first)
        try nested.encode(2, forKey: .second)
    }
}

private struct TwiceTheSameKey: Encodable {
    enum Keys: String, CodingKey { case key }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(1, forKey: .key)
        try container.encode(2, forKey: .key)
    }
}
