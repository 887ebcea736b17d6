/// A calendar day (proleptic Gregorian), without time or zone.
public struct Day: Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Creates a day if it exists in the calendar (2026-02-30 does not).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...Day.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// A day from parts already known to be a calendar day, with the year unbounded: date
    /// arithmetic near year 1 or 9999 must not fail (`Day(ordinal:)` is unbounded too).
    init(uncheckedYear year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The month's name in English: 1 -> "January".
    public static func monthName(_ month: Int) -> String { monthNames[month - 1] }

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                             "October", "November", "December"]

    /// The day `ordinal` days after 1970-01-01 (negative before it).
    public init(ordinal: Int) {
        // Howard Hinnant's civil_from_days.
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        month = m
        day = d
    }

    /// Days since 1970-01-01.
    public var ordinal: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// ISO weekday: 1 Monday ... 7 Sunday.
    public var weekday: Int {
        let w = (ordinal + 3) % 7  // 1970-01-01 was a Thursday
        return (w < 0 ? w + 7 : w) + 1
    }

    public func adding(days: Int) -> Day { Day(ordinal: ordinal + days) }

    /// Days from `self` to `other` (positive when `other` is later).
    public func days(to other: Day) -> Int { other.ordinal - ordinal }

    /// The quarter, 1-4.
    public var quarter: Int { (month - 1) / 3 + 1 }

    public var description: String { text(separator: UInt8(ascii: "-")) }

    /// `2026-11-23`, or with another separator, or none (`20261123`). Written on bytes: reports
    /// and calendars write thousands of dates.
    func text(separator: UInt8?) -> String {
        // A year before 1, which only date arithmetic reaches, keeps the padding rule it had.
        guard year >= 0 else {
            func pad(_ n: Int, _ width: Int) -> String {
                let s = String(n)
                return String(repeating: "0", count: max(0, width - s.count)) + s
            }
            let between = separator.map { String(UnicodeScalar($0)) } ?? ""
            return pad(year, 4) + between + pad(month, 2) + between + pad(day, 2)
        }
        // Written into the string's own memory: a year has at most 20 digits.
        return String(unsafeUninitializedCapacity: 32) { buffer in
            let start = buffer.baseAddress!
            var count = ByteStore.write(digits: UInt(year), negative: false, width: 4, into: start)
            if let separator { start[count] = separator; count += 1 }
            count += ByteStore.write(digits: UInt(month), negative: false, width: 2, into: start + count)
            if let separator { start[count] = separator; count += 1 }
            count += ByteStore.write(digits: UInt(day), negative: false, width: 2, into: start + count)
            return count
        }
    }

    /// The calendar's order, which is the order of (year, month, day): compared field by field,
    /// without the two ordinals (the burn-down compares every posting's date on each of its days).
    public static func < (lhs: Day, rhs: Day) -> Bool {
        if lhs.year != rhs.year { return lhs.year < rhs.year }
        if lhs.month != rhs.month { return lhs.month < rhs.month }
        return lhs.day < rhs.day
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let period = DatePeriod(text), period.precision == .day else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a day: \(text)"))
        }
        self = period.first
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
