/// Trimming without Foundation: `trimmingCharacters(in:)` bridges every call through
/// `NSString` on Linux, which showed in profiles of reading a plan. The sets are Foundation's:
/// `.whitespaces` is tab, the space separators (Zs) and the zero-width space;
/// `.whitespacesAndNewlines` adds U+000A-U+000D, U+0085 and the line and paragraph separators.
extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    var trimmingBlanks: String {
        // Most texts start and end with an ASCII character that is no blank: given back as they
        // are, not walked (a skill name is trimmed each time it is read).
        let text = Substring(self)
        if let first = text.utf8.first, let last = text.utf8.last, first < 0x80, last < 0x80,
           first != 32, first != 9, last != 32, last != 9 { return String(text) }
        return text.trimming(where: Self.isBlank)
    }

    /// The text without leading and trailing spaces, tabs and line breaks.
    var trimmingWhitespace: String {
        Substring(self).trimming(where: { scalar in
            switch scalar.value {
            case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
            default: Self.isBlank(scalar)
            }
        })
    }

    private static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        // The one space separator below 0x80 is the space: most ends are ASCII, and the Unicode
        // category lookup showed in profiles of reading a plan.
        if scalar.isASCII { return scalar == " " || scalar == "\t" }
        return scalar == "\u{200B}" || scalar.properties.generalCategory == .spaceSeparator
    }

    /// The text without the leading and trailing characters of `set`, which must be ASCII.
    func trimming(_ set: String) -> String {
        let bytes = Array(set.utf8)
        return Substring(self).trimming(where: { $0.isASCII && bytes.contains(UInt8($0.value)) })
    }
}

extension Substring {
    fileprivate func trimming(where trimmed: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        var start = scalars.startIndex, end = scalars.endIndex
        while start < end, trimmed(scalars[start]) { start = scalars.index(after: start) }
        while end > start, trimmed(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        return String(self[start..<end])
    }
}
