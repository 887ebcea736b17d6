import Foundation
import Testing
@testable import CairnKit

/// Cairn's own trimming must remove exactly what Foundation's did.
@Suite struct TrimmingTests {
    static let samples = [
        "", " ", "\t", "plain", "  two sides\t", "\u{00A0}no-break\u{3000}", "\u{2003}em\u{202F}",
        "\n line \r\n", "\u{2028}sep\u{2029}", "\u{85}next\u{0B}\u{0C}", " \u{301}combining ", "🙂 ",
        "inner  space kept", "\u{200B}zero width is not a space\u{200B}", "tab last\t", "\tfirst tab", "a ", " a", "x",
        "é at the start", "at the end é", " \u{00A0} mixed\t\u{2003} ", "\t\u{3000}x\u{200B} ", "  é  ", " \u{301} ",
    ]

    @Test func spacesMatchFoundationsWhitespaces() {
        for sample in Self.samples {
            #expect(sample.trimmingBlanks == sample.trimmingCharacters(in: .whitespaces), "\(sample.unicodeScalars.map(\.value))")
            #expect(sample.dropFirst(0).trimmingBlanks == sample.trimmingCharacters(in: .whitespaces))
        }
        #expect("\u{00A0}a\t".trimmingBlanks == "a")
        #expect("\na\n".trimmingBlanks == "\na\n")
    }

    /// Slices of random texts, trimmed or not at either end; and as strings, which are given
    /// back as they are when their two ends tell there is nothing to trim.
    @Test func slicesMatchFoundationsWhitespaces() {
        var random = SeededRandom(state: 12)
        let alphabet: [Character] = [" ", "\t", "a", "b", "é", "\u{00A0}", "\u{301}", "🙂", "\u{2003}", "\n"]
        for _ in 0 ..< 5_000 {
            let text = String((0 ..< Int.random(in: 0 ... 8, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
            let from = Int.random(in: 0 ... text.count, using: &random), to = Int.random(in: from ... text.count, using: &random)
            let slice = text.dropFirst(from).dropLast(text.count - to)
            #expect(String(slice.blanksTrimmed) == slice.trimmingCharacters(in: .whitespaces), "\(slice.unicodeScalars.map(\.value))")
            #expect(String(slice).trimmingBlanks == slice.trimmingCharacters(in: .whitespaces), "\(slice.unicodeScalars.map(\.value))")
        }
    }

    @Test func whitespaceMatchesFoundationsWhitespacesAndNewlines() {
        for sample in Self.samples {
            #expect(sample.trimmingWhitespace == sample.trimmingCharacters(in: .whitespacesAndNewlines),
                    "\(sample.unicodeScalars.map(\.value))")
        }
        #expect("\u{2028} a \r\n".trimmingWhitespace == "a")
    }

    @Test func setsOfASCIICharacters() {
        #expect("--a-b--".trimming("-") == "a-b")
        #expect("(word),;".trimming(".,;:!?)") == "(word")
        #expect("".trimming("-") == "")
        #expect("---".trimming("-") == "")
    }
}
