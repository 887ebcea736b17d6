/// A plan file split into its YAML front-matter and Markdown body.
struct SplitDocument {
    /// The YAML text, a slice of the file's (not copied), or nil when the file has no front-matter.
    var yaml: Substring?
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
        // A first byte that is ASCII and neither a control nor a space starts a text with something in it.
        let first = file.text.utf8.first ?? 0
        if !(first > 0x20 && first < 0x7F), file.text.allSatisfy(\.isWhitespace) {
            diagnostics.report(.emptyFile, "the file is empty", in: file, line: 1,
                               hint: required ? "start it with front-matter between two '---' lines; `cairn init` writes an example" : "delete it or add entries")
            return nil
        }
        var text = file.text
        let (fences, split) = text.withUTF8 { bytes -> (Fences, (yaml: Range<Int>, body: String)?) in
            let fences = Self.fences(in: bytes, of: file)
            guard case .closed(let closing, let yaml, let rest) = fences else { return (fences, nil) }
            // The YAML is the one stretch between the fences, and the body the rest after as many
            // line breaks as the front-matter has lines.
            let body = rest.map { lineBreaks(closing, then: UnsafeBufferPointer(rebasing: bytes[$0...])) }
                ?? lineBreaks(closing - 1, then: UnsafeBufferPointer(rebasing: bytes[bytes.count...]))
            return (fences, (yaml, body))
        }
        if let (yaml, body) = split {
            // Its bounds are after line breaks, on characters' bounds.
            let utf8 = file.text.utf8, start = utf8.index(utf8.startIndex, offsetBy: yaml.lowerBound)
            let slice = Substring(utf8[start ..< utf8.index(start, offsetBy: yaml.count)])
            return SplitDocument(yaml: slice, yamlFirstLine: 2, body: body)
        }
        guard case .unterminated = fences else {
            if required {
                diagnostics.report(.missingFrontMatter, "the file has no front-matter", in: file, line: 1,
                                   hint: "begin the file with a line '---', the YAML fields, and another '---'")
                return nil
            }
            return SplitDocument(yaml: nil, yamlFirstLine: 1, body: file.text)
        }
        diagnostics.report(.unterminatedFrontMatter, "the front-matter opened on line 1 is never closed", in: file, line: 1,
                           hint: "add a line '---' after the last YAML field")
        return nil
    }

    /// Where a file's front-matter stands.
    private enum Fences {
        /// The first line is no fence.
        case none
        /// The first line is a fence, and no later line.
        case unterminated
        /// The closing fence is on line `closing` (1-based); the YAML is the bytes `yaml`, and the
        /// file goes on after the closing fence's line from `rest`, when that line ends with a
        /// line break.
        case closed(closing: Int, yaml: Range<Int>, rest: Int?)
    }

    /// The fences of `file`, whose UTF-8 `bytes` are given, its lines found by the file's own
    /// index of where they start: no line is made a string to be looked at.
    private static func fences(in bytes: UnsafeBufferPointer<UInt8>, of file: SourceFile) -> Fences {
        guard isFence(bytes[file.lineBytes(1)], dots: false) else { return .none }
        guard file.lineCount >= 2,
              let closing = (2...file.lineCount).first(where: { isFence(bytes[file.lineBytes($0)], dots: true) }) else { return .unterminated }
        let yaml = closing > 2 ? file.lineBytes(2).lowerBound ..< file.lineBytes(closing - 1).upperBound : 0..<0
        return .closed(closing: closing, yaml: yaml, rest: closing < file.lineCount ? file.lineBytes(closing + 1).lowerBound : nil)
    }

    /// `count` line breaks and then `rest`, written once into a string of their size
    /// (`String(repeating:count:)` and `+` cost 6,000 instructions a file).
    private static func lineBreaks(_ count: Int, then rest: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: count + rest.count) { buffer in
            buffer.initialize(repeating: UInt8(ascii: "\n"))
            _ = UnsafeMutableBufferPointer(rebasing: buffer[count...]).initialize(from: rest)
            return buffer.count
        }
    }

    /// Whether `line` is `---` (or, closing, `...`), with spaces or tabs around it.
    static func isFence(_ line: Substring, dots: Bool) -> Bool { isFence(line.utf8, dots: dots) }

    /// `isFence` of a line's UTF-8 bytes.
    static func isFence(_ line: some Sequence<UInt8>, dots: Bool) -> Bool {
        var marks = 0, mark: UInt8 = 0
        for byte in line {
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
