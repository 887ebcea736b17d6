/// Each skill's level, 0 to 3, over time: one row per skill with a step line on a shared time
/// axis from the earliest point to the last counted day, and a dot on every change.
enum SkillLevelChart {
    private static let width = 640.0, labelWidth = 140.0, chartX = 170.0, chartWidth = 450.0
    private static let top = 4.0, rowHeight = 44.0

    /// The y of `level` in a row starting at `rowTop`: 0 at the row's foot, 3 near its head, 10 px apart.
    private static func y(_ level: Int, rowTop: Double) -> Double { rowTop + 38 - Double(min(3, max(0, level))) * 10 }

    static func svg(_ series: [SkillSeries], names: [String: String], through: Day) -> String {
        let shown = series.filter { !$0.points.isEmpty }
        guard let from = shown.flatMap({ $0.points.map(\.day) }).min() else {
            var svg = SVG(width: width, height: 40, label: "Skill levels over time: no level changes yet")
            svg.text("no level changes yet", x: 0, y: 24, size: 12, fill: Palette.muted)
            return svg.document()
        }
        let end = max(from, through)
        let span = Double(from.days(to: end))
        func x(_ day: Day) -> Double {
            span > 0 ? chartX + min(span, max(0, Double(from.days(to: day)))) / span * chartWidth : chartX
        }
        let bottom = top + Double(shown.count) * rowHeight
        var svg = SVG(width: width, height: bottom + 24,
                      label: "Level of each skill, 0 to 3, from \(from) to \(end): one row per skill, a dot on each change")
        for (index, skill) in shown.enumerated() {
            row(&svg, skill, name: names[skill.skillID] ?? skill.skillID, rowTop: top + Double(index) * rowHeight, x: x, end: end)
        }
        svg.line(x1: chartX, y1: bottom, x2: chartX + chartWidth, y2: bottom, stroke: "#b8c0c8")
        svg.text(from.description, x: chartX, y: bottom + 16, size: 10, anchor: span > 0 ? .start : .middle, fill: Palette.muted)
        if span > 0 {
            svg.text(end.description, x: chartX + chartWidth, y: bottom + 16, size: 10, anchor: .end, fill: Palette.muted)
        }
        if span >= 14 {
            let middle = from.adding(days: Int(span) / 2)
            svg.text(middle.description, x: x(middle), y: bottom + 16, size: 10, anchor: .middle, fill: Palette.muted)
        }
        return svg.document()
    }

    private static func row(_ svg: inout SVG, _ skill: SkillSeries, name: String, rowTop: Double, x: (Day) -> Double, end: Day) {
        let points = skill.points
        let levels = points.map(\.level)
        if rowTop > top {
            svg.line(x1: 0, y1: rowTop, x2: chartX + chartWidth, y2: rowTop, stroke: Palette.rule)
        }
        svg.text(SVG.fit(name, width: labelWidth, size: 12.5), x: 0, y: rowTop + 19, size: 12.5, tooltip: name)
        let summary = "level \(levels.first ?? 0) → \(levels.last ?? 0)"
        svg.text(summary, x: 0, y: rowTop + 34, size: 10.5, fill: Palette.muted)
        for level in 0...3 {
            let ly = y(level, rowTop: rowTop)
            svg.line(x1: chartX, y1: ly, x2: chartX + chartWidth, y2: ly, stroke: Palette.track)
            svg.text(String(level), x: chartX - 6, y: ly + 3, size: 8, anchor: .end, fill: Palette.muted)
        }
        let n = SVG.number
        var d = "M\(n(x(points[0].day))) \(n(y(levels[0], rowTop: rowTop)))"
        for point in points.dropFirst() {
            d += "H\(n(x(point.day)))V\(n(y(point.level, rowTop: rowTop)))"
        }
        d += "H\(n(x(end)))"
        svg.path(d, stroke: Palette.technical, width: 2)
        for (index, point) in points.enumerated().dropFirst() where point.level != levels[index - 1] {
            // A rect with full rounding is a dot that can carry a tooltip.
            svg.rect(x: x(point.day) - 3.5, y: y(point.level, rowTop: rowTop) - 3.5, width: 7, height: 7, fill: Palette.technical,
                     radius: 3.5, tooltip: "\(name): \(levels[index - 1]) → \(point.level) on \(point.day)")
        }
    }
}
