/// Trimming without Foundation: `trimmingCharacters(in:)` bridges every call through
/// `NSString` on Linux, which showed in profiles of reading a plan. The sets are Foundation's:
/// `.whitespaces` is tab, the space separators (Zs) and the zero-width space;
/// `.whitespacesAndNewlines` adds U+000A-U+000D, U+0085 and the line and paragraph separators.
extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    var trimmingBlanks: String { String(blanksTrimmed) }

    /// `trimmingBlanks` as a slice of the text, no string made (a log entry's text is cut in slices).
    /// Its bounds may fall inside a character of the text (a combining mark after a trimmed
    /// Unicode space): make a string of it before counting or walking characters in text that is
    /// not ASCII.
    var blanksTrimmed: Substring {
        // Spaces and tabs at either end are cut on bytes (a skill name is trimmed each time it is
        // read, a log entry's text after its duration); an end that is then a non-ASCII byte may
        // start or end a Unicode space, which the rule on scalars decides.
        var text = Substring(self)
        let (start, end, asciiEnds) = text.withUTF8 { bytes in
            var start = 0, end = bytes.count
            while start < end, bytes[start] == 32 || bytes[start] == 9 { start += 1 }
            while end > start, bytes[end - 1] == 32 || bytes[end - 1] == 9 { end -= 1 }
            return (start, end, start == end || (bytes[start] < 0x80 && bytes[end - 1] < 0x80))
        }
        if start == end { return "" }
        if start == 0 && end == text.utf8.count && asciiEnds { return text }
        let from = text.utf8.index(text.startIndex, offsetBy: start)
        let rest = text[from..<text.utf8.index(from, offsetBy: end - start)]
        return asciiEnds ? rest : rest.trimming(where: Self.isBlank)
    }

    /// The text without leading and trailing spaces, tabs and line breaks.
    var trimmingWhitespace: String {
        String(Substring(self).trimming(where: { scalar in
            switch scalar.value {
            case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
            default: Self.isBlank(scalar)
            }
        }))
    }

    private static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        // The one space separator below 0x80 is the space: most ends are ASCII, and the Unicode
        // category lookup showed in profiles of reading a plan.
        if scalar.isASCII { return scalar == " " || scalar == "\t" }
        return scalar == "\u{200B}" || scalar.properties.generalCategory == .spaceSeparator
    }

    /// The text without the leading and trailing characters of `set`, which must be ASCII.
    func trimming(_ set: String) -> String {
        let bytes = ASCIIBytes(set)
        return String(Substring(self).trimming(where: { $0.isASCII && bytes.contains(UInt8($0.value)) }))
    }
}

extension String {
    /// `trimmingBlanks` of a string: the string itself when its two ends are ASCII and not
    /// blank, as nearly every name read from YAML is (its scalars come trimmed).
    var trimmingBlanks: String {
        if let first = utf8.first, let last = utf8.last, first < 0x80, last < 0x80,
           first != 32, first != 9, last != 32, last != 9 {
            return self
        }
        return String(blanksTrimmed)
    }
}

extension Substring {
    fileprivate func trimming(where trimmed: (Unicode.Scalar) -> Bool) -> Substring {
        let scalars = unicodeScalars
        var start = scalars.startIndex, end = scalars.endIndex
        while start < end, trimmed(scalars[start]) { start = scalars.index(after: start) }
        while end > start, trimmed(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        return self[start..<end]
    }
}
