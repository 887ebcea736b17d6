/// A pass over a Markdown body before libcmark sees it: container nesting
/// (block quotes, list items) beyond any real plan is refused, so no tree is
/// deep enough to exhaust the stack of a recursive walk. With files capped at
/// 1 MiB, libcmark 0.30's known slow inputs all parse in well under a second
/// (scripts/pathological measures them).
enum MarkdownGuard {
    /// The bytes a line that matters here starts with: indentation, a quote's `>`, a fence's
    /// backtick or tilde, and the first byte of a list marker.
    private static let mayNest = ASCIIBytes(" \t>`~-*+0123456789")

    /// The deepest container nesting accepted.
    static let maximumDepth = 32

    /// The first line nested too deep, with the column of the marker that passes the limit.
    ///
    /// A line's depth is its `>` and list markers, plus one level per two columns of
    /// indentation in front of a list marker (how nested lists are written). Blank
    /// lines and fenced code are not containers and are skipped.
    static func tooDeep(_ text: String) -> (line: Int, column: Int)? {
        var text = text
        return text.withUTF8 { tooDeep(bytes: $0) }
    }

    /// The pass over the UTF-8 bytes: every marker it looks for is ASCII. Columns count bytes.
    private static func tooDeep(bytes all: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int)? {
        var lineNumber = 0
        // The byte of the open code fence (three backticks or tildes), if any.
        var fence: UInt8?
        var lineStart = 0
        while lineStart <= all.count {
            let lineEnd = ByteScan.firstOffset(of: UInt8(ascii: "\n"), in: all, from: lineStart) ?? all.count
            defer { lineStart = lineEnd + 1 }
            lineNumber += 1
            // A line that starts with none of the bytes below (most lines: text, headings) opens,
            // closes and nests nothing, inside a fence or out.
            if lineStart < lineEnd, !Self.mayNest.contains(all[lineStart]) { continue }
            let bytes = UnsafeBufferPointer(rebasing: all[lineStart..<min(lineEnd, lineStart + 8192)])
            let content = bytes.drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: ">") }
            // A fence is three of one byte; a line inside one is not looked into.
            let startsFence = content.count >= 3 && (content.first == UInt8(ascii: "`") || content.first == UInt8(ascii: "~"))
                && content[content.startIndex + 1] == content.first && content[content.startIndex + 2] == content.first
            if let open = fence {
                if startsFence, content.first == open { fence = nil }
                continue
            }
            if startsFence {
                fence = content.first
                continue
            }
            if content.isEmpty && !bytes.contains(UInt8(ascii: ">")) { continue }
            var depth = 0, i = 0, indent = 0
            while i < bytes.count {
                let c = bytes[i]
                if c == UInt8(ascii: " ") { indent += 1; i += 1; continue }
                if c == UInt8(ascii: "\t") { indent += 4; i += 1; continue }
                let next = i + 1 < bytes.count ? bytes[i + 1] : UInt8(ascii: " ")
                let nextIsSpace = next == UInt8(ascii: " ") || next == UInt8(ascii: "\t")
                var markerEnd: Int?
                if c == UInt8(ascii: ">") {
                    markerEnd = i + 1
                } else if (c == UInt8(ascii: "-") || c == UInt8(ascii: "*") || c == UInt8(ascii: "+")) && nextIsSpace {
                    markerEnd = i + 1
                } else if c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") {
                    var j = i
                    while j < bytes.count && j - i < 9 && bytes[j] >= UInt8(ascii: "0") && bytes[j] <= UInt8(ascii: "9") { j += 1 }
                    if j < bytes.count, bytes[j] == UInt8(ascii: ".") || bytes[j] == UInt8(ascii: ")"),
                       j + 1 >= bytes.count || bytes[j + 1] == UInt8(ascii: " ") {
                        markerEnd = j + 1
                    }
                }
                guard let end = markerEnd else { break }
                depth += 1 + (c == UInt8(ascii: ">") ? 0 : indent / 2)
                indent = 0
                if depth > maximumDepth { return (lineNumber, i + 1) }
                i = end
                // One space after a marker belongs to the marker, not to the indentation.
                if i < bytes.count && bytes[i] == UInt8(ascii: " ") { i += 1 }
            }
        }
        return nil
    }
}
