/// Pages and charts written into one byte buffer, piece by piece.
extension Array where Element == UInt8 {
    /// Appends text written in the code, copied from the literal's bytes: appending a string's
    /// UTF-8 view costs some 170 instructions a piece, and the market's chart and rows of 2,000
    /// postings have hundreds of thousands of pieces.
    mutating func append(literal: StaticString) {
        literal.withUTF8Buffer { append(contentsOf: $0) }
    }

    /// Appends a text made at run time, as it is.
    public mutating func append(text: String) {
        append(contentsOf: text.utf8)
    }

    /// Appends a text as Cairn's Markdown content type escapes `{{value}}` (`MarkdownContentType`).
    mutating func append(markdown text: String) {
        append(text, escaping: MarkdownContentType.escaped, with: MarkdownContentType.escape)
    }

    /// Appends a text as swift-mustache's HTML content type escapes `{{value}}` (`SVG.escape`
    /// escapes the same five characters with the same entities).
    mutating func append(html text: String) {
        append(text, escaping: SVG.escaped, with: SVG.escape)
    }

    /// Appends `text` as `escape` gives it: its bytes as they are when it holds none of `targets`
    /// (the bytes `escape` replaces), which most texts do, else `escape`'s string.
    private mutating func append(_ text: String, escaping targets: ByteScan.Targets, with escape: (String) -> String) {
        let clean = text.utf8.withContiguousStorageIfAvailable { bytes in
            if ByteScan.contains(bytes, anyOf: targets) { return false }
            append(contentsOf: bytes)
            return true
        }
        if clean != true { append(text: escape(text)) }
    }

    /// Appends `value` in decimal, `-` first when `negative`, with leading zeros to at least
    /// `width` digits.
    public mutating func append(digits value: UInt, negative: Bool = false, width: Int = 1) {
        if negative { append(UInt8(ascii: "-")) }
        var divisor: UInt = 1, digits = 1
        while value / divisor >= 10 || digits < width {
            divisor *= 10
            digits += 1
        }
        while divisor > 0 {
            append(UInt8(ascii: "0") + UInt8(value / divisor % 10))
            divisor /= 10
        }
    }
}
