import Testing
@testable import CairnKit

/// Byte-level search and line starts: the helpers that replace Foundation's bridged calls.
@Suite struct TextSearchTests {
    @Test func findsTheFirstOccurrenceByBytes() throws {
        let text = "skill: Go, then Go again"
        let range = try #require(text.firstOccurrence(of: "Go"))
        #expect(text.distance(from: text.startIndex, to: range.lowerBound) == 7)
        #expect(text[range] == "Go")
        #expect(text.firstOccurrence(of: "again").map { String(text[$0]) } == "again")  // at the very end
        #expect(text.firstOccurrence(of: "Rust") == nil)
        #expect(text.firstOccurrence(of: "") == nil)
        #expect("G".firstOccurrence(of: "Go") == nil)  // longer than the text
        // A first byte that matches where the rest does not, then the match after it.
        #expect("aaab".firstOccurrence(of: "aab").map { "aaab".distance(from: "aaab".startIndex, to: $0.lowerBound) } == 1)
        #expect("".firstOccurrence(of: "a") == nil)
    }

    @Test func taxonomyContainsIsTheSameSearchWithAnEmptyPartHeld() {
        #expect(Taxonomy.contains(" staff engineer payments ", " engineer "))
        #expect(!Taxonomy.contains(" staff engineer ", " engineers "))
        #expect(Taxonomy.contains(" staff ", ""))
        #expect(!Taxonomy.contains("", " staff "))
    }

    @Test func countsCharactersNotBytesBeforeAMatch() throws {
        let text = "café → 2h"
        let range = try #require(text.firstOccurrence(of: "2h"))
        #expect(text.distance(from: text.startIndex, to: range.lowerBound) == 7)
        let line = text.dropFirst(5)  // a Substring: "→ 2h"
        #expect(line.firstOccurrence(of: "2h").map { line.distance(from: line.startIndex, to: $0.lowerBound) } == 2)
        #expect(line.containsText("→"))
        #expect(!line.containsText("café"))
    }

    @Test func lineStartsGiveEachLineAndRunsOfLines() {
        let text = "one\ntwo\n\nfour"
        let lines = LineStarts(text)
        #expect(lines.count == 4)
        #expect((1...4).map { lines.text(lines: $0, through: $0, of: text) } == ["one", "two", "", "four"])
        #expect(lines.text(lines: 2, through: 4, of: text) == "two\n\nfour")
        #expect(LineStarts("").count == 1)
        #expect(LineStarts("a\n").count == 2)  // an empty last line counts
    }

    @Test func lineStartsAreWhereTheTextSplitsIntoLines() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["\n", "\n\n", "a", "é", "\r\n", " ", "line of text"]
        for round in 0 ..< 2_000 {
            let text = (0 ..< round % 40).map { _ in pieces.randomElement(using: &generator)! }.joined()
            // Split on the byte: "\r\n" is one character, but its "\n" ends a line.
            let lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            let starts = LineStarts(text)
            #expect(starts.count == lines.count)
            for (number, line) in lines.enumerated() {
                #expect(Array(starts.text(lines: number + 1, through: number + 1, of: text).utf8) == Array(line), "\(text.debugDescription)")
            }
        }
    }
}
