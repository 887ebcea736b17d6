/// A goal's burndown: the hours of work remaining on each counted day as a solid line with dots,
/// the planned line (the first remaining value down to zero at the goal date) dashed, on a y axis
/// from zero with round hour gridlines, and the goal date marked when it falls in the period.
enum BurndownChart {
    private static let width = 640.0, height = 220.0
    private static let plotX = 48.0, plotWidth = 572.0, top = 30.0, plotHeight = 160.0

    static func svg(_ points: [BurnPoint], title: String, goalDate: Day?) -> String {
        guard let first = points.first, let last = points.last else {
            var svg = SVG(width: width, height: 40, label: "Remaining hours of \(title): nothing counted yet")
            svg.text("no remaining hours counted yet", x: 0, y: 24, size: 12, fill: Palette.muted)
            return svg.document()
        }
        let values = points.flatMap { [$0.remaining] + ($0.planned.map { [$0] } ?? []) }.filter(\.isFinite)
        let step = SalaryChart.niceStep(for: max(0, values.max() ?? 0))
        let high = max(step, ((values.max() ?? 0) / step).rounded(.up) * step)
        let span = Double(first.day.days(to: last.day))
        func x(_ day: Day) -> Double {
            span > 0 ? plotX + Double(first.day.days(to: day)) / span * plotWidth : plotX + plotWidth / 2
        }
        func y(_ hours: Double) -> Double { top + plotHeight * (1 - (hours.isFinite ? max(0, hours) : 0) / high) }
        let bottom = top + plotHeight
        let label = points.count == 1
            ? "Remaining hours of \(title) on \(first.day): \(Format.hours(first.remaining))"
            : "Remaining hours of \(title), \(first.day) to \(last.day): \(Format.hours(first.remaining)) to \(Format.hours(last.remaining))"
        var svg = SVG(width: width, height: height, label: label)
        let planned = points.filter { $0.planned != nil }
        legend(&svg, planned: planned.count > 1)
        var tick = 0.0
        while tick <= high + step / 2 {
            svg.line(x1: plotX, y1: y(tick), x2: plotX + plotWidth, y2: y(tick), stroke: tick == 0 ? "#b8c0c8" : Palette.rule)
            svg.text(Format.hours(tick), x: plotX - 6, y: y(tick) + 3.5, size: 10, anchor: .end, fill: Palette.muted)
            tick += step
        }
        if let goalDate {
            if goalDate >= first.day && goalDate <= last.day && span > 0 {
                let gx = x(goalDate)
                svg.line(x1: gx, y1: top - 6, x2: gx, y2: bottom, stroke: Palette.ink, width: 1.5, dash: "5 3")
                let anchor: SVG.Anchor = gx > plotX + plotWidth - 110 ? .end : .start
                svg.text("goal date \(goalDate)", x: gx + (anchor == .end ? -5 : 5), y: top + 4, size: 10.5, anchor: anchor, weight: 600)
            } else {
                let arrow = goalDate > last.day ? " →" : ""
                svg.text("goal date \(goalDate)\(arrow)", x: width, y: 13.5, size: 10.5, anchor: .end, weight: 600)
            }
        }
        if planned.count > 1 {
            svg.path(polyline(planned.map { (x($0.day), y($0.planned ?? 0)) }), stroke: Palette.muted, width: 1.5, dash: "5 4")
        }
        if points.count > 1 {
            svg.path(polyline(points.map { (x($0.day), y($0.remaining)) }), stroke: Palette.technical, width: 2)
        }
        for point in points {
            svg.circle(cx: x(point.day), cy: y(point.remaining), r: 3, fill: Palette.technical)
        }
        if points.count == 1 {
            svg.text(Format.hours(first.remaining), x: x(first.day), y: y(first.remaining) - 8, size: 11, anchor: .middle, weight: 600)
        }
        axis(&svg, points: points, x: x, y: bottom + 16)
        return svg.document()
    }

    /// The first and last day under the plot, and the middle point's day when it is clear of both.
    private static func axis(_ svg: inout SVG, points: [BurnPoint], x: (Day) -> Double, y: Double) {
        guard let first = points.first, let last = points.last else { return }
        if first.day == last.day {
            svg.text(first.day.description, x: x(first.day), y: y, size: 10, anchor: .middle, fill: Palette.muted)
            return
        }
        svg.text(first.day.description, x: plotX, y: y, size: 10, anchor: .start, fill: Palette.muted)
        svg.text(last.day.description, x: plotX + plotWidth, y: y, size: 10, anchor: .end, fill: Palette.muted)
        guard points.count > 2 else { return }
        let middle = points[points.count / 2].day
        let mx = x(middle)
        if mx - plotX >= 100 && plotX + plotWidth - mx >= 100 {
            svg.text(middle.description, x: mx, y: y, size: 10, anchor: .middle, fill: Palette.muted)
        }
    }

    private static func legend(_ svg: inout SVG, planned: Bool) {
        svg.line(x1: 0, y1: 9, x2: 18, y2: 9, stroke: Palette.technical, width: 2)
        svg.circle(cx: 9, cy: 9, r: 3, fill: Palette.technical)
        svg.text("remaining", x: 24, y: 13.5, size: 11.5, fill: Palette.muted)
        guard planned else { return }
        svg.line(x1: 96, y1: 9, x2: 114, y2: 9, stroke: Palette.muted, width: 1.5, dash: "5 4")
        svg.text("planned", x: 120, y: 13.5, size: 11.5, fill: Palette.muted)
    }

    /// An SVG path through `corners`, straight between them.
    private static func polyline(_ corners: [(Double, Double)]) -> String {
        let n = SVG.number
        return corners.enumerated().map { index, corner in "\(index == 0 ? "M" : "L")\(n(corner.0)) \(n(corner.1))" }.joined()
    }
}
