import Foundation

/// Renders diagnostics as the clickable text form or as JSON.
public enum DiagnosticFormatter {
    /// `path:line:col: error: message [code]`, the line with a caret, then the hint.
    public static func text(_ diagnostic: Diagnostic, color: Bool = false) -> String {
        let severityText = diagnostic.severity.rawValue
        let painted = color ? paint(severityText, diagnostic.severity == .error ? "31" : "33") : severityText
        let head = color ? paint("\(diagnostic.location):", "1") : "\(diagnostic.location):"
        var out = "\(head) \(painted): \(diagnostic.message) [\(diagnostic.code.rawValue)]\n"
        if let line = diagnostic.sourceLine {
            let shown = String(line.prefix(200))
            out += "  \(shown)\n"
            let caretOffset = max(0, min(diagnostic.location.column - 1, shown.count))
            let padding = shown.prefix(caretOffset).map { $0 == "\t" ? "\t" : " " }.joined()
            out += "  \(padding)\(color ? paint("^", "32") : "^")\n"
        }
        if let hint = diagnostic.hint {
            out += "  hint: \(hint)\n"
        }
        return out
    }

    /// The summary line printed after the diagnostics.
    public static func summary(files: Int, errors: Int, warnings: Int) -> String {
        "\(files) \(files == 1 ? "file" : "files") read, \(errors) \(errors == 1 ? "error" : "errors"), \(warnings) \(warnings == 1 ? "warning" : "warnings")"
    }

    /// All diagnostics and the counts as one JSON document with sorted keys.
    public static func json(_ diagnostics: [Diagnostic], files: Int) -> String {
        struct Entry: Encodable {
            let path: String, line: Int, column: Int, severity: String, code: String, message: String
            let hint: String?, source_line: String?
        }
        struct Document: Encodable {
            let diagnostics: [Entry]
            let files: Int, errors: Int, warnings: Int
        }
        let entries = diagnostics.map {
            Entry(path: $0.location.path, line: $0.location.line, column: $0.location.column,
                  severity: $0.severity.rawValue, code: $0.code.rawValue, message: $0.message,
                  hint: $0.hint, source_line: $0.sourceLine)
        }
        let document = Document(
            diagnostics: entries, files: files,
            errors: diagnostics.filter { $0.severity == .error }.count,
            warnings: diagnostics.filter { $0.severity == .warning }.count)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(document)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private static func paint(_ text: String, _ code: String) -> String {
        "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }
}
