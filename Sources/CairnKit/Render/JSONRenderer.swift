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
        encoder.keyEncodingStrategy = .convertToSnakeCase
        do {
            let data = try encoder.encode(Document(schemaVersion: Self.schemaVersion, report: report.rawValue, analysis: analysis))
            return String(decoding: data, as: UTF8.self) + "\n"
        } catch {
            throw ReportError(at: SourceLocation(path: "\(report.rawValue).json", line: 1), "the analysis cannot be encoded: \(error)")
        }
    }
}
