import Testing
@testable import CairnKit

/// The digest behind every "is it the same as last time" of `cairn build`.
@Suite struct FingerprintTests {
    static func digest(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBytes { Fingerprint.number(of: $0) }
    }

    /// Worked by hand from the rule: state 0xcbf29ce484222325; each whole word w (little-endian)
    /// gives p = (state ^ w) * 0x100000001b3 mod 2^64, then state = p ^ (p >> 32); fewer than
    /// eight last bytes are one more word, their count in its top byte.
    @Test(arguments: [("", 0xcbf2_9ce4_8422_2325), ("abc", 0xb581_dc4c_0f60_3ac0), ("abcdefgh", 0x3919_eeb0_37f8_083c),
                      ("abcdefghij", 0x6572_ea6f_7e7d_fc00), ("ab", 0x4981_dc4c_cfb5_3ac0)] as [(String, UInt64)])
    func knownDigests(text: String, expected: UInt64) {
        #expect(Self.digest(Array(text.utf8)) == expected)
        #expect(Fingerprint.mix(0xcbf2_9ce4_8422_2325, 0) == 0xaf63_bd4c_2962_0a93)
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
