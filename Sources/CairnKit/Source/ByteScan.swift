import Foundation

/// Checks made on the UTF-8 bytes of nearly every text a build writes (is it ASCII, has it a
/// character to escape), eight bytes at a time: byte by byte they were some 150 million
/// instructions of a cold build of the default bench plan.
enum ByteScan {
    /// The offset of the first `byte` in `bytes` from `start` on (libc's `memchr`, which reads
    /// many bytes at a step; a loop over a file's megabyte took several instructions a byte).
    static func firstOffset(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int? {
        precondition(start >= 0, "a search starts inside the bytes")
        guard start < bytes.count, let base = bytes.baseAddress,
              let found = memchr(base + start, Int32(byte), bytes.count - start) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    fileprivate static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Whether every byte of `text` is below 0x80.
    static func isASCII(_ text: some StringProtocol) -> Bool {
        withBytes(of: text, isASCII)
    }

    /// Whether every byte is below 0x80.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var offset = 0
        while offset + 8 <= bytes.count {
            if word(bytes, offset) & highs != 0 { return false }
            offset += 8
        }
        while offset < bytes.count {
            if bytes[offset] >= 0x80 { return false }
            offset += 1
        }
        return true
    }

    /// One to five ASCII bytes looked for together, with the words that find each.
    struct Targets: Sendable {
        /// A word of each target byte, eight times; fewer than five targets repeat the first. Held
        /// inline, not in an array, so a word is checked against all five at once.
        fileprivate let patterns: (UInt64, UInt64, UInt64, UInt64, UInt64)
        /// The targets as a set.
        private let set: ASCIIBytes

        init(_ characters: String) {
            let bytes = Array(characters.utf8)
            precondition(!bytes.isEmpty && bytes.count <= 5 && bytes.allSatisfy { $0 < 0x80 },
                         "ByteScan.Targets takes one to five ASCII characters")
            let words = (0 ..< 5).map { ByteScan.ones &* UInt64(bytes[$0 < bytes.count ? $0 : 0]) }
            patterns = (words[0], words[1], words[2], words[3], words[4])
            set = ASCIIBytes(characters)
        }

        /// Whether `byte` is one of the targets.
        func contains(_ byte: UInt8) -> Bool { set.contains(byte) }
    }

    /// Whether `text` holds any of `targets`.
    static func contains(_ text: some StringProtocol, anyOf targets: Targets) -> Bool {
        withBytes(of: text) { contains($0, anyOf: targets) }
    }

    /// Whether `bytes` hold any of `targets`.
    static func contains(_ bytes: UnsafeBufferPointer<UInt8>, anyOf targets: Targets) -> Bool {
        var offset = 0
        let (a, b, c, d, e) = targets.patterns
        while offset + 8 <= bytes.count {
            let word = word(bytes, offset)
            if zeroBytes(word ^ a) | zeroBytes(word ^ b) | zeroBytes(word ^ c) | zeroBytes(word ^ d) | zeroBytes(word ^ e) != 0 {
                return true
            }
            offset += 8
        }
        while offset < bytes.count {
            if targets.contains(bytes[offset]) { return true }
            offset += 1
        }
        return false
    }

    /// Hands `plain` each stretch of `bytes` between bytes of `targets` (never an empty one) and
    /// `target` each byte of `targets`, in the order they stand: an escape's walk, which replaces
    /// those bytes and copies the rest. The targets are ASCII, so they are never part of another
    /// character's bytes, and a mark after one does not hide it as it hides it from a `Character`.
    static func split(_ bytes: UnsafeBufferPointer<UInt8>, at targets: Targets,
                      plain: (UnsafeBufferPointer<UInt8>) -> Void, target: (UInt8) -> Void) {
        var start = 0
        for offset in 0 ..< bytes.count where targets.contains(bytes[offset]) {
            if offset > start { plain(UnsafeBufferPointer(rebasing: bytes[start ..< offset])) }
            target(bytes[offset])
            start = offset + 1
        }
        if start < bytes.count { plain(UnsafeBufferPointer(rebasing: bytes[start...])) }
    }

    /// `text` as `escape` writes its bytes (`split`'s stretches and replacements), or `text` itself
    /// when it holds none of `targets`, the bytes `escape` replaces (most texts: not rebuilt).
    static func escaped(_ text: String, _ targets: Targets,
                        by escape: (UnsafeBufferPointer<UInt8>, (UnsafeBufferPointer<UInt8>) -> Void) -> Void) -> String {
        guard contains(text, anyOf: targets) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        withBytes(of: text) { bytes in escape(bytes) { out.append(contentsOf: $0) } }
        return String(decoding: out, as: UTF8.self)
    }

    /// How many of the first bytes of `bytes`, a whole word of eight at a time, are none that
    /// JSON escapes (a control character below 0x20, `"` or `\`): a string is copied that far
    /// without a look at each byte. The count is a multiple of eight; the bytes after it, up to
    /// seven of them even when none is escaped, are for the caller to look at one by one.
    static func jsonPlainPrefix(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let quotes = ones &* 34, backslashes = ones &* 92, controls: UInt64 = 0xE0E0_E0E0_E0E0_E0E0
        var offset = 0
        while offset + 8 <= bytes.count {
            let word = word(bytes, offset)
            // A byte below 0x20 is one whose three high bits are all zero.
            if zeroBytes(word & controls) | zeroBytes(word ^ quotes) | zeroBytes(word ^ backslashes) != 0 { return offset }
            offset += 8
        }
        return offset
    }

    /// Whether the bytes of a file's name end in `.md` (a dot joined by a mark before it is still
    /// the name's dot: the bytes are compared, not characters).
    static func endsInMarkdown(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        return count >= 3 && bytes[count - 3] == UInt8(ascii: ".") && bytes[count - 2] == UInt8(ascii: "m")
            && bytes[count - 1] == UInt8(ascii: "d")
    }

    /// FNV-1a over the bytes: the same on every run, and a few instructions a byte, for the short
    /// texts hashed one by one (names looked up, a map's keys told apart).
    static func fnv1a(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = FNV1a()
        for byte in bytes { hash.add(byte) }
        return hash.value
    }

    /// `fnv1a` a byte at a time, for bytes hashed as they are written.
    struct FNV1a {
        private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

        @inline(__always)
        mutating func add(_ byte: UInt8) { value = (value ^ UInt64(byte)) &* 0x100_0000_01b3 }
    }

    /// Nonzero when a byte of `value` is zero (the classic test: exact, no false positives).
    private static func zeroBytes(_ value: UInt64) -> UInt64 {
        (value &- ones) & ~value & highs
    }

    private static func word(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> UInt64 {
        UnsafeRawPointer(bytes.baseAddress! + offset).loadUnaligned(as: UInt64.self)
    }

    /// `body` over the UTF-8 bytes of `text`, in place when they are contiguous, else copied.
    static func withBytes<R>(of text: some StringProtocol, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        text.utf8.withContiguousStorageIfAvailable(body) ?? Array(text.utf8).withUnsafeBufferPointer(body)
    }
}

/// A set of ASCII bytes as bits, made from a text without an array (texts are split on a set of
/// separators at every log entry): byte b is in it when bit b of `low` (b < 64) or of `high`
/// (b - 64) is set.
struct ASCIIBytes: Sendable {
    private var low: UInt64 = 0, high: UInt64 = 0

    /// The bytes of `characters`, which must be ASCII.
    init(_ characters: String) {
        for byte in characters.utf8 {
            precondition(byte < 0x80, "a set of ASCII bytes holds ASCII characters only")
            if byte < 64 { low |= 1 << UInt64(byte) } else { high |= 1 << UInt64(byte - 64) }
        }
    }

    func contains(_ byte: UInt8) -> Bool {
        byte < 64 ? low >> UInt64(byte) & 1 != 0 : byte < 128 && high >> UInt64(byte - 64) & 1 != 0
    }
}
