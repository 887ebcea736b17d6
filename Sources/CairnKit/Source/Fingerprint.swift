/// A 64-bit digest of the bytes given to it, in order: how `cairn build` knows that what a page,
/// a past day of a burn-down or a plan file read is made from is what it was made from last time.
/// It guards against accidents, not adversaries: two different inputs share a digest with a chance
/// of about one in 2^64.
///
/// The bytes are taken eight at a time, as a little-endian word: the word is xored into the
/// state, which is then multiplied by FNV's 64-bit prime and its high half xored into its low half
/// (`mix`). Each step is one-to-one in the state for a given word, and one-to-one in the word for
/// a given state, so inputs that differ in one word always differ in digest. The last bytes, fewer
/// than eight, are one more word with their count in its top byte. A byte at a time, FNV-1a spent
/// a multiplication on each byte; this spends one on eight, and the bytes may come in pieces of
/// any size: the digest is that of them all in order.
public struct Fingerprint: ByteSink, Sendable, Equatable {
    private var value: UInt64 = 0xcbf2_9ce4_8422_2325
    /// The bytes given since the last whole word, the first in the lowest byte.
    private var pending: UInt64 = 0
    private var pendingCount = 0

    private static let prime: UInt64 = 0x0000_0100_0000_01b3

    public init() {}

    public mutating func add(_ bytes: UnsafeRawBufferPointer) {
        var index = 0
        let count = bytes.count
        // A word begun by earlier bytes is finished first.
        while pendingCount > 0, index < count {
            take(bytes[index])
            index += 1
        }
        var value = self.value
        while index + 8 <= count {
            value = Self.mix(value, UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)))
            index += 8
        }
        self.value = value
        while index < count {
            take(bytes[index])
            index += 1
        }
    }

    /// `line` and a line break after it, so that lines given one by one are told apart from
    /// the same bytes broken elsewhere (a line holds no line break of its own).
    public mutating func add(line: String) {
        var text = line
        text.withUTF8 { add(UnsafeRawBufferPointer($0)) }
        take(10)
    }

    /// The digest as a number.
    public var number: UInt64 {
        pendingCount == 0 ? value : Self.mix(value, pending | UInt64(pendingCount) << 56)
    }

    /// The digest of `bytes` alone, as a number.
    public static func number(of bytes: UnsafeRawBufferPointer) -> UInt64 {
        var digest = Fingerprint()
        digest.add(bytes)
        return digest.number
    }

    /// The digest as 16 lowercase hexadecimal digits.
    public var hex: String {
        let digits = String(number, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// The state after `word`.
    static func mix(_ state: UInt64, _ word: UInt64) -> UInt64 {
        let product = (state ^ word) &* prime
        return product ^ product >> 32
    }

    private mutating func take(_ byte: UInt8) {
        pending |= UInt64(byte) << (8 * UInt64(pendingCount))
        pendingCount += 1
        if pendingCount == 8 {
            value = Self.mix(value, pending)
            (pending, pendingCount) = (0, 0)
        }
    }
}
