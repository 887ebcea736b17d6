/// The development plan as a Gantt chart: a row per item from its first week to its milestone,
/// coloured by priority, grouped by goal; month lines with a label each quarter, a line at
/// as_of, each goal's date as a dashed line, and due dates as diamonds (filled when the milestone is late).
enum GanttChart {
    private static let width = 920.0, labelWidth = 292.0, chartX = 304.0, chartWidth = 604.0
    private static let top = 58.0, sectionHeight = 28.0, rowHeight = 30.0, barHeight = 12.0

    /// The colour of a priority, as the P0-P3 pills of the pages.
    static func color(_ priority: Priority) -> String {
        switch priority {
        case .p0: "#9b2c2c"
        case .p1: "#b7791f"
        case .p2: "#3b6ea5"
        case .p3: "#8a94a0"
        }
    }

    static func svg(_ plan: GanttPlan) -> String {
        guard plan.barCount > 0 else { return "" }
        let span = Double(plan.from.days(to: plan.to))
        func x(_ day: Day) -> Double { chartX + min(span, max(0, Double(plan.from.days(to: day)))) / span * chartWidth }
        let rows = plan.sections.reduce(0.0) { $0 + sectionHeight + Double($1.bars.count) * rowHeight }
        let bottom = top + rows
        var svg = SVG(width: width, height: bottom + 12,
                      label: "Development plan from \(plan.asOf): one bar per item from its first week to its milestone")
        legend(&svg)
        months(&svg, plan: plan, x: x, bottom: bottom)
        svg.line(x1: x(plan.asOf), y1: top - 16, x2: x(plan.asOf), y2: bottom, stroke: Palette.ink, width: 1.5)
        svg.text("as of \(plan.asOf)", x: x(plan.asOf) + 4, y: top - 20, size: 10.5, weight: 600)
        var y = top
        for section in plan.sections {
            svg.rect(x: 0, y: y + 3, width: width, height: sectionHeight - 6, fill: Palette.track, radius: 3)
            svg.text(SVG.fit(section.title, width: labelWidth - 8, size: 12.5, bold: true), x: 6, y: y + 18.5, size: 12.5,
                     weight: 700, tooltip: section.title)
            let sectionBottom = y + sectionHeight + Double(section.bars.count) * rowHeight
            if let date = section.date {
                if date < plan.to {
                    let gx = x(date)
                    svg.line(x1: gx, y1: y + 3, x2: gx, y2: sectionBottom, stroke: Palette.ink, width: 1.5, dash: "5 3")
                    let label = "goal date \(date)"
                    let anchor: SVG.Anchor = gx > chartX + chartWidth - 110 ? .end : .start
                    svg.text(label, x: gx + (anchor == .end ? -5 : 5), y: y + 18.5, size: 10.5, anchor: anchor, weight: 600)
                } else {
                    svg.text("goal date \(date) →", x: chartX + chartWidth, y: y + 18.5, size: 10.5, anchor: .end, weight: 600)
                }
            }
            y += sectionHeight
            for bar in section.bars {
                row(&svg, bar, y: y, x: x, end: plan.to)
                y += rowHeight
            }
        }
        return svg.document()
    }

    private static func legend(_ svg: inout SVG) {
        var lx = 0.0
        for priority in Priority.allCases {
            svg.rect(x: lx, y: 3, width: 12, height: 12, fill: color(priority), radius: 2)
            svg.text(priority.label, x: lx + 17, y: 13.5, size: 11.5, fill: Palette.muted)
            lx += 46
        }
        diamond(&svg, x: lx + 6, y: 9, fill: "#ffffff", stroke: Palette.ink)
        svg.text("due date", x: lx + 16, y: 13.5, size: 11.5, fill: Palette.muted)
        lx += 74
        diamond(&svg, x: lx + 6, y: 9, fill: Palette.ink, stroke: Palette.ink)
        svg.text("due date missed", x: lx + 16, y: 13.5, size: 11.5, fill: Palette.muted)
        lx += 116
        svg.line(x1: lx, y1: 9, x2: lx + 18, y2: 9, stroke: Palette.ink, width: 1.5, dash: "5 3")
        svg.text("goal date", x: lx + 24, y: 13.5, size: 11.5, fill: Palette.muted)
    }

    private static func months(_ svg: inout SVG, plan: GanttPlan, x: (Day) -> Double, bottom: Double) {
        var month = plan.from
        while month <= plan.to {
            let mx = x(month)
            let quarterStart = (month.month - 1) % 3 == 0
            svg.line(x1: mx, y1: top - 6, x2: mx, y2: bottom, stroke: month.month == 1 ? "#b8c0c8" : Palette.rule, width: 1)
            if quarterStart && mx + 44 <= chartX + chartWidth {
                let label = String(month.description.prefix(7))
                svg.text(label, x: mx + 3, y: top - 4, size: 10, fill: Palette.muted)
            }
            month = month.months(after: 1)
        }
    }

    private static func row(_ svg: inout SVG, _ bar: GanttPlan.Bar, y: Double, x: (Day) -> Double, end: Day) {
        let detail = "\(bar.priority.label) · \(Format.hours(bar.hours)) · done \(bar.milestone)"
            + (bar.due.map { bar.late ? " · due \($0): late" : " · due \($0)" } ?? "")
        let tooltip = "\(bar.title): \(bar.priority.label), \(Format.hours(bar.hours)) from \(bar.start) to \(bar.milestone)"
            + (bar.due.map { bar.late ? ", due \($0): late" : ", due \($0)" } ?? "")
        svg.text(SVG.fit(bar.title, width: labelWidth - 14, size: 12), x: 14, y: y + 13, size: 12, tooltip: bar.title)
        svg.text(SVG.fit(detail, width: labelWidth - 14, size: 10), x: 14, y: y + 25, size: 10, fill: Palette.muted)
        let x1 = x(bar.start), x2 = bar.clipped ? x(end) : x(bar.milestone.adding(days: 1))
        let barY = y + (rowHeight - barHeight) / 2
        svg.rect(x: x1, y: barY, width: max(3, x2 - x1), height: barHeight, fill: color(bar.priority), radius: 2,
                 tooltip: tooltip)
        if bar.clipped {
            svg.text("→ \(bar.milestone)", x: x2 - 4, y: barY - 2, size: 9.5, anchor: .end, fill: Palette.muted)
        }
        if let due = bar.due, due < end {
            diamond(&svg, x: x(due), y: barY + barHeight / 2, fill: bar.late ? Palette.ink : "#ffffff",
                    stroke: bar.late ? "#ffffff" : Palette.ink)
        }
    }

    private static func diamond(_ svg: inout SVG, x: Double, y: Double, fill: String, stroke: String) {
        let n = SVG.number
        svg.raw("<path d=\"M\(n(x)) \(n(y - 6))L\(n(x + 6)) \(n(y))L\(n(x)) \(n(y + 6))L\(n(x - 6)) \(n(y))Z\" fill=\"\(fill)\" stroke=\"\(stroke)\" stroke-width=\"1.5\"/>")
    }
}
