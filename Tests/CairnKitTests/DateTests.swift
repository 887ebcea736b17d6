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

    /// The byte parser against the rules it replaced (split on `-`, compare the parts), word for
    /// word, on dates and near-dates.
    @Test func periodsParseAsTheSplitRulesDid() {
        var random = SeededRandom(state: 1201)
        var texts = ["2026-11-03", "2026-02-29", "2028-02-29", "0000-01-01", "9999-12-31", "2026-Q1", "2026-q4", "2026-Q0",
                     "2026-12", "2026-00", "2026-13", "+202-01-01", "2026-1-011", "2026--1", "20261-01"]
        func padded(_ value: Int, _ width: Int) -> String {
            String(repeating: "0", count: max(0, width - String(value).count)) + String(value)
        }
        for _ in 0..<20_000 {
            // A day, a month or a quarter with its parts near and over their limits ...
            let year = padded(Int.random(in: 0...9999, using: &random), 4)
            var text = switch Int.random(in: 0..<3, using: &random) {
            case 0: year + "-" + padded(Int.random(in: 0...13, using: &random), 2) + "-" + padded(Int.random(in: 0...32, using: &random), 2)
            case 1: year + "-" + padded(Int.random(in: 0...13, using: &random), 2)
            default: year + "-" + (Bool.random(using: &random) ? "Q" : "q") + String(Int.random(in: 0...5, using: &random))
            }
            // ... and a third of them with one character changed, dropped or added.
            if Int.random(in: 0..<3, using: &random) == 0 {
                var characters = Array(text)
                let place = Int.random(in: 0..<characters.count, using: &random)
                let other = Array("0123456789-Qq+ x").randomElement(using: &random)!
                switch Int.random(in: 0..<3, using: &random) {
                case 0: characters[place] = other
                case 1: characters.remove(at: place)
                default: characters.insert(other, at: place)
                }
                text = String(characters)
            }
            texts.append(text)
        }
        for text in texts {
            let period = DatePeriod(text), old = Self.splitRules(text)
            #expect(period?.precision == old?.precision && period?.first == old?.first && period?.last == old?.last, "\(text)")
        }
    }

    /// `DatePeriod.init` before it read bytes, with a four-character year read by `Int` only
    /// when it is digits (`Int("+202")` took "+202" as a year, which no plan means).
    static func splitRules(_ text: String) -> (precision: DatePeriod.Precision, first: Day, last: Day)? {
        func digits(_ s: Substring) -> Int? {
            guard !s.isEmpty, s.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            return Int(s)
        }
        guard text.isASCII else { return nil }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3, parts[0].count == 4, let year = digits(parts[0]) else { return nil }
        if parts.count == 3 {
            guard parts[1].count == 2, parts[2].count == 2, let m = digits(parts[1]),
                  let d = digits(parts[2]), let day = Day(year: year, month: m, day: d) else { return nil }
            return (.day, day, day)
        } else if parts[1].count == 2, parts[1].first == "Q" || parts[1].first == "q",
                  let q = digits(parts[1].dropFirst()), (1...4).contains(q) {
            guard let start = Day(year: year, month: q * 3 - 2, day: 1),
                  let end = Day(year: year, month: q * 3, day: Day.daysIn(month: q * 3, year: year)) else { return nil }
            return (.quarter, start, end)
        } else {
            guard parts[1].count == 2, let m = digits(parts[1]),
                  let start = Day(year: year, month: m, day: 1),
                  let end = Day(year: year, month: m, day: Day.daysIn(month: m, year: year)) else { return nil }
            return (.month, start, end)
        }
    }

    /// Days are ordered as their ordinals are, across months, years and the years before 1.
    @Test func daysAreOrderedAsTheirOrdinals() {
        var random = SeededRandom(state: 11)
        for _ in 0 ..< 4_000 {
            let a = Day(ordinal: Int.random(in: -800_000 ... 3_000_000, using: &random))
            let b = Bool.random(using: &random) ? a.adding(days: Int.random(in: -40 ... 40, using: &random))
                : Day(ordinal: Int.random(in: -800_000 ... 3_000_000, using: &random))
            #expect((a < b) == (a.ordinal < b.ordinal), "\(a) \(b)")
            #expect((a <= b) == (a.ordinal <= b.ordinal), "\(a) \(b)")
        }
    }
}
