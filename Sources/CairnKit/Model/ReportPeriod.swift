import Foundation

/// The stretch of days a progress report covers: a month (`2026-11`), a quarter (`2026-Q4`),
/// a year (`2026`) or a range of days (`2026-09-01..2026-11-30`), both ends included.
public struct ReportPeriod: Sendable, Hashable, Encodable, CustomStringConvertible {
    public enum Kind: String, Sendable, Encodable { case month, quarter, year, range }

    public let kind: Kind
    public let first: Day
    public let last: Day
    /// As written: "2026-11", "2026-Q4", "2026", "2026-09-01..2026-11-30".
    public let label: String

    public var description: String { label }

    /// Parses the four forms; nil for anything else, an impossible date or a range that ends before it starts.
    public init?(_ text: String) {
        let trimmed = text.trimmingBlanks
        if let dots = trimmed.range(of: "..") {
            guard let a = DatePeriod(String(trimmed[..<dots.lowerBound])), a.precision == .day,
                  let b = DatePeriod(String(trimmed[dots.upperBound...])), b.precision == .day, a.first <= b.first else { return nil }
            self.init(kind: .range, first: a.first, last: b.first, label: "\(a.first)..\(b.first)")
        } else if trimmed.count == 4, trimmed.allSatisfy({ $0.isASCII && $0.isNumber }), let year = Int(trimmed),
                  let first = Day(year: year, month: 1, day: 1) {
            self = .year(of: first)
        } else if let period = DatePeriod(trimmed), period.precision != .day {
            self = period.precision == .quarter ? .quarter(of: period.first) : .month(of: period.first)
        } else {
            return nil
        }
    }

    private init(kind: Kind, first: Day, last: Day, label: String) {
        self.kind = kind
        self.first = first
        self.last = last
        self.label = label
    }

    /// The month holding `day`.
    public static func month(of day: Day) -> ReportPeriod {
        let first = Day(uncheckedYear: day.year, month: day.month, day: 1)
        let last = Day(uncheckedYear: day.year, month: day.month, day: Day.daysIn(month: day.month, year: day.year))
        return ReportPeriod(kind: .month, first: first, last: last, label: String(first.description.dropLast(3)))
    }

    /// The quarter holding `day`.
    public static func quarter(of day: Day) -> ReportPeriod {
        let firstMonth = (day.quarter - 1) * 3 + 1
        let first = Day(uncheckedYear: day.year, month: firstMonth, day: 1)
        let last = Day(uncheckedYear: day.year, month: firstMonth + 2, day: Day.daysIn(month: firstMonth + 2, year: day.year))
        return ReportPeriod(kind: .quarter, first: first, last: last, label: "\(first.description.prefix(first.description.count - 6))-Q\(day.quarter)")
    }

    /// The year holding `day`.
    public static func year(of day: Day) -> ReportPeriod {
        let first = Day(uncheckedYear: day.year, month: 1, day: 1)
        return ReportPeriod(kind: .year, first: first, last: Day(uncheckedYear: day.year, month: 12, day: 31),
                            label: String(first.description.dropLast(6)))
    }

    /// The period of the same kind right after this one (a range: as many days again).
    public var next: ReportPeriod { period(holding: last.adding(days: 1)) }

    /// The same kind of period holding `day` (a range: one as long, starting on `day`).
    public func period(holding day: Day) -> ReportPeriod {
        switch kind {
        case .month: return .month(of: day)
        case .quarter: return .quarter(of: day)
        case .year: return .year(of: day)
        case .range:
            let end = day.adding(days: first.days(to: last))
            return ReportPeriod(kind: .range, first: day, last: end, label: "\(day)..\(end)")
        }
    }

    /// "progress-2026-11", the stem of its report files.
    public var fileStem: String { "progress-\(label)" }
}
