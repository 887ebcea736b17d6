import Foundation

/// The whole analysis as JSON: snake_case keys in sorted order, two-space indentation,
/// so the same plan and as-of date give the same bytes. docs/report-json.md is its schema.
public struct JSONRenderer: ReportRenderer {
    /// Raised when a field is added, renamed or changes meaning.
    public static let schemaVersion = 1

    public var format: OutputFormat { .json }

    public init() {}

    /// The document: `schema_version`, `report` (which page it accompanies) and `analysis`.
    struct Document: Encodable {
        var schemaVersion: Int
        var report: String
        var analysis: Analysis
    }

    public func render(_ report: ReportKind, plan: Plan, analysis: Analysis) throws(ReportError) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .custom { path in SnakeCaseKey(path.last!.stringValue) }
        do {
            let data = try encoder.encode(Document(schemaVersion: Self.schemaVersion, report: report.rawValue, analysis: analysis))
            return String(decoding: data, as: UTF8.self) + "\n"
        } catch {
            throw ReportError(at: SourceLocation(path: "\(report.rawValue).json", line: 1), "the analysis cannot be encoded: \(error)")
        }
    }
}

/// A coding key in snake_case: `targetPostingIDs` -> `target_posting_ids`, `roleID` -> `role_id`.
/// (Foundation's own conversion splits "IDs" into "i_ds".)
struct SnakeCaseKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }

    init(_ camelCase: String) {
        let words = camelCase.replacingOccurrences(of: "IDs", with: "Ids").replacingOccurrences(of: "ID", with: "Id")
        var snake = ""
        for character in words {
            if character.isUppercase {
                if !snake.isEmpty { snake.append("_") }
                snake += character.lowercased()
            } else {
                snake.append(character)
            }
        }
        stringValue = snake
    }

    init?(stringValue: String) { self.init(stringValue) }
    init?(intValue: Int) { nil }
}
