import Testing
@testable import CairnKit

/// The whole-number and currency-code paths read what the general rules read.
@Suite struct NumberFastPathTests {
    /// Texts of digits (most of them), signs, separators, points and letters, 0 to 18 bytes long.
    private static func samples(count: Int) -> [String] {
        var random = SeededRandom(state: 1612)
        let digits = Array("0123456789"), others = Array("0123456789+-.,_ eE")
        return (0..<count).map { index in
            let alphabet = index % 3 == 0 ? others : digits
            return String((0..<Int.random(in: 0...18, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
        }
    }

    @Test func wholeNumbersParseAsTheirText() {
        for text in Self.samples(count: 5_000) {
            #expect(ValueReader.parseNumber(text) == ValueReader.anyNumber(text), "\(text.debugDescription)")
            if let whole = ValueReader.wholeNumber(text) { #expect(whole == Double(text)!, "\(text.debugDescription)") }
        }
        // 15 digits are read whole; 16 go by the rule (2^53 + 1 rounds to 2^53).
        #expect(ValueReader.wholeNumber("999999999999999") == 999_999_999_999_999)
        #expect(ValueReader.wholeNumber("9007199254740993") == nil && ValueReader.parseNumber("9007199254740993") == 9_007_199_254_740_992)
        #expect(ValueReader.wholeNumber("007") == 7 && ValueReader.wholeNumber("") == nil && ValueReader.wholeNumber("1,000") == nil)
        #expect(ValueReader.parseNumber("1,000") == 1_000 && ValueReader.parseNumber("-2.5") == -2.5 && ValueReader.parseNumber("1e3") == nil)
    }

    @Test func asciiCurrencyCodesAreTheCharacterRulesCodes() {
        // Every text of three bytes from letters, digits and the bytes next to the letters' ranges.
        let bytes = Array("@AZ[`az{0é".utf8) + [0xC3, 0x80]
        var texts = ["", "us", "usdx", "usd", "Eur", "GBP", "ÉUR", "e\u{301}ur"]
        for a in bytes { for b in bytes { for c in bytes { texts.append(String(decoding: [a, b, c], as: UTF8.self)) } } }
        for text in texts {
            let byRule = text.count == 3 && text.allSatisfy { $0.isASCII && $0.isLetter } ? text.uppercased() : nil
            let read = ValueReader.asciiCurrency(text)
            #expect(read == nil || read == byRule, "\(text.debugDescription)")
            if text.utf8.count == 3, text.utf8.allSatisfy({ $0 < 0x80 }) { #expect(read == byRule, "\(text.debugDescription)") }
        }
        #expect(ValueReader.asciiCurrency("usd") == "USD" && ValueReader.asciiCurrency("US1") == nil)
    }
}
