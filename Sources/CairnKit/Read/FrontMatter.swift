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
        guard isFence(file.line(1), dots: false) else {
            if required {
                diagnostics.report(.missingFrontMatter, "the file has no front-matter", in: file, line: 1,
                                   hint: "begin the file with a line '---', the YAML fields, and another '---'")
                return nil
            }
            return SplitDocument(yaml: nil, yamlFirstLine: 1, body: file.text)
        }
        guard file.lineCount >= 2, let closing = (2...file.lineCount).first(where: { isFence(file.line($0), dots: true) }) else {
            diagnostics.report(.unterminatedFrontMatter, "the front-matter opened on line 1 is never closed", in: file, line: 1,
                               hint: "add a line '---' after the last YAML field")
            return nil
        }
        // Lines are slices of the file's text: the YAML is the one slice between the fences, and the
        // body the rest after as many line breaks as the front-matter has lines.
        let yaml = closing > 2 ? String(file.text[file.line(2).startIndex..<file.line(closing - 1).endIndex]) : ""
        let body = closing < file.lineCount
            ? lineBreaks(closing, then: file.text.utf8[file.line(closing + 1).startIndex...])
            : lineBreaks(closing - 1, then: file.text.utf8[file.text.utf8.endIndex...])
        return SplitDocument(yaml: yaml, yamlFirstLine: 2, body: body)
    }

    /// `count` line breaks and then `rest`, written once into a string of their size
    /// (`String(repeating:count:)` and `+` cost 6,000 instructions a file).
    private static func lineBreaks(_ count: Int, then rest: Substring.UTF8View) -> String {
        String(unsafeUninitializedCapacity: count + rest.count) { buffer in
            buffer.initialize(repeating: UInt8(ascii: "\n"))
            _ = UnsafeMutableBufferPointer(rebasing: buffer[count...]).initialize(from: rest)
            return buffer.count
        }
    }

    /// Whether `line` is `---` (or, closing, `...`), with spaces or tabs around it.
    static func isFence(_ line: Substring, dots: Bool) -> Bool {
        var marks = 0, mark: UInt8 = 0
        for byte in line.utf8 {
            switch byte {
            case 32, 9: if marks > 0 && marks < 3 { return false }
            case 45, 46:
                if marks == 0 { mark = byte } else if byte != mark { return false }
                marks += 1
            default: return false
            }
        }
        return marks == 3 && (mark == 45 || dots)
    }
}
