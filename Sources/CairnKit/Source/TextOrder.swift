import Foundation

/// Texts sorted as `String`'s `<` sorts them (Unicode's canonical order), and faster where it
/// can be: two ASCII texts are in that order exactly when their bytes are, so a list of ASCII
/// texts is sorted by comparing bytes (`memcmp`). Sorted by `<`, the 2,000 names of a plan's
/// folder of postings took about 3,000 instructions each, most of them the standard library's
/// checks at every comparison.
enum TextOrder {
    /// `texts.sorted()`, byte by byte when every text is ASCII.
    static func sorted(_ texts: [String]) -> [String] {
        guard texts.count > 1 else { return texts }
        // Every text's bytes in one buffer, each at its span: no text is touched as a `String`
        // while they are sorted.
        var bytes: [UInt8] = [], spans: [Range<Int>] = []
        spans.reserveCapacity(texts.count)
        for text in texts {
            let start = bytes.count
            bytes.append(contentsOf: text.utf8)
            spans.append(start ..< bytes.count)
        }
        var order = Array(texts.indices)
        let ascii = bytes.withUnsafeBufferPointer { buffer in
            guard ByteScan.isASCII(buffer) else { return false }
            let base = buffer.baseAddress!
            // Each text's first sixteen bytes as two numbers, most significant byte first and
            // zeros after the end: texts that differ there are in the order of their numbers (a
            // shorter text that is the start of a longer one has the smaller number, unless the
            // longer one goes on with a zero byte, and then the numbers are equal). Names of one
            // folder share their first bytes ("posting-0"), so both numbers are compared before
            // the bytes themselves.
            let prefixes = spans.map { span in Self.prefix(of: UnsafeBufferPointer(rebasing: buffer[span])) }
            prefixes.withUnsafeBufferPointer { prefixes in spans.withUnsafeBufferPointer { spans in order.sort { a, b in
                if prefixes[a] != prefixes[b] { return prefixes[a] < prefixes[b] }
                let x = spans[a], y = spans[b]
                let common = min(x.count, y.count)
                let compared = common == 0 ? 0 : memcmp(base + x.lowerBound, base + y.lowerBound, common)
                return compared == 0 ? x.count < y.count : compared < 0
            } } }
            return true
        }
        return ascii ? order.map { texts[$0] } : texts.sorted()
    }

    /// The first sixteen of `bytes` as two numbers, the first byte highest, zeros after the end.
    private static func prefix(of bytes: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64) {
        (number(bytes, from: 0), number(bytes, from: 8))
    }

    /// Eight of `bytes` from `start` as a number, the first byte highest, zeros after the end:
    /// read in one load when all eight are there.
    private static func number(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> UInt64 {
        if start + 8 <= bytes.count {
            return UInt64(bigEndian: UnsafeRawPointer(bytes.baseAddress! + start).loadUnaligned(as: UInt64.self))
        }
        var value: UInt64 = 0
        for index in start ..< start + 8 { value = value << 8 | UInt64(index < bytes.count ? bytes[index] : 0) }
        return value
    }
}
