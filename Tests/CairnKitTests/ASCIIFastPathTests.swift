import Testing
@testable import CairnKit

/// The byte-level paths for ASCII text must give what the character-level paths give.
@Suite struct ASCIIFastPathTests {
    /// Random ASCII strings weighted toward the characters the rules treat specially.
    private static func samples(count: Int) -> [String] {
        var random = SeededRandom(state: 42)
        let alphabet = Array("aZq09+#-_ \t\r\n./()&é".unicodeScalars.filter(\.isASCII)) + (0..<128).compactMap { Unicode.Scalar($0) }
        return (0..<count).map { _ in
            String(String.UnicodeScalarView((0..<Int.random(in: 0...24, using: &random)).map { _ in alphabet.randomElement(using: &random)! }))
        }
    }

    @Test func normalisingASCIIMatchesNormalisingCharacters() {
        for text in Self.samples(count: 2_000) {
            #expect(Taxonomy.normaliseASCII(text) == Taxonomy.normaliseCharacters(text), "\(text.debugDescription)")
        }
        #expect(Taxonomy.normaliseASCII("") == "" && Taxonomy.normaliseASCII(" -_\t") == "" && Taxonomy.normaliseASCII("A") == "a")
        #expect(Taxonomy.normalise("  Go-Lang__Basics\t") == "go lang basics")
        #expect(Taxonomy.normalise("Ünïcode Skill") == "ünïcode skill")  // the character path
    }

    /// The bytes normalised come with their FNV-1a hash, as `ByteScan.fnv1a` gives it for them;
    /// a text with a byte that is not ASCII gives nothing.
    @Test func normalisingASCIIBytesHashesWhatItWrites() {
        for text in Self.samples(count: 2_000) + ["é", "a é", "ab\u{80}"] {
            let result = Array(text.utf8).withUnsafeBufferPointer { name in
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, name.count)) { out in
                    Taxonomy.normaliseASCII(name, into: out).map { (bytes: Array(out[..<$0.count]), hash: $0.hash) }
                }
            }
            guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
                #expect(result == nil, "\(text.debugDescription)")
                continue
            }
            #expect(result?.bytes == Array(Taxonomy.normaliseCharacters(text).utf8), "\(text.debugDescription)")
            #expect(result?.hash == result?.bytes.withUnsafeBufferPointer(ByteScan.fnv1a), "\(text.debugDescription)")
        }
    }

    @Test func asciiWordsMatchCharacterWords() {
        for text in Self.samples(count: 2_000) {
            for lowercased in [true, false] {
                #expect(SkillMatcher.asciiWords(text, lowercased: lowercased) == SkillMatcher.characterWords(text, lowercased: lowercased),
                        "\(text.debugDescription)")
            }
        }
        #expect(SkillMatcher.words("Used C++ and C#, (Go)!") == ["used", "c++", "and", "c#", "go"])
        #expect(SkillMatcher.words("Kubernetes-Admin", lowercased: false) == ["Kubernetes", "Admin"])
    }

    @Test func asciiTitleWordsMatchCharacterOnes() {
        for text in Self.samples(count: 2_000) {
            #expect(Taxonomy.asciiWords(text) == " " + Taxonomy.normalise(Taxonomy.characterLettersAndDigits(text)) + " ",
                    "\(text.debugDescription)")
            #expect(text.asciiPieces { !Taxonomy.isASCIILetterOrDigit($0) } == text.split { !$0.isLetter && !$0.isNumber },
                    "\(text.debugDescription)")
        }
        for text in Self.samples(count: 2_000) {
            #expect(text.leadingWord == text.prefix { !$0.isWhitespace }, "\(text.debugDescription)")
        }
        #expect("2026-11-03 (Tuesday)".leadingWord == "2026-11-03")
        #expect("\u{A0}x y".leadingWord == "")  // the character path: a no-break space is white space
        #expect(Taxonomy.words("Staff Engineer (Payments)") == " staff engineer payments ")
        #expect(Taxonomy.words("Ingénieur·e Senior") == " ingénieur e senior ")  // the character path
        #expect(Seniority.fromTitle("Sr. Software Engineer, II")?.1 == "Sr")
    }

    @Test func asciiPiecesMatchCharacterPieces() {
        for text in Self.samples(count: 2_000) {
            for separators in [" ", " \t", ":,"] {
                let bytes = ASCIIBytes(separators)
                for omitting in [true, false] {
                    #expect(text.asciiPieces(bytes, omittingEmpty: omitting) == text.characterPieces(bytes, omittingEmpty: omitting),
                            "\(text.debugDescription) on \(separators.debugDescription)")
                    #expect(text.pieces(separatedBy: separators, omittingEmpty: omitting)
                            == text.split(omittingEmptySubsequences: omitting) { separators.contains($0) }, "\(text.debugDescription)")
                }
            }
        }
        #expect("  30m\tGo:  two ".pieces(separatedBy: " ") == ["30m\tGo:", "two"])
        #expect("a \u{301}b c".pieces(separatedBy: " ") == ["a \u{301}b", "c"])  // a space with an accent is no separator
        #expect("".pieces(separatedBy: " ").isEmpty)
        #expect("2026--01-".pieces(separatedBy: "-", omittingEmpty: false) == ["2026", "", "01", ""])
    }

    /// The first piece is the first of the pieces, the piece strings the pieces; the prefix test is the lowered text's, on
    /// ASCII samples and on texts with accents, combining marks and capitals that lower otherwise.
    @Test func firstPiecesAndLoweredPrefixesAsTheWholeRulesGiveThem() {
        let others = ["", " ", "  30m Go: x", "90m", "é 30m", "a \u{301}b c", "\u{301} x", "Review: monthly", "REVIEW:yearly",
                      "review:\u{301} x", "İreview: x", "revİew: x", "LEVEL Go 2", "level\tGo", "Level  Go 3", "levels Go"]
        for text in Self.samples(count: 2_000) + others {
            for separators in [" ", " \t"] {
                #expect(text.firstPiece(separatedBy: separators) == text.pieces(separatedBy: separators).first, "\(text.debugDescription)")
                #expect(text.pieceStrings(separatedBy: separators) == text.pieces(separatedBy: separators).map(String.init), "\(text.debugDescription)")
            }
            #expect(text.lowercasedHasPrefix("review:") == text.lowercased().hasPrefix("review:"), "\(text.debugDescription)")
            #expect(text.lowercasedHasPrefix("level ") == text.lowercased().hasPrefix("level "), "\(text.debugDescription)")
        }
        #expect("  30m Go: x".firstPiece(separatedBy: " ") == "30m")
        #expect("Level  Go 3".lowercasedHasPrefix("level "))
    }
}
