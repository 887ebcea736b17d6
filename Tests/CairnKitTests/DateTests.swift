import Testing
@testable import CairnKit

@Suite struct DateTests {
    @Test func impossibleDaysDoNotExist() {
        #expect(Day(year: 2026, month: 2, day: 30) == nil)
        #expect(Day(year: 2026, month: 2, day: 29) == nil)
        #expect(Day(year: 2028, month: 2, day: 29) != nil)
        #expect(Day(year: 1900, month: 2, day: 29) == nil)
        #expect(Day(year: 2000, month: 2, day: 29) != nil)
        #expect(Day(year: 2026, month: 13, day: 1) == nil)
    }

    @Test func daysAreWrittenWithFourDigitYearsAndTwoDigitMonthsAndDays() {
        #expect(Day(year: 1, month: 1, day: 1)?.description == "0001-01-01")
        #expect(Day(year: 987, month: 10, day: 9)?.description == "0987-10-09")
        #expect(Day(year: 9999, month: 12, day: 31)?.description == "9999-12-31")
        #expect(Day(year: 2026, month: 11, day: 23)?.text(separator: nil) == "20261123")
        #expect(ICalendarText.date(Day(year: 2026, month: 1, day: 5)!) == "20260105")
        // Date arithmetic may step outside 1...9999: such a day is still written whole.
        #expect(Day(uncheckedYear: 10_000, month: 1, day: 2).description == "10000-01-02")
        #expect(Day(uncheckedYear: 12_345, month: 6, day: 7).text(separator: nil) == "123450607")
    }

    /// Every day of four centuries written as the padding rule first wrote it.
    @Test func daysAreWrittenAsThePaddingRuleWroteThem() throws {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        let first = try #require(Day(year: 1900, month: 1, day: 1)), last = try #require(Day(year: 2299, month: 12, day: 31))
        for ordinal in first.ordinal...last.ordinal {
            let day = Day(ordinal: ordinal)
            let expected = "\(pad(day.year, 4))-\(pad(day.month, 2))-\(pad(day.day, 2))"
            if day.description != expected || ICalendarText.date(day) != expected.filter({ $0 != "-" }) {
                Issue.record("\(expected) written as \(day.description), \(ICalendarText.date(day))")
                return
            }
        }
    }

    @Test func ordinalsAndWeekdays() throws {
        #expect(Day(ordinal: 0).description == "1970-01-01")
        let day = try #require(Day(year: 2026, month: 11, day: 23))
        #expect(day.weekday == 1, "2026-11-23 is a Monday")
        #expect(Day(ordinal: day.ordinal) == day)
        #expect(day.adding(days: 38).description == "2026-12-31")
        #expect(day.adding(days: 39).description == "2027-01-01")
        #expect(Day(year: 2024, month: 3, day: 1)!.days(to: Day(year: 2024, month: 2, day: 28)!) == -2)
    }

    @Test func periodsKnowTheirFirstAndLastDay() throws {
        let quarter = try #require(DatePeriod("2026-Q4"))
        #expect(quarter.precision == .quarter)
        #expect(quarter.first.description == "2026-10-01" && quarter.last.description == "2026-12-31")
        let month = try #require(DatePeriod("2028-02"))
        #expect(month.first.description == "2028-02-01" && month.last.description == "2028-02-29")
        #expect(DatePeriod("2026-06-30")?.first == DatePeriod("2026-06-30")?.last)
        for bad in ["2026-Q5", "2026-6-30", "26-06-30", "2026-02-30", "2026", "2026-06-30T10:00", "２０２６-01-01"] {
            #expect(DatePeriod(bad) == nil, "\(bad)")
        }
    }
}
