/// A date as written in a plan: a day, a month (`2026-06`) or a quarter (`2026-Q3`).
public struct DatePeriod: Sendable, Hashable, CustomStringConvertible {
    public enum Precision: Sendable, Hashable { case day, month, quarter }

    public let precision: Precision
    /// The period's first day: what an event date (done, posted, since) means.
    public let first: Day
    /// The period's last day: what a deadline (by, due) means.
    public let last: Day
    public let text: String

    /// Parses `YYYY-MM-DD`, `YYYY-MM` or `YYYY-Qn` (ASCII digits only); nil for anything else or
    /// an impossible date. Read on bytes: log headings and posting dates are parsed by the thousand.
    public init?(_ text: String) {
        var text = text
        guard let (precision, first, last) = text.withUTF8(DatePeriod.parse) else { return nil }
        self.precision = precision
        self.first = first
        self.last = last
        self.text = text
    }

    public var description: String { text }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> (Precision, Day, Day)? {
        guard bytes.count == 7 || bytes.count == 10, bytes[4] == UInt8(ascii: "-"),
              let year = number(bytes, 0..<4) else { return nil }
        if bytes.count == 10 {
            guard bytes[7] == UInt8(ascii: "-"), let month = number(bytes, 5..<7), let day = number(bytes, 8..<10),
                  let date = Day(year: year, month: month, day: day) else { return nil }
            return (.day, date, date)
        }
        if bytes[5] == UInt8(ascii: "Q") || bytes[5] == UInt8(ascii: "q") {
            guard let quarter = number(bytes, 6..<7), (1...4).contains(quarter),
                  let first = Day(year: year, month: quarter * 3 - 2, day: 1),
                  let last = Day(year: year, month: quarter * 3, day: Day.daysIn(month: quarter * 3, year: year)) else { return nil }
            return (.quarter, first, last)
        }
        guard let month = number(bytes, 5..<7), let first = Day(year: year, month: month, day: 1),
              let last = Day(year: year, month: month, day: Day.daysIn(month: month, year: year)) else { return nil }
        return (.month, first, last)
    }

    /// The decimal number the ASCII digits at `range` make; nil if any byte there is no digit.
    private static func number(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        var value = 0
        for index in range {
            let digit = bytes[index] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            value = value * 10 + Int(digit)
        }
        return value
    }
}
