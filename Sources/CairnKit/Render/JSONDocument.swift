/// A JSON page: the document around an encoded analysis, as JSONEncoder would write
/// `{analysis, report, schema_version}` (sorted keys, two-space indentation). Pages that share an
/// analysis share its one encoding, made indented as the `analysis` member's value.
enum JSONDocument {
    /// How deep the analysis stands in a page: the value of a top-level member.
    static let analysisLevel = 1

    /// What a page starts with, before its analysis.
    static let opening = "{\n  \"analysis\" : "

    static func page(_ report: ReportKind, analysis json: SharedBytes) -> ReportText {
        page(report, analysis: [(json, 0..<json.count)])
    }

    /// The page whose analysis is these stretches of encodings, one after the other.
    static func page(_ report: ReportKind, analysis stretches: [(SharedBytes, Range<Int>)]) -> ReportText {
        ReportText([.text(opening[...])] + stretches.map { .bytes($0, $1) } + [
            .text(",\n  \"report\" : \"\(report.rawValue)\",\n  \"schema_version\" : \(JSONRenderer.schemaVersion)\n}\n"[...]),
        ])
    }
}
