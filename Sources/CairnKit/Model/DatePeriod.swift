/// A date as written in a plan: a day, a month (`2026-06`) or a quarter (`2026-Q3`).
public struct DatePeriod: Sendable, Hashable, CustomStringConvertible {
    public enum Precision: Sendable, Hashable { case day, month, quarter }

    public let precision: Precision
    /// The period's first day: what an event date (done, posted, since) means.
    public let first: Day
    /// The period's last day: what a deadline (by, due) means.
    public let last: Day
    public let text: String

    /// Parses `YYYY-MM-DD`, `YYYY-MM` or `YYYY-Qn`; nil for anything else or an impossible date.
    public init?(_ text: String) {
        // Every part below must be ASCII, so other text is no date: split on bytes.
        guard text.isASCII else { return nil }
        let parts = text.asciiPieces([UInt8(ascii: "-")], omittingEmpty: false)
        guard parts.count == 2 || parts.count == 3, parts[0].count == 4, let year = Int(parts[0]) else { return nil }
        self.text = text
        if parts.count == 3 {
            guard parts[1].count == 2, parts[2].count == 2, let m = DatePeriod.digits(parts[1]),
                  let d = DatePeriod.digits(parts[2]), let day = Day(year: year, month: m, day: d) else { return nil }
            precision = .day
            first = day
            last = day
        } else if parts[1].count == 2, parts[1].first == "Q" || parts[1].first == "q",
                  let q = DatePeriod.digits(parts[1].dropFirst()), (1...4).contains(q) {
            precision = .quarter
            guard let start = Day(year: year, month: q * 3 - 2, day: 1),
                  let end = Day(year: year, month: q * 3, day: Day.daysIn(month: q * 3, year: year)) else { return nil }
            first = start
            last = end
        } else {
            guard parts[1].count == 2, let m = DatePeriod.digits(parts[1]),
                  let start = Day(year: year, month: m, day: 1),
                  let end = Day(year: year, month: m, day: Day.daysIn(month: m, year: year)) else { return nil }
            precision = .month
            first = start
            last = end
        }
    }

    public var description: String { text }

    private static func digits(_ s: Substring) -> Int? {
        guard !s.isEmpty, s.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(s)
    }
}
