/// The byte-level pieces of `YAMLSubset`: where a key, a scalar or a quote ends, and columns.
extension YAMLSubset {
    /// libyaml's longest key on one line is 1,024 characters; the subset keeps well within it.
    static let longestKey = 1_000

    /// The colon ending the block key that starts at `start`: a plain key of one line, ended by
    /// `:` and a space or the line's end; and the key's `ByteScan.fnv1a`.
    func keyEnd(from start: Int, to end: Int) throws(GiveUp) -> (colon: Int, signature: UInt64) {
        let first = bytes[start]
        guard first >= 0x80 || Self.isWordByte(first) else { throw .notInSubset }
        var hash = ByteScan.FNV1a()
        hash.add(first)
        var at = start + 1
        while at < end {
            switch bytes[at] {
            case UInt8(ascii: ":"):
                guard at + 1 == end || bytes[at + 1] == 0x20, bytes[at - 1] != 0x20,
                      at - start <= Self.longestKey else { throw .notInSubset }
                return (at, hash.value)
            case UInt8(ascii: "#") where bytes[at - 1] == 0x20:
                throw .notInSubset
            case UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"):
                throw .notInSubset
            case let byte:
                hash.add(byte)
                at += 1
            }
        }
        throw .notInSubset
    }

    /// The end of a plain scalar in a block (before a comment and the spaces ahead of it).
    func plainEnd(from start: Int, to end: Int) throws(GiveUp) -> Int {
        guard !Self.isIndicator(bytes[start]) else { throw .notInSubset }
        var at = start + 1, last = start + 1
        while at < end {
            let byte = bytes[at]
            if byte == UInt8(ascii: ":"), at + 1 == end || bytes[at + 1] == 0x20 { throw .notInSubset }
            if byte == UInt8(ascii: "#"), bytes[at - 1] == 0x20 { break }
            at += 1
            if byte != 0x20 { last = at }
        }
        return last
    }

    /// The end of a plain scalar in a flow collection (before the spaces ahead of `,`, `:` or the
    /// closing bracket).
    func flowScalarEnd(from start: Int, to end: Int) throws(GiveUp) -> Int {
        guard start < end, !Self.isIndicator(bytes[start]) else { throw .notInSubset }
        var at = start + 1, last = start + 1
        while at < end {
            switch bytes[at] {
            case UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: "]"), UInt8(ascii: "}"):
                return last
            case UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: "#"), UInt8(ascii: "'"), UInt8(ascii: "\""):
                throw .notInSubset
            case 0x20:
                at += 1
            default:
                at += 1
                last = at
            }
        }
        throw .notInSubset
    }

    /// The closing quote of the one-line quoted scalar that starts at `start`: the next quote
    /// of its kind, a double-quoted scalar without a backslash (an escape is left to libyaml, as
    /// is a single-quoted one's doubled quote: what follows the closing quote is then checked).
    func quoteEnd(from start: Int, to end: Int) throws(GiveUp) -> Int {
        let quote = bytes[start]
        var close = start + 1
        while close < end, bytes[close] != quote {
            if quote == UInt8(ascii: "\""), bytes[close] == UInt8(ascii: "\\") { throw .notInSubset }
            close += 1
        }
        guard close < end else { throw .notInSubset }
        return close
    }

    /// Gives up unless only spaces, or spaces and a comment, follow `start` on the line.
    func rest(from start: Int, _ end: Int) throws(GiveUp) {
        let at = skipSpaces(start, end)
        guard at == end || (at > start && bytes[at] == UInt8(ascii: "#")) else { throw .notInSubset }
    }

    func skipSpaces(_ start: Int, _ end: Int) -> Int {
        var at = start
        while at < end, bytes[at] == 0x20 { at += 1 }
        return at
    }

    /// libyaml's column of `offset` on the line, from 0: the characters before it.
    func column(of offset: Int, in line: Line) -> Int {
        if line.isASCII { return offset - line.start }
        var count = 0
        for at in line.start ..< offset where bytes[at] & 0xC0 != 0x80 { count += 1 }
        return count
    }

    func text(_ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start ..< end]), as: UTF8.self)
    }

    static func isWordByte(_ byte: UInt8) -> Bool {
        let lower = byte | 0x20
        return (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            || byte == UInt8(ascii: "_")
    }

    /// Whether a scalar starting with `byte` could be anything but plain (or not a scalar).
    static func isIndicator(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x20, UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["),
             UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "&"),
             UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"),
             UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"):
            true
        default:
            false
        }
    }
}
