import Testing
@testable import CairnKit

/// Tidying a Markdown page into the stretches it keeps gives what splitting it into lines did.
@Suite struct MarkdownTidyTests {
    /// The tidy rule as lines: blank lines (spaces and tabs only) emptied, one at most in a row,
    /// none at either end, one line break at the end.
    static func byLines(_ page: String) -> String {
        var lines: [Substring] = []
        var blank = 0
        for line in page.split(separator: "\n", omittingEmptySubsequences: false) {
            let isBlank = line.allSatisfy { $0 == " " || $0 == "\t" }
            blank = isBlank ? blank + 1 : 0
            if blank <= 1 { lines.append(isBlank ? "" : line) }
        }
        while lines.first?.isEmpty == true { lines.removeFirst() }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func everyMixOfLinesComesOutAsByLines() {
        let lines = ["", " ", "\t ", "# Title", "a | b", "x\r", " \u{301}", "é"]
        var generator = SystemRandomNumberGenerator()
        var pages = ["", "\n", "\n\n", "a", "a\n", "a\n\n", "\n\na\n \nb\n\n\n", "a\r\nb\r\n", "a\r\n\r\nb"]
        for _ in 0..<2000 {
            let count = Int.random(in: 0...8, using: &generator)
            let chosen = (0..<count).map { _ in lines.randomElement(using: &generator)! }
            pages.append(chosen.joined(separator: Bool.random(using: &generator) ? "\n" : "\r\n") + (Bool.random(using: &generator) ? "\n" : ""))
        }
        for page in pages {
            #expect(MarkdownTidy.stretches(page).joined() == Self.byLines(page), "\(page.debugDescription)")
            // A page spliced together as bytes is tidied the same, in stretches of those bytes.
            let bytes = SharedBytes(copying: Array(page.utf8))
            #expect(ReportText(MarkdownTidy.pieces(of: bytes)).string == Self.byLines(page), "\(page.debugDescription)")
        }
    }

    @Test func aTidyPageIsOneStretch() {
        #expect(MarkdownTidy.stretches("# A\n\ntext\n").count == 1)
        #expect(MarkdownTidy.stretches("\n# A\n  \n\n\ntext").count == 4)
    }
}
