import Testing
@testable import CairnKit

/// The eight-bytes-at-a-time checks answer as the byte-by-byte ones.
@Suite struct ByteScanTests {
    /// Texts of every length up to 40 bytes (whole words, then a tail), with the byte looked for
    /// at every place, and bytes next to it in value (which a faulty word test confuses with it).
    static func texts() -> [String] {
        var texts = ["", "é", "👩‍💻", "ab\u{301}c"]
        for length in 0...40 {
            let plain = String(repeating: "x", count: length)
            texts.append(plain)
            for place in 0..<length {
                for odd in ["|", "{", "}", "&", "%", "'", "(", "\n", "\r", "é", "\u{7f}", "\u{80}", "\u{00}"] {
                    var characters = Array(plain)
                    characters[place] = Character(odd)
                    texts.append(String(characters))
                }
            }
        }
        return texts
    }

    @Test func isASCIIAsByteByByte() {
        for text in Self.texts() {
            #expect(ByteScan.isASCII(text) == text.utf8.allSatisfy { $0 < 0x80 }, "\(text.debugDescription)")
            #expect(ByteScan.isASCII(text.dropFirst()) == text.dropFirst().utf8.allSatisfy { $0 < 0x80 })
        }
    }

    @Test func containsAsByteByByte() {
        for targets in ["|\n\r", "&<>\"'", "{"] {
            let set = ByteScan.Targets(targets)
            let bytes = Array(targets.utf8)
            for text in Self.texts() {
                #expect(ByteScan.contains(text, anyOf: set) == text.utf8.contains(where: bytes.contains), "\(targets.debugDescription) in \(text.debugDescription)")
            }
        }
    }
}
