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
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let dots = trimmed.range(of: "..") {
            guard let a = DatePeriod(String(trimmed[..<dots.lowerBound])), a.precision == .day,
                  let b = DatePeriod(String(trimmed[dots.upperBound...])), b.precision == .day, a.first <= b.first else { return nil }
            self.init(kind: .range, first: a.first, last: b.first, label: "\(a.first)..\(b.first)")
        } else if trimmed.count == 4, trimmed.allSatisfy({ $0.isASCII && $0.isNumber }), let year = Int(trimmed),
                  let first = Day(year: year, month: 1, day: 1), let last = Day(year: year, month: 12, day: 31) {
            self.init(kind: .year, first: first, last: last, label: trimmed)
        } else if let period = DatePeriod(trimmed), period.precision != .day {
            let quarter = period.precision == .quarter
            self.init(kind: quarter ? .quarter : .month, first: period.first, last: period.last,
                      label: quarter ? "\(period.first.year)-Q\(period.first.quarter)" : String(period.first.description.prefix(7)))
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
    public static func month(of day: Day) -> ReportPeriod { ReportPeriod(String(day.description.prefix(7)))! }

    /// The quarter holding `day`.
    public static func quarter(of day: Day) -> ReportPeriod { ReportPeriod("\(day.year)-Q\(day.quarter)")! }

    /// The period of the same kind right after this one (a range: as many days again).
    public var next: ReportPeriod {
        let start = last.adding(days: 1)
        switch kind {
        case .month: return .month(of: start)
        case .quarter: return .quarter(of: start)
        case .year: return ReportPeriod(String(start.year))!
        case .range:
            let end = start.adding(days: first.days(to: last))
            return ReportPeriod(kind: .range, first: start, last: end, label: "\(start)..\(end)")
        }
    }

    /// The same kind of period holding `day` (a range: one as long, starting on `day`).
    public func period(holding day: Day) -> ReportPeriod {
        switch kind {
        case .month: return .month(of: day)
        case .quarter: return .quarter(of: day)
        case .year: return ReportPeriod(String(day.year))!
        case .range:
            let end = day.adding(days: first.days(to: last))
            return ReportPeriod(kind: .range, first: day, last: end, label: "\(day)..\(end)")
        }
    }

    /// "progress-2026-11", the stem of its report files.
    public var fileStem: String { "progress-\(label)" }
}
