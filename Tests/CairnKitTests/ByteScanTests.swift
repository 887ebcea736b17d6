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
