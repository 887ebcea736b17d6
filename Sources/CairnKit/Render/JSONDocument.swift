/// A JSON page: the document around an encoded analysis, as JSONEncoder would write
/// `{analysis, report, schema_version}` (sorted keys, two-space indentation). Pages that share an
/// analysis share its one encoding, made indented as the `analysis` member's value.
enum JSONDocument {
    /// How deep the analysis stands in a page: the value of a top-level member.
    static let analysisLevel = 1

    static func page(_ report: ReportKind, analysis json: JSONBytes) -> ReportText {
        ReportText([
            .text("{\n  \"analysis\" : "[...]),
            .bytes(json),
            .text(",\n  \"report\" : \"\(report.rawValue)\",\n  \"schema_version\" : \(JSONRenderer.schemaVersion)\n}\n"[...]),
        ])
    }
}
