import Testing
@testable import CairnKit

/// Figures of plans no one writes (each once trapped or hung `cairn`) come out as figures.
@Suite struct HostileFiguresTests {
    @Test func roundingSaturatesInsteadOfTrapping() {
        #expect(Numbers.roundHalfUp(2.5) == 3 && Numbers.roundHalfUp(-2.5) == -2)
        #expect(Numbers.roundHalfUp(1e30) == Numbers.largestInteger)
        #expect(Numbers.roundHalfUp(-1e30) == -Numbers.largestInteger)
        #expect(Numbers.roundHalfUp(.infinity) == Numbers.largestInteger && Numbers.roundHalfUp(.nan) == 0)
        #expect(Numbers.integer(8.9e18) == 8_900_000_000_000_000_000)
        #expect(Format.number(1e20) == Format.number(Double(Numbers.largestInteger) / 10))
    }

    /// `Schedule.occurrences` counts by month what the week-by-week rule (`ScheduleEngine.occurs`)
    /// counts, from any day, over spans around month and quarter ends.
    @Test func occurrencesByMonthAreThoseWeekByWeek() {
        var random = SeededRandom(state: 5545)
        for _ in 0..<600 {
            let start = Day(ordinal: Day(year: 2026, month: 1, day: 1)!.ordinal + Int.random(in: 0...800, using: &random))
            let weeks = Int.random(in: 0...80, using: &random)
            for every in [Recurrence.week, .month, .quarter] {
                let byWeek = (0..<weeks).filter { ScheduleEngine.occurs(every, monday: start.adding(days: 7 * $0)) }.count
                #expect(Schedule.occurrences(every, weeks: weeks, from: start) == byWeek, "\(every) \(weeks) weeks from \(start)")
            }
        }
        // From Monday 2026-11-23 through 2027-11-22: the first Mondays of December 2026 to November
        // 2027 (that of November 2026 is before it), of which January, April, July and October.
        let monday = Day(year: 2026, month: 11, day: 23)!
        #expect(Schedule.occurrences(.month, weeks: 53, from: monday) == 12)
        #expect(Schedule.occurrences(.quarter, weeks: 53, from: monday) == 4)
        #expect(Schedule.occurrences(.week, weeks: 53, from: monday) == 53)
    }

    /// Days = hours left / hours a week x 7, up: 3,650,000 h at 7 h a week is 3,650,000 days, the
    /// longest projected; an hour more is past it.
    @Test func aProjectionStopsAtTenThousandYears() {
        let asOf = Day(year: 2026, month: 11, day: 23)!
        let (last, lastStatus, _) = Progress.status(remaining: 3_650_000, velocity: 7, recent: 56, by: nil, asOf: asOf, started: true)
        #expect(last == asOf.adding(days: 3_650_000) && lastStatus == .noDate)
        let (none, status, reason) = Progress.status(remaining: 3_650_001, velocity: 7, recent: 56, by: asOf, asOf: asOf, started: true)
        #expect(none == nil && status == .behind)
        #expect(reason == "3,650,001 h left at 56 h in the 8 weeks to 2026-11-23 = 7 h a week would take more than 10,000 years", "\(reason)")
    }

    @Test func yearsOfExperienceAreDigits() {
        #expect(YearsRange(text: "5") == YearsRange(minimum: 5, maximum: nil))
        #expect(YearsRange(text: "5+") == YearsRange(minimum: 5, maximum: nil))
        #expect(YearsRange(text: "5 – 8") == YearsRange(minimum: 5, maximum: 8))
        #expect(YearsRange(text: "2.5-100") == YearsRange(minimum: 2.5, maximum: 100))
        for text in ["inf", "inf+", "0-inf", "1e400", "1e2", "0x1p60", "nan", "101", "5-101", "+5", "-5", "8-5", ""] {
            #expect(YearsRange(text: text) == nil, "\(text)")
        }
    }
}
