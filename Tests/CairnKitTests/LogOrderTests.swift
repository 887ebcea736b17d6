import Testing
@testable import CairnKit

/// The plan's log is by date, a day's entries in the order of their files.
@Suite struct LogOrderTests {
    static func entry(_ day: Int, _ text: String) -> LogEntry {
        LogEntry(date: Day(year: 2026, month: 3, day: day)!, text: text, location: SourceLocation(path: "log/2026-03.md", line: day))
    }

    @Test func theLogIsByDateWithADaysEntriesInFileOrder() {
        let unsorted = [Self.entry(5, "a"), Self.entry(2, "b"), Self.entry(5, "c"), Self.entry(1, "d"), Self.entry(2, "e")]
        #expect(PlanReader.byDate(unsorted).map(\.text) == ["d", "b", "e", "a", "c"])
        let sorted = [Self.entry(1, "a"), Self.entry(1, "b"), Self.entry(3, "c")]
        let kept = PlanReader.byDate(sorted)
        #expect(kept.map(\.text) == ["a", "b", "c"])
        #expect(kept.withUnsafeBufferPointer { $0.baseAddress } == sorted.withUnsafeBufferPointer { $0.baseAddress })
        #expect(PlanReader.byDate([]).isEmpty)
    }
}
