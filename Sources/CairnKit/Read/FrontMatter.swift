/// A plan file split into its YAML front-matter and Markdown body.
struct SplitDocument {
    /// The YAML text, or nil when the file has no front-matter.
    var yaml: String?
    /// The file line on which the YAML text starts.
    var yamlFirstLine: Int
    /// The body with the front-matter lines blanked, so its line numbers are the file's.
    var body: String
}

/// Splits `---` front-matter from the body.
enum FrontMatter {
    /// Splits `file`; reports an empty file, a missing front-matter (when `required`)
    /// or an unterminated one, and then returns nil.
    static func split(_ file: SourceFile, required: Bool, diagnostics: inout Diagnostics) -> SplitDocument? {
        if file.text.allSatisfy(\.isWhitespace) {
            diagnostics.report(.emptyFile, "the file is empty", in: file, line: 1,
                               hint: required ? "start it with front-matter between two '---' lines; `cairn init` writes an example" : "delete it or add entries")
            return nil
        }
        let first = file.line(1).trimmingCharacters(in: .whitespaces)
        guard first == "---" else {
            if required {
                diagnostics.report(.missingFrontMatter, "the file has no front-matter", in: file, line: 1,
                                   hint: "begin the file with a line '---', the YAML fields, and another '---'")
                return nil
            }
            return SplitDocument(yaml: nil, yamlFirstLine: 1, body: file.text)
        }
        guard let closing = file.lines.indices.dropFirst().first(where: { index in
            let line = file.lines[index].trimmingCharacters(in: .whitespaces)
            return line == "---" || line == "..."
        }) else {
            diagnostics.report(.unterminatedFrontMatter, "the front-matter opened on line 1 is never closed", in: file, line: 1,
                               hint: "add a line '---' after the last YAML field")
            return nil
        }
        let yaml = file.lines[1..<closing].joined(separator: "\n")
        let blanked = Array(repeating: "", count: closing + 1) + file.lines[(closing + 1)...].map(String.init)
        return SplitDocument(yaml: yaml, yamlFirstLine: 2, body: blanked.joined(separator: "\n"))
    }
}
