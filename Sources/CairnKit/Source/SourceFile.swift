/// The text of one plan file, decoded and with line endings normalised to LF.
public struct SourceFile: Sendable {
    /// The path shown in diagnostics, relative to the folder the user named.
    public let path: String
    public let text: String
    /// Where each line starts, in UTF-8 bytes: four bytes a line, where a `Substring` per line
    /// took over thirty (a plan of 11,000 files held 14 MB of them). Files are at most 1 MiB.
    private let lineStarts: [UInt32]

    /// Wraps already-decoded text; CRLF and lone CR become LF.
    public init(path: String, text: String) {
        self.path = path
        let normalised = text.utf8.contains(UInt8(ascii: "\r")) ? Self.normaliseLineEndings(text) : text
        self.text = normalised
        var starts: [UInt32] = [0]
        for (offset, byte) in normalised.utf8.enumerated() where byte == UInt8(ascii: "\n") { starts.append(UInt32(offset + 1)) }
        self.lineStarts = starts
    }

    /// How many lines the file has (a last line without a line break counts, an empty one too).
    public var lineCount: Int { lineStarts.count }

    /// The text of line `number` (1-based), or "" outside the file.
    public func line(_ number: Int) -> Substring {
        guard number >= 1 && number <= lineCount else { return "" }
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: Int(lineStarts[number - 1]))
        let end = number < lineCount ? utf8.index(utf8.startIndex, offsetBy: Int(lineStarts[number]) - 1) : utf8.endIndex
        return text[start..<end]
    }

    /// A location in this file.
    public func location(line: Int, column: Int = 1) -> SourceLocation {
        SourceLocation(path: path, line: line, column: column)
    }

    /// The location of the first occurrence of `needle` on `line`, or its first column.
    public func location(of needle: String, onLine line: Int) -> SourceLocation {
        let text = self.line(line)
        guard !needle.isEmpty, let range = text.range(of: needle) else {
            return location(line: line, column: firstNonBlankColumn(line))
        }
        return location(line: line, column: text.distance(from: text.startIndex, to: range.lowerBound) + 1)
    }

    /// The column of the first character that is not a space or tab on `line`.
    public func firstNonBlankColumn(_ line: Int) -> Int {
        (self.line(line).firstIndex { $0 != " " && $0 != "\t" }).map { self.line(line).distance(from: self.line(line).startIndex, to: $0) + 1 } ?? 1
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

extension String {
    /// The lines of the text without their line breaks ("\n" only): a split on UTF-8 bytes, which
    /// does not look for characters' boundaries as a split on `Character`s does.
    func splitLines() -> [Substring] {
        utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { Substring($0) }
    }
}
