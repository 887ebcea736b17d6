/// The text of one plan file, decoded and with line endings normalised to LF.
public struct SourceFile: Sendable {
    /// The path shown in diagnostics, relative to the folder the user named.
    public let path: String
    public let text: String
    private let lineStarts: LineStarts

    /// Wraps already-decoded text; CRLF and lone CR become LF.
    public init(path: String, text: String) {
        self.path = path
        var text = text
        let hasCR = text.withUTF8 { ByteScan.firstOffset(of: UInt8(ascii: "\r"), in: $0) != nil }
        let normalised = hasCR ? Self.normaliseLineEndings(text) : text
        self.text = normalised
        self.lineStarts = LineStarts(normalised)
    }

    /// How many lines the file has (a last line without a line break counts, an empty one too).
    public var lineCount: Int { lineStarts.count }

    /// The text of line `number` (1-based), or "" outside the file.
    public func line(_ number: Int) -> Substring {
        guard number >= 1 && number <= lineCount else { return "" }
        return lineStarts.text(lines: number, through: number, of: text)
    }

    /// The byte offsets in `text` of line `number` (1-based, within the file), without its line break.
    func lineBytes(_ number: Int) -> Range<Int> {
        lineStarts.bytes(lines: number, through: number, length: text.utf8.count)
    }

    /// A location in this file.
    public func location(line: Int, column: Int = 1) -> SourceLocation {
        SourceLocation(path: path, line: line, column: column)
    }

    /// The location of the first occurrence of `needle` on `line`, or its first column.
    public func location(of needle: String, onLine line: Int) -> SourceLocation {
        let text = self.line(line)
        guard let range = text.firstOccurrence(of: needle) else {
            return location(line: line, column: firstNonBlankColumn(line))
        }
        return location(line: line, column: text.distance(from: text.startIndex, to: range.lowerBound) + 1)
    }

    /// The column of the first character that is not a space or tab on `line`.
    public func firstNonBlankColumn(_ line: Int) -> Int {
        guard line >= 1 && line <= lineCount else { return 1 }
        // Counted in bytes when the blanks are followed by an ASCII byte or by nothing: no mark
        // can then join the last blank into a character of its own. Read on the file's bytes, no
        // substring made: every log entry's location asks for it.
        let span = lineBytes(line)
        let counted: Int? = ByteScan.withBytes(of: text) { bytes in
            var offset = span.lowerBound
            while offset < span.upperBound, bytes[offset] == UInt8(ascii: " ") || bytes[offset] == UInt8(ascii: "\t") { offset += 1 }
            if offset == span.upperBound { return 1 }
            return bytes[offset] < 0x80 ? offset - span.lowerBound + 1 : nil
        }
        if let counted { return counted }
        let text = self.line(line)
        return (text.firstIndex { $0 != " " && $0 != "\t" }).map { text.distance(from: text.startIndex, to: $0) + 1 } ?? 1
    }

    private static func normaliseLineEndings(_ text: String) -> String {
        var out = String()
        out.reserveCapacity(text.utf8.count)
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\r" {
                out.unicodeScalars.append("\n")
                previousWasCR = true
                continue
            }
            if scalar == "\n" && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = false
            out.unicodeScalars.append(scalar)
        }
        return out
    }
}
