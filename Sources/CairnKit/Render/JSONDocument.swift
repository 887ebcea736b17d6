/// A JSON page: the document around an encoded analysis, as JSONEncoder would write
/// `{analysis, report, schema_version}` (sorted keys, two-space indentation). Pages that share an
/// analysis share its one encoding: the page holds the encoded string, indented as it is written.
enum JSONDocument {
    static func page(_ report: ReportKind, analysis json: String) -> ReportText {
        ReportText([
            .text("{\n  \"analysis\" : "[...]),
            .indentedJSON(json),
            .text(",\n  \"report\" : \"\(report.rawValue)\",\n  \"schema_version\" : \(JSONRenderer.schemaVersion)\n}\n"[...]),
        ])
    }
}
