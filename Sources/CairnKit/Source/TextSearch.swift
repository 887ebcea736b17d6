#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finding text in text without Foundation: `range(of:)` and `contains(_:)` on strings bridge
/// through `NSString` (UTF-16) on Linux, which showed in profiles of reading a plan. These
/// compare UTF-8 bytes (`memchr` for the first, `memcmp` for the rest), so a match is exact: no
/// case folding, no canonical equivalence. The one byte search of the project: skill names in
/// posting titles, tokens on a line, splice markers in a page of megabytes, the members of an
/// encoded analysis (`ByteSearch`).
extension StringProtocol {
    /// The first occurrence of `needle`, or nil (and nil for an empty needle).
    func firstOccurrence(of needle: some StringProtocol) -> Range<Index>? {
        let found = ByteScan.withBytes(of: self) { haystack in
            ByteScan.withBytes(of: needle) { ByteSearch.offset(of: UnsafeRawBufferPointer($0), in: UnsafeRawBufferPointer(haystack)) }
        }
        guard let found else { return nil }
        let start = utf8.index(utf8.startIndex, offsetBy: found)
        return start..<utf8.index(start, offsetBy: needle.utf8.count)
    }

    /// Whether `needle` occurs in the text (an empty needle does not).
    func containsText(_ needle: some StringProtocol) -> Bool {
        firstOccurrence(of: needle) != nil
    }
}

/// The byte search under `firstOccurrence`, for bytes that are no string (an encoded analysis).
enum ByteSearch {
    /// Where `pattern` first starts in `bytes`, or nil (and nil for an empty pattern).
    static func offset(of pattern: UnsafeRawBufferPointer, in bytes: UnsafeRawBufferPointer) -> Int? {
        guard let first = pattern.first, let base = bytes.baseAddress, pattern.count <= bytes.count else { return nil }
        let lastStart = bytes.count - pattern.count
        var at = 0
        while at <= lastStart, let hit = memchr(base + at, Int32(first), lastStart + 1 - at) {
            at = base.distance(to: UnsafeRawPointer(hit))
            if memcmp(base + at, pattern.baseAddress!, pattern.count) == 0 { return at }
            at += 1
        }
        return nil
    }
}
