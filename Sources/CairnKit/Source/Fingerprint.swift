/// A 64-bit digest of the bytes given to it, in order: how `cairn build` knows that what a page,
/// a past day of a burn-down or a plan file read is made from is what it was made from last time.
/// It guards against accidents, not adversaries.
///
/// It is made of xxHash64's parts (not xxHash64 itself, whose short inputs go another way): the
/// bytes are taken eight at a time, as a little-endian word, each multiplied by a prime and added
/// to the state, the sum rotated and multiplied by another (xxHash64's round, `mix`); the last
/// bytes, fewer than eight, are one more word; then the count of bytes is xored in and the state
/// mixed by xxHash64's final avalanche, so that every bit of the input reaches every bit of the
/// digest. Each step is
/// one-to-one in the word for a given state, so inputs of one length that differ in one word
/// always differ in digest. FNV-1a, before it, spent a multiplication on each byte; this spends
/// two on eight. The bytes may come in pieces of any size: the digest is that of them all in order.
public struct Fingerprint: ByteSink, Sendable, Equatable {
    private var value: UInt64 = 0x27d4_eb2f_1656_67c5
    /// The bytes given since the last whole word, the first in the lowest byte.
    private var pending: UInt64 = 0
    private var pendingCount = 0
    /// How many bytes were given.
    private var count: UInt64 = 0

    static let prime1: UInt64 = 0x9e37_79b1_85eb_ca87
    static let prime2: UInt64 = 0xc2b2_ae3d_27d4_eb4f
    static let prime3: UInt64 = 0x1656_67b1_9e37_79f9

    public init() {}

    public mutating func add(_ bytes: UnsafeRawBufferPointer) {
        var index = 0
        let total = bytes.count
        count &+= UInt64(total)
        // A word begun by earlier bytes is finished first.
        while pendingCount > 0, index < total {
            take(bytes[index])
            index += 1
        }
        var value = self.value
        while index + 8 <= total {
            value = Self.mix(value, UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)))
            index += 8
        }
        self.value = value
        while index < total {
            take(bytes[index])
            index += 1
        }
    }

    /// One byte, as `add` of a buffer holding it digests it.
    public mutating func add(byte: UInt8) {
        count &+= 1
        take(byte)
    }

    /// `line` and a line break after it, so that lines given one by one are told apart from
    /// the same bytes broken elsewhere (a line holds no line break of its own).
    public mutating func add(line: String) {
        var text = line
        text.withUTF8 { add(UnsafeRawBufferPointer($0)) }
        count &+= 1
        take(10)
    }

    /// The digest as a number.
    public var number: UInt64 {
        var digest = (pendingCount == 0 ? value : Self.mix(value, pending)) ^ count
        digest ^= digest >> 33
        digest &*= Self.prime2
        digest ^= digest >> 29
        digest &*= Self.prime3
        return digest ^ digest >> 32
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

    /// The state after `word`: xxHash64's round.
    static func mix(_ state: UInt64, _ word: UInt64) -> UInt64 {
        let sum = state &+ word &* prime2
        return (sum << 31 | sum >> 33) &* prime1
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
