/// Hours logged each week as vertical bars, labelled by their Monday and their hours, against
/// a dashed line at the weekly capacity.
enum WeeklyHoursChart {
    private static let width = 640.0, plotX = 4.0, plotWidth = 548.0, top = 24.0, plotHeight = 140.0
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// A week's short label, "Nov 2": written by hand so it never depends on a locale.
    static func label(_ monday: Day) -> String { "\(months[monday.month - 1]) \(monday.day)" }

    static func svg(_ weeks: [WeekHours], hoursPerWeek: Double) -> String {
        guard let first = weeks.first, let last = weeks.last else {
            var svg = SVG(width: width, height: 40, label: "Hours logged per week: no weeks counted")
            svg.text("no weeks counted", x: 0, y: 24, size: 12, fill: Palette.muted)
            return svg.document()
        }
        let capacity = hoursPerWeek.isFinite ? max(0, hoursPerWeek) : 0
        let hours = weeks.map { $0.hours.isFinite ? max(0, $0.hours) : 0 }
        let high = max(hours.max() ?? 0, capacity) > 0 ? max(hours.max() ?? 0, capacity) : 1
        let bottom = top + plotHeight
        func y(_ value: Double) -> Double { bottom - value / high * plotHeight }
        let limit = capacity > 0 ? ", against a capacity of \(Format.hours(capacity)) a week" : ""
        var svg = SVG(width: width, height: bottom + 26,
                      label: "Hours logged per week from the week of \(first.monday) to the week of \(last.monday)\(limit)")
        let slot = plotWidth / Double(weeks.count)
        let barWidth = min(48, slot * 0.7)
        // Every nth week is labelled when the labels would otherwise overlap (a year has 53 weeks).
        let every = max(1, Int((40 / slot).rounded(.up)))
        svg.line(x1: plotX, y1: bottom, x2: plotX + plotWidth, y2: bottom, stroke: "#b8c0c8")
        for (index, week) in weeks.enumerated() {
            let center = plotX + slot * (Double(index) + 0.5)
            let value = hours[index]
            svg.rect(x: center - barWidth / 2, y: y(value), width: barWidth, height: bottom - y(value), fill: Palette.technical,
                     radius: value > 0 ? 2 : 0, tooltip: "week of \(week.monday): \(Format.hours(week.hours))")
            if value > 0 && slot >= 26 {
                svg.text(Format.number(value), x: center, y: y(value) - 4, size: 10, anchor: .middle, weight: 600)
            }
            if index % every == 0 {
                svg.text(label(week.monday), x: center, y: bottom + 15, size: 10, anchor: .middle, fill: Palette.muted)
            }
        }
        if capacity > 0 {
            svg.line(x1: plotX, y1: y(capacity), x2: plotX + plotWidth, y2: y(capacity), stroke: Palette.ink, width: 1.5, dash: "5 4")
            svg.text("capacity \(Format.hours(capacity))", x: plotX + plotWidth + 6, y: y(capacity) + 3.5, size: 10.5,
                     weight: 600)
        }
        return svg.document()
    }
}
