import Testing
@testable import CairnKit

/// What `cairn log` adds to a month's file: text at its end only.
@Suite struct LogAppendTests {
    static let day = Day(year: 2026, month: 11, day: 23)!

    @Test func aNewFileHasTheMonthTheDateAndTheEntry() throws {
        let append = try #require(LogAppend.entry("  2h Go: practice ", date: Self.day, existing: nil))
        #expect(append.path == "log/2026-11.md" && append.createsFile && append.entryLine == 4)
        #expect(append.addition == "# November 2026\n\n## 2026-11-23\n- 2h Go: practice\n")
    }

    @Test func theSameDateAsTheLastHeadingAddsOnlyTheItem() throws {
        let existing = "# November 2026\n\n## 2026-11-23\n- 1h Go: a\n"
        let append = try #require(LogAppend.entry("- 1h Go: b", date: Self.day, existing: existing))
        #expect(append.addition == "- 1h Go: b\n" && append.result == existing + "- 1h Go: b\n" && append.entryLine == 5)
    }

    @Test func anotherDateOrAMissingFinalNewlineIsHandled() throws {
        let existing = "## 2026-11-20\n- 1h Go: a"
        let append = try #require(LogAppend.entry("1h Go: b", date: Self.day, existing: existing))
        #expect(append.addition == "\n\n## 2026-11-23\n- 1h Go: b\n" && append.entryLine == 5)
        #expect(append.result.hasPrefix(existing))
    }

    @Test func emptyOrMultiLineEntriesAreRefused() {
        #expect(LogAppend.entry("  ", date: Self.day, existing: nil) == nil)
        #expect(LogAppend.entry("- ", date: Self.day, existing: nil) == nil)
        #expect(LogAppend.entry("a\nb", date: Self.day, existing: nil) == nil)
    }
}
