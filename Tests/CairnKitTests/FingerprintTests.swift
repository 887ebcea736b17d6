import Testing
@testable import CairnKit

/// The digest behind every "is it the same as last time" of `cairn build`.
@Suite struct FingerprintTests {
    static func digest(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBytes { Fingerprint.number(of: $0) }
    }

    /// Worked by hand from the rule: state 0x27d4eb2f165667c5; each whole word w (little-endian)
    /// gives s = rotl(state + w * P2, 31) * P1 (mod 2^64); fewer than eight last bytes are one more
    /// word; then d = state ^ count, d ^= d >> 33, d *= P2, d ^= d >> 29, d *= P3, d ^= d >> 32,
    /// with xxHash64's P1 = 0x9e3779b185ebca87, P2 = 0xc2b2ae3d27d4eb4f, P3 = 0x165667b19e3779f9.
    /// (The empty input is xxHash64's own digest of nothing.)
    @Test(arguments: [("", 0xef46_db37_51d8_e999), ("abc", 0xaf16_288a_1bdc_02a0), ("abcdefgh", 0x01fa_a603_26b6_0429),
                      ("abcdefghij", 0x4089_c63c_a4a7_42d2), ("ab", 0x00c2_42ad_42b9_a04c)] as [(String, UInt64)])
    func knownDigests(text: String, expected: UInt64) {
        #expect(Self.digest(Array(text.utf8)) == expected)
        #expect(Fingerprint.mix(0x27d4_eb2f_1656_67c5, 0) == 0x5eb0_68eb_660a_28a1)
    }

    /// Pairs an earlier digest (each word multiplied, its high half folded down) could not tell
    /// apart: the top bits of three bytes flipped, and a short last word against a whole one.
    @Test func differencesAMultiplicationAloneCarriesUpwardAreSeen() {
        let text = Array("abcdefghijklmnop".utf8)
        var flipped = text
        for index in [7, 11, 15] { flipped[index] ^= 0x80 }
        #expect(Self.digest(text) != Self.digest(flipped))
        #expect(Self.digest(Array("x".utf8)) != Self.digest(Array("x".utf8) + [0, 0, 0, 0, 0, 0, 1]))
    }

    @Test func aTrailingZeroByteIsABytePresent() {
        #expect(Self.digest(Array("ab".utf8)) != Self.digest(Array("ab".utf8) + [0]))
        #expect(Self.digest([]) != Self.digest([0]))
        #expect(Self.digest(Array(repeating: 0, count: 8)) != Self.digest(Array(repeating: 0, count: 16)))
    }

    @Test func bytesGivenInPiecesOfAnySizeDigestAsAWhole() {
        var random = SeededRandom(state: 7)
        let bytes = (0 ..< 61).map { _ in UInt8.random(in: 0 ... 255, using: &random) }
        let whole = Self.digest(bytes)
        for first in 0 ... bytes.count {
            for second in first ... min(bytes.count, first + 9) {
                var digest = Fingerprint()
                bytes.withUnsafeBytes { all in
                    digest.add(UnsafeRawBufferPointer(rebasing: all[..<first]))
                    digest.add(UnsafeRawBufferPointer(rebasing: all[first ..< second]))
                    digest.add(UnsafeRawBufferPointer(rebasing: all[second...]))
                }
                #expect(digest.number == whole, "pieces \(first) and \(second)")
                #expect(digest == { var one = Fingerprint(); bytes.withUnsafeBytes { one.add($0) }; return one }())
            }
        }
    }

    /// A byte given alone (`add(byte:)`) digests as a buffer holding it, wherever it falls in a word.
    @Test func bytesGivenOneByOneDigestAsAWhole() {
        var random = SeededRandom(state: 11)
        let bytes = (0 ..< 61).map { _ in UInt8.random(in: 0 ... 255, using: &random) }
        for split in 0 ... bytes.count {
            var digest = Fingerprint()
            bytes.withUnsafeBytes { all in digest.add(UnsafeRawBufferPointer(rebasing: all[..<split])) }
            for byte in bytes[split...] { digest.add(byte: byte) }
            #expect(digest == { var one = Fingerprint(); bytes.withUnsafeBytes { one.add($0) }; return one }(), "bytes alone from \(split)")
        }
    }

    @Test func anyOneByteChangedChangesTheDigest() {
        let bytes = (0 ..< 67).map { UInt8($0 * 37 % 256) }
        let original = Self.digest(bytes)
        var seen: Set<UInt64> = [original]
        for index in bytes.indices {
            for flip: UInt8 in [1, 0x80, 0xff] {
                var changed = bytes
                changed[index] ^= flip
                #expect(seen.insert(Self.digest(changed)).inserted, "byte \(index) xor \(flip)")
            }
        }
    }

    @Test func linesAreToldApartFromTheSameBytesBrokenElsewhere() {
        var one = Fingerprint(), other = Fingerprint()
        one.add(line: "ab")
        one.add(line: "c")
        other.add(line: "a")
        other.add(line: "bc")
        #expect(one.number != other.number)
        var line = Fingerprint()
        line.add(line: "a")
        #expect(line.number == Self.digest(Array("a\n".utf8)))
        #expect(one.hex.count == 16 && one.hex == String(one.number, radix: 16).leftPadded)
    }
}

private extension String {
    var leftPadded: String { String(repeating: "0", count: 16 - count) + self }
}
