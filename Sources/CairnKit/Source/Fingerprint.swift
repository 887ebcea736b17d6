/// A 64-bit FNV-1a digest of the bytes given to it, in order: how `cairn build` knows that what a
/// page, a past day of a burn-down or a plan file read is made from is what it was made from last
/// time. It guards against accidents, not adversaries: two different inputs share a digest with a
/// chance of about one in 2^64.
public struct Fingerprint: ByteSink, Sendable, Equatable {
    private var value: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    public mutating func add(_ bytes: UnsafeRawBufferPointer) {
        var value = self.value
        for byte in bytes { value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        self.value = value
    }

    /// `line` and a line break after it, so that lines given one by one are told apart from
    /// the same bytes broken elsewhere (a line holds no line break of its own).
    public mutating func add(line: String) {
        var text = line
        text.withUTF8 { add(UnsafeRawBufferPointer($0)) }
        value = (value ^ 10) &* 0x0000_0100_0000_01b3
    }

    /// The digest as a number.
    public var number: UInt64 { value }

    /// The digest of `bytes` alone, as a number.
    public static func number(of bytes: UnsafeRawBufferPointer) -> UInt64 {
        var digest = Fingerprint()
        digest.add(bytes)
        return digest.number
    }

    /// The digest as 16 lowercase hexadecimal digits.
    public var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
