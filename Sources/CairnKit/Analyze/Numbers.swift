/// Rounding and statistics used by every score.
public enum Numbers {
    /// Half-up rounding to an integer, as analysis.md fixes for scores shown to people.
    /// Values within 1e-9 of a half are treated as the half (floating-point sums).
    public static func roundHalfUp(_ value: Double) -> Int {
        let cleaned = (value * 1e9).rounded() / 1e9
        return integer((cleaned + 0.5).rounded(.down))
    }

    /// The largest integer a figure is shown as; the readers' bounds (`ValueReader.largest`) keep
    /// a plan's figures far below it.
    static let largestInteger = 9_000_000_000_000_000_000

    /// `value`, a whole number, as an integer: one beyond `largestInteger` either way as that,
    /// NaN as 0. Converting such a value as it is traps.
    public static func integer(_ value: Double) -> Int {
        guard !value.isNaN else { return 0 }
        guard value.magnitude < Double(largestInteger) else { return value < 0 ? -largestInteger : largestInteger }
        return Int(value)
    }

    /// `value` rounded half-up to `places` decimals, for showing parts.
    public static func round(_ value: Double, places: Int) -> Double {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        return Double(roundHalfUp(value * scale)) / scale
    }

    /// The `q` quantile (0...1) of sorted values by linear interpolation between
    /// closest ranks (numpy's default, R type 7). Empty input gives nil.
    public static func quantile(_ sorted: [Double], _ q: Double) -> Double? {
        guard !sorted.isEmpty else { return nil }
        let position = q * Double(sorted.count - 1)
        let lower = Int(position.rounded(.down))
        let upper = min(sorted.count - 1, lower + 1)
        let fraction = position - Double(lower)
        return sorted[lower] + (sorted[upper] - sorted[lower]) * fraction
    }
}

extension Day {
    /// The same day `months` months earlier, clamped to the month's last day.
    public func months(before months: Int) -> Day {
        let index = year * 12 + (month - 1) - months
        let y = index / 12, m = index % 12 + 1
        return Day(uncheckedYear: y, month: m, day: min(day, Day.daysIn(month: m, year: y)))
    }
}
