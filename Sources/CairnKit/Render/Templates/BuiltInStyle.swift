/// The built-in stylesheet as its template renders it: the file after its opening comment line,
/// its only tag. Inlined in every HTML page, it is the longest template of all (9 KB, and every
/// `{` of its rules made swift-mustache's parser measure the rest of the file): written here, it is
/// never parsed unless a template of the plan's includes it (`ReportTemplates`).
/// `BuiltInTablesTests` compare it with the template rendered.
enum BuiltInStyle {
    static let template = "style.css"

    /// The stylesheet, made once.
    static let text: String = {
        let source = EmbeddedTemplates.files["reports/style.css.mustache"] ?? ""
        guard source.hasPrefix("{{!"), let lineEnd = source.utf8.firstIndex(of: UInt8(ascii: "\n")) else { return source }
        return String(source[source.utf8.index(after: lineEnd)...])
    }()
}
