/// Splitting text on ASCII separators without walking it `Character` by `Character`: in ASCII
/// text every scalar is a character of its own (but CR LF, neither of them a separator here), so
/// splitting its bytes gives the same pieces, without grapheme breaking on every character, which
/// showed in profiles of reading a log of years.
extension String {
    /// The runs of characters between `separators` (ASCII characters but CR and LF), as
    /// `split(omittingEmptySubsequences:whereSeparator:)` gives them: the empty ones left out
    /// unless asked for.
    func pieces(separatedBy separators: String, omittingEmpty: Bool = true) -> [Substring] {
        let set = Self.separatorBytes(separators)
        return isASCII ? asciiPieces(set, omittingEmpty: omittingEmpty) : characterPieces(set, omittingEmpty: omittingEmpty)
    }

    /// How many pieces `pieces(separatedBy:)` gives, counted on the bytes of ASCII text without
    /// making them.
    func pieceCount(separatedBy separators: String) -> Int {
        let set = Self.separatorBytes(separators)
        // Checked for ASCII and counted in one pass over the bytes in place.
        let counted: Int? = ByteScan.withBytes(of: self) { bytes in
            guard ByteScan.isASCII(bytes) else { return nil }
            var count = 0, inPiece = false
            for byte in bytes {
                let separates = set.contains(byte)
                if !separates && !inPiece { count += 1 }
                inPiece = !separates
            }
            return count
        }
        return counted ?? characterPieces(set).count
    }

    /// `pieces(separatedBy:)` as strings, those of ASCII text made straight from its bytes (not
    /// from substrings, whose indices are checked as they are made: half the cost of a log
    /// entry's words).
    func pieceStrings(separatedBy separators: String) -> [String] {
        let set = Self.separatorBytes(separators)
        guard isASCII else { return characterPieces(set).map(String.init) }
        var text = self
        return text.withUTF8 { bytes in
            var strings: [String] = []
            var start = 0
            for index in bytes.indices where set.contains(bytes[index]) {
                if start < index { strings.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)) }
                start = index + 1
            }
            if start < bytes.count { strings.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self)) }
            return strings
        }
    }

    /// The first of `pieces(separatedBy:)`, found without splitting the rest (a log entry's
    /// first word is asked of every entry).
    func firstPiece(separatedBy separators: String) -> Substring? {
        let set = Self.separatorBytes(separators)
        // The piece's bytes found in one pass over the bytes in place, when they are ASCII.
        let found: Range<Int>?? = ByteScan.withBytes(of: self) { bytes in
            guard ByteScan.isASCII(bytes) else { return nil }
            guard let start = bytes.firstIndex(where: { !set.contains($0) }) else { return .some(nil) }
            return start ..< (bytes[start...].firstIndex(where: set.contains) ?? bytes.count)
        }
        guard let found else {
            return split(maxSplits: 1, omittingEmptySubsequences: true) { $0.asciiValue.map(set.contains) ?? false }.first
        }
        return found.map { self[utf8.index(startIndex, offsetBy: $0.lowerBound) ..< utf8.index(startIndex, offsetBy: $0.upperBound)] }
    }

    /// Whether `lowercased()` starts with `prefix`, lower-case ASCII: lowered only when the first
    /// bytes match it in either case (no other character lowers to lower-case ASCII but the
    /// Kelvin sign, which no prefix asked for holds).
    func lowercasedHasPrefix(_ prefix: StaticString) -> Bool {
        let head = UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount)
        guard utf8.count >= head.count, zip(utf8, head).allSatisfy({ $0.asciiLowercased == $1 }) else { return false }
        return lowercased().hasPrefix(String(decoding: head, as: UTF8.self))
    }

    /// The bytes of `separators`, which must be ASCII characters but CR and LF: CR and LF make
    /// one character together, so splitting bytes and characters on them would differ.
    private static func separatorBytes(_ separators: String) -> ASCIIBytes {
        let set = ASCIIBytes(separators)
        precondition(!set.contains(0x0A) && !set.contains(0x0D), "text is split on ASCII separators but CR and LF")
        return set
    }

    /// Whether every character is ASCII (one byte each, but CR LF).
    var isASCII: Bool { ByteScan.isASCII(self) }

    /// `pieces(separatedBy:)` character by character, for any text.
    func characterPieces(_ separators: ASCIIBytes, omittingEmpty: Bool = true) -> [Substring] {
        split(omittingEmptySubsequences: omittingEmpty) { $0.asciiValue.map(separators.contains) ?? false }
    }

    /// `pieces(separatedBy:)` on bytes, for ASCII text.
    func asciiPieces(_ separators: ASCIIBytes, omittingEmpty: Bool = true) -> [Substring] {
        asciiPieces(omittingEmpty: omittingEmpty) { separators.contains($0) }
    }

    /// The runs of bytes of ASCII text between those that are `separator`s, as
    /// `split(omittingEmptySubsequences:whereSeparator:)` gives them for the same characters.
    func asciiPieces(omittingEmpty: Bool = true, where isSeparator: (UInt8) -> Bool) -> [Substring] {
        var pieces: [Substring] = []
        var start = utf8.startIndex
        var at = start
        while at != utf8.endIndex {
            if isSeparator(utf8[at]) {
                if !omittingEmpty || start != at { pieces.append(self[start..<at]) }
                start = utf8.index(after: at)
            }
            utf8.formIndex(after: &at)
        }
        if !omittingEmpty || start != at { pieces.append(self[start..<at]) }
        return pieces
    }

    /// The characters before the first white space, all of them when there is none: on bytes for
    /// ASCII text, whose white space is tab to carriage return and space (CR LF, one character,
    /// is white space too, and starts with one).
    var leadingWord: Substring {
        guard isASCII else { return prefix { !$0.isWhitespace } }
        return self[..<(utf8.firstIndex { $0 == UInt8(ascii: " ") || (9...13).contains($0) } ?? endIndex)]
    }
}

extension UInt8 {
    /// The byte with an ASCII capital made small; any other byte as it is.
    var asciiLowercased: UInt8 {
        self >= UInt8(ascii: "A") && self <= UInt8(ascii: "Z") ? self + 32 : self
    }
}
