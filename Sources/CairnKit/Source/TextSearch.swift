/// Finding text in text without Foundation: `range(of:)` and `contains(_:)` on strings bridge
/// through `NSString` (UTF-16) on Linux, which showed in profiles of reading a plan. These
/// compare UTF-8 bytes, so a match is exact: no case folding, no canonical equivalence.
extension StringProtocol {
    /// The first occurrence of `needle`, or nil (and nil for an empty needle).
    func firstOccurrence(of needle: some StringProtocol) -> Range<Index>? {
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty else { return nil }
        let found = utf8.withContiguousStorageIfAvailable { Self.offset(of: pattern, in: $0) }
            ?? Array(utf8).withUnsafeBufferPointer { Self.offset(of: pattern, in: $0) }
        guard let found else { return nil }
        let start = utf8.index(utf8.startIndex, offsetBy: found)
        return start..<utf8.index(start, offsetBy: pattern.count)
    }

    /// Whether `needle` occurs in the text (an empty needle does not).
    func containsText(_ needle: some StringProtocol) -> Bool {
        firstOccurrence(of: needle) != nil
    }

    private static func offset(of pattern: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard pattern.count <= bytes.count else { return nil }
        let first = pattern[0]
        var i = 0
        while i <= bytes.count - pattern.count {
            if bytes[i] == first {
                var j = 1
                while j < pattern.count && bytes[i + j] == pattern[j] { j += 1 }
                if j == pattern.count { return i }
            }
            i += 1
        }
        return nil
    }
}
