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

    @Test func jsonPlainPrefixStopsAtTheWordOfTheFirstByteToEscape() {
        // Every byte value at every place of texts of up to 40 bytes: those JSON escapes (below
        // 0x20, the quote, the backslash) and their neighbours in value (0x20, 0x21, 0x23, 0x5b,
        // 0x5d, 0x7f, 0xe0...), which a faulty word test confuses with them.
        for length in 0...40 {
            for place in 0 ..< max(1, length) {
                for odd in UInt8.min ... UInt8.max {
                    var bytes = [UInt8](repeating: UInt8(ascii: "x"), count: length)
                    if length > 0 { bytes[place] = odd }
                    let first = bytes.firstIndex { $0 < 0x20 || $0 == 34 || $0 == 92 }
                    let expected = min(first.map { $0 / 8 * 8 } ?? length, length / 8 * 8)
                    #expect(bytes.withUnsafeBufferPointer(ByteScan.jsonPlainPrefix) == expected, "\(odd) at \(place) of \(length)")
                }
            }
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

    /// A target set answers for each byte value as its list does, on both sides of 64 (its two words).
    @Test func targetsHoldTheirBytes() {
        for targets in ["|\n\r", "&<>\"'", "?@\u{7f}\u{0}~"] {
            let set = ByteScan.Targets(targets), bytes = Array(targets.utf8)
            for byte in UInt8.min...UInt8.max {
                #expect(set.contains(byte) == bytes.contains(byte), "\(byte) in \(targets.debugDescription)")
            }
        }
    }

    /// The escapes replace each byte of their targets, whatever follows it, and copy the rest: as
    /// the rules written over the bytes say, on seeded random texts of targets, marks that join a
    /// character to the one before it (a combining accent, a joiner, a variation selector), line
    /// breaks and other characters.
    @Test func escapesReplaceEveryTargetByte() {
        var random = SeededRandom(state: 7)
        let pieces = ["&", "<", ">", "\"", "'", "|", "\n", "\r", "\r\n", "\u{301}", "\u{200D}", "\u{FE0F}", "a", " ", "é", "👩‍💻"]
        for _ in 0 ..< 3_000 {
            let text = (0 ..< Int.random(in: 0 ... 12, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            #expect(Array(SVG.escape(text).utf8) == Self.htmlRule(text), "\(text.debugDescription)")
            #expect(Array(MarkdownContentType.escape(text).utf8) == Self.markdownRule(text), "\(text.debugDescription)")
        }
        #expect(SVG.escape("x\"\u{301} onclick=alert(1)") == "x&quot;\u{301} onclick=alert(1)")
        #expect(MarkdownContentType.escape("a|\u{301}b\r\n\nc") == "a\\|\u{301}b c")
    }

    /// HTML: each of `&<>"'` as its entity.
    static func htmlRule(_ text: String) -> [UInt8] {
        let entities: [UInt8: String] = [38: "&amp;", 60: "&lt;", 62: "&gt;", 34: "&quot;", 39: "&#39;"]
        return text.utf8.flatMap { entities[$0].map { Array($0.utf8) } ?? [$0] }
    }

    /// Markdown: a pipe escaped, each run of CR and LF bytes one space.
    static func markdownRule(_ text: String) -> [UInt8] {
        var out: [UInt8] = [], afterBreak = false
        for byte in text.utf8 {
            let isBreak = byte == 10 || byte == 13
            if byte == 124 {
                out += [92, 124]
            } else if !isBreak {
                out.append(byte)
            } else if !afterBreak {
                out.append(32)
            }
            afterBreak = isBreak
        }
        return out
    }

    /// Appending a text escaped gives the escape functions' bytes, whether the text needs them or not.
    @Test func appendingEscapedAsTheEscapes() {
        for text in Self.texts() + ["a & b", "<b>", "x|y\r\nz", "&\u{301}", "|\u{301}"] {
            let html = ByteStream(), markdown = ByteStream()
            html.append(1)
            markdown.append(2)
            html.append(html: text)
            markdown.append(markdown: text)
            #expect(html.bytes == [1] + Array(SVG.escape(text).utf8), "\(text.debugDescription)")
            #expect(markdown.bytes == [2] + Array(MarkdownContentType.escape(text).utf8), "\(text.debugDescription)")
        }
    }

    /// Pieces are counted as `pieces(separatedBy:)` makes them, and a line's first column that is
    /// not blank is the one `Character`s give.
    @Test func piecesAndColumnsAsCharactersGiveThem() {
        let texts = Self.texts() + ["a b", " a  b ", "\t", "a\u{301} b", "  \u{301}x", " \tx", "\t\u{301}", "   "]
        for text in texts {
            for separators in [" ", " \t", "|"] {
                #expect(text.pieceCount(separatedBy: separators) == text.pieces(separatedBy: separators).count, "\(text.debugDescription)")
            }
            let line = text.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
            let expected = (line.firstIndex { $0 != " " && $0 != "\t" }).map { line.distance(from: line.startIndex, to: $0) + 1 } ?? 1
            #expect(SourceFile(path: "x", text: line).firstNonBlankColumn(1) == expected, "\(line.debugDescription)")
        }
        // Every line of one file, each after blanks of its own, and lines outside the file.
        let blanks = ["", " ", "\t", "  \t "]
        let file = SourceFile(path: "x", text: texts.enumerated().map { blanks[$0.offset % blanks.count] + $0.element }.joined(separator: "\n"))
        for number in 0 ... file.lineCount + 1 {
            let line = file.line(number)
            let expected = (line.firstIndex { $0 != " " && $0 != "\t" }).map { line.distance(from: line.startIndex, to: $0) + 1 } ?? 1
            #expect(file.firstNonBlankColumn(number) == expected, "line \(number): \(line.debugDescription)")
        }
    }

    /// A byte is found where a search of the array finds it, from any start, or not at all.
    @Test func firstOffsetAsTheArrayFindsIt() {
        for text in Self.texts() {
            let bytes = Array(text.utf8)
            bytes.withUnsafeBufferPointer { buffer in
                for byte: UInt8 in [0, 10, 13, UInt8(ascii: "|"), UInt8(ascii: "x")] {
                    for start in 0...bytes.count + 1 {
                        let expected = start < bytes.count ? bytes[start...].firstIndex(of: byte) : nil
                        #expect(ByteScan.firstOffset(of: byte, in: buffer, from: start) == expected, "\(byte) from \(start) in \(text.debugDescription)")
                    }
                }
            }
        }
    }
}
