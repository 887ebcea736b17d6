import Foundation

/// The whole analysis as JSON: snake_case keys in sorted order, two-space indentation,
/// so the same plan and as-of date give the same bytes. docs/report-json.md is its schema.
public struct JSONRenderer: ReportRenderer {
    /// Raised when a field is added, renamed or changes meaning.
    public static let schemaVersion = 1

    public var format: OutputFormat { .json }

    public init() {}

    public func render(_ report: ReportKind, plan: Plan, analysis: Analysis) throws(ReportError) -> String {
        JSONDocument.page(report, analysis: try Self.encode(analysis, for: report)).string
    }

    /// The analysis as pretty-printed JSON with sorted keys, indented as the value of the page's
    /// `analysis` member: the bytes Foundation's JSONEncoder writes with
    /// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` and snake_case keys, written by
    /// `JSONEncoding` in a fraction of its instructions. Should that fail (a value it does not write
    /// in place, or one JSON cannot hold), JSONEncoder gives the text, indented here, or the error.
    static func encode(_ analysis: Analysis, for report: ReportKind) throws(ReportError) -> SharedBytes {
        try encode(analysis, level: JSONDocument.analysisLevel, for: report)
    }

    /// `value` encoded as `encode(_:for:)` encodes the analysis, its lines indented by `level`
    /// (two spaces each): as it stands `level` deep in a page.
    static func encode<Value: Encodable>(_ value: Value, level: Int, for report: ReportKind) throws(ReportError) -> SharedBytes {
        if let json = try? JSONEncoding.encodeBytes(value, indent: level, convertingKeys: { SnakeCaseKey($0).stringValue }, straightRows: true) {
            return json
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .custom { path in SnakeCaseKey(path.last!.stringValue) }
        do {
            var json = Array(try encoder.encode(value))
            for _ in 0..<level { json = indented(json) }
            return SharedBytes(copying: json)
        } catch {
            throw ReportError(at: SourceLocation(path: "\(report.rawValue).json", line: 1), "the analysis cannot be encoded: \(error)")
        }
    }

    /// `json` indented one level: two spaces after each line break that is followed by anything but
    /// another line break. A raw line break only ever stands between tokens (strings escape theirs),
    /// and JSONEncoder writes an empty line, unindented, only inside an empty array or object.
    static func indented(_ json: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(json.count + json.count / 4)
        for (index, byte) in json.enumerated() {
            out.append(byte)
            if byte == 10, index + 1 < json.count, json[index + 1] != 10 { out += [32, 32] }
        }
        return out
    }
}

/// A coding key in snake_case: `targetPostingIDs` -> `target_posting_ids`, `roleID` -> `role_id`.
/// (Foundation's own conversion splits "IDs" into "i_ds".)
struct SnakeCaseKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }

    init(_ camelCase: String) {
        var snake = ""
        snake.reserveCapacity(camelCase.utf8.count + 4)
        let characters = Array(camelCase)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            // "IDs" and "ID" are one word each.
            if character == "I", index + 1 < characters.count, characters[index + 1] == "D" {
                if !snake.isEmpty { snake.append("_") }
                snake += "id"
                index += 2
                if index < characters.count, characters[index] == "s" { snake.append("s"); index += 1 }
                continue
            }
            if character.isUppercase {
                if !snake.isEmpty { snake.append("_") }
                snake += character.lowercased()
            } else {
                snake.append(character)
            }
            index += 1
        }
        stringValue = snake
    }

    init?(stringValue: String) { self.init(stringValue) }
    init?(intValue: Int) { nil }
}
