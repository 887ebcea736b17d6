/// Posted salaries per role in one currency: the whisker spans the lowest minimum to the
/// highest maximum, the box the quartiles of the midpoints, the bar inside the median;
/// a dashed line marks the person's target when it is in the same currency.
enum SalaryChart {
    private static let width = 920.0, labelWidth = 236.0, axisX = 250.0, axisWidth = 620.0
    private static let rowHeight = 38.0, top = 46.0

    static func svg(_ stats: [SalaryStats], currency: String, target: Double?) -> String {
        guard !stats.isEmpty else { return "" }
        let values = stats.flatMap { [$0.minimum, $0.maximum] } + (target.map { [$0] } ?? [])
        let step = niceStep(for: (values.max() ?? 0) - (values.min() ?? 0))
        let low = ((values.min() ?? 0) / step).rounded(.down) * step
        let high = max(low + step, ((values.max() ?? 0) / step).rounded(.up) * step)
        func x(_ value: Double) -> Double { axisX + (value - low) / (high - low) * axisWidth }
        let bottom = top + Double(stats.count) * rowHeight
        var svg = SVG(width: width, height: bottom + 28, label: "Posted salaries per role in \(currency)")
        svg.text("Yearly, in \(currency)", x: 0, y: 14, size: 12, weight: 700, fill: Palette.muted)
        var tick = low
        while tick <= high + step / 2 {
            svg.line(x1: x(tick), y1: top - 6, x2: x(tick), y2: bottom, stroke: Palette.rule)
            svg.text(Format.amount(tick), x: x(tick), y: bottom + 16, size: 10, anchor: .middle, fill: Palette.muted)
            tick += step
        }
        for (index, row) in stats.enumerated() {
            let mid = top + Double(index) * rowHeight + rowHeight / 2
            svg.text(SVG.fit(row.role, width: labelWidth, size: 12.5), x: 0, y: mid - 1, size: 12.5, tooltip: row.role)
            svg.text(Format.count(row.postings, "posting"), x: 0, y: mid + 13, size: 10.5, fill: Palette.muted)
            svg.line(x1: x(row.minimum), y1: mid, x2: x(row.maximum), y2: mid, stroke: Palette.muted, width: 1.5)
            svg.line(x1: x(row.minimum), y1: mid - 6, x2: x(row.minimum), y2: mid + 6, stroke: Palette.muted, width: 1.5)
            svg.line(x1: x(row.maximum), y1: mid - 6, x2: x(row.maximum), y2: mid + 6, stroke: Palette.muted, width: 1.5)
            let tooltip = "min \(Format.amount(row.minimum)), quartiles \(Format.amount(row.lowerQuartile)) / \(Format.amount(row.median)) / "
                + "\(Format.amount(row.upperQuartile)), max \(Format.amount(row.maximum)) \(row.currency)"
            svg.rect(x: x(row.lowerQuartile), y: mid - 9, width: max(2, x(row.upperQuartile) - x(row.lowerQuartile)), height: 18,
                     fill: "#dbe6f2", radius: 2, stroke: Palette.technical, tooltip: tooltip)
            svg.line(x1: x(row.median), y1: mid - 9, x2: x(row.median), y2: mid + 9, stroke: Palette.ink, width: 2.5)
        }
        if let target {
            svg.line(x1: x(target), y1: top - 10, x2: x(target), y2: bottom, stroke: Palette.demonstrated, width: 2, dash: "5 4")
            let label = "your target \(Format.amount(target))"
            let anchor: SVG.Anchor = x(target) > axisX + axisWidth - 80 ? .end : .middle
            svg.text(label, x: x(target), y: top - 12, size: 11, anchor: anchor, weight: 600, fill: "#8a5a12")
        }
        return svg.document()
    }

    /// A round step (1, 2 or 5 times a power of ten) giving at most six ticks over `range`.
    static func niceStep(for range: Double) -> Double {
        var step = 1.0
        let multipliers = [2.0, 2.5, 2.0]
        var index = 0
        while range / step > 6 {
            step *= multipliers[index % 3]
            index += 1
        }
        return step
    }
}
