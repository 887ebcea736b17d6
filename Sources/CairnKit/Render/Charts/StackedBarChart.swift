/// Horizontal bars, each split into coloured parts that add up to a total out of 100:
/// readiness (three parts) and job matches (five parts).
struct StackedBarChart {
    struct Part {
        var name: String
        var color: String
    }

    struct Row {
        var label: String
        var sublabel: String
        /// Points of each part, in the order of `parts`.
        var values: [Double]
        /// Maximum of each part, for tooltips.
        var maxima: [Double]
        var total: String
    }

    var title: String
    var parts: [Part]
    var rows: [Row]
    /// Dashed guides with their labels (for example the readiness tiers).
    var guides: [(value: Double, label: String)] = []

    private let width = 920.0, labelWidth = 236.0, barX = 246.0, barWidth = 600.0
    private let rowHeight = 38.0, barHeight = 18.0
    /// About the markup of one row (1.3 KB for a posting: labels, bar, five parts with tooltips):
    /// the buffer is sized once for all rows, the market's chart of every posting being megabytes.
    private let rowBytes = 1_400

    var svg: String {
        var whole = ""
        write(rowsPerPiece: rows.count + 1) { whole = String(decoding: $0, as: UTF8.self); return true }
        return whole
    }

    /// The chart's markup in pieces of `rowsPerPiece` rows, each given to `emit` as it is made, as
    /// UTF-8 (a deferred text's pieces are bytes: megabytes of markup are not made strings, every
    /// byte checked, to be made bytes again); stops when `emit` returns false.
    func write(rowsPerPiece: Int, _ emit: (UnsafeRawBufferPointer) -> Bool) {
        let top = guides.isEmpty ? 34.0 : 56.0
        let height = top + Double(rows.count) * rowHeight + 22
        var svg = SVG(width: width, height: height, label: title, capacity: 2_048 + min(rows.count, rowsPerPiece) * rowBytes)
        var x = 0.0
        for part in parts {
            svg.rect(x: x, y: 4, width: 12, height: 12, fill: part.color, radius: 2)
            svg.text(part.name, x: x + 18, y: 14.5, size: 12, fill: Palette.muted)
            x += 30 + Double(part.name.count) * 6.8
        }
        let scale = barWidth / 100
        for guide in guides {
            let gx = barX + guide.value * scale
            svg.text(guide.label, x: gx, y: top - 8, size: 10.5, anchor: .middle, fill: Palette.muted)
        }
        var maxima = ShownMaxima(parts: parts.count)
        for (index, row) in rows.enumerated() {
            if index > 0, index % rowsPerPiece == 0, !svg.emitWritten(emit) { return }
            let y = top + Double(index) * rowHeight
            let barY = y + (rowHeight - barHeight) / 2
            svg.text(SVG.fit(row.label, width: labelWidth, size: 13, bold: true), x: 0, y: y + 16, size: 13, weight: 600, tooltip: row.label)
            svg.text(SVG.fit(row.sublabel, width: labelWidth, size: 11), x: 0, y: y + 31, size: 11, fill: Palette.muted)
            svg.rect(x: barX, y: barY, width: barWidth, height: barHeight, fill: Palette.track, radius: 3)
            for guide in guides {
                let gx = barX + guide.value * scale
                svg.line(x1: gx, y1: barY - 5, x2: gx, y2: barY + barHeight + 5, stroke: Palette.muted, width: 1, dash: "3 2")
            }
            var start = barX
            for (partIndex, value) in row.values.enumerated() where value > 0 {
                let part = parts[partIndex]
                let segment = value * scale
                let shown = Format.number(value)
                svg.barPart(x: start, y: barY, width: segment, height: barHeight, fill: part.color, name: part.name, value: shown,
                            maximum: partIndex < row.maxima.count ? maxima.number(row.maxima[partIndex], part: partIndex) : nil)
                if segment >= 30 {
                    svg.text(shown, x: start + segment / 2, y: barY + 13, size: 10.5, anchor: .middle, weight: 600, fill: "#ffffff")
                }
                start += segment
            }
            svg.text(row.total, x: barX + barWidth + 12, y: barY + 14, size: 14, weight: 700)
        }
        let bottom = top + Double(rows.count) * rowHeight
        for tick in stride(from: 0, through: 100, by: 20) {
            let tx = barX + Double(tick) * scale
            svg.text(String(tick), x: tx, y: bottom + 16, size: 10, anchor: .middle, fill: Palette.muted)
        }
        _ = svg.emitDocument(emit)
    }
}

extension StackedBarChart {
    /// Readiness per role: technical, experience and demonstrated points, with the tier guides.
    static func readiness(_ assessed: [Readiness]) -> String {
        guard !assessed.isEmpty else { return "" }
        return StackedBarChart(
            title: "Readiness per role, split into its three parts",
            parts: [Part(name: "technical", color: Palette.technical), Part(name: "experience", color: Palette.experience),
                    Part(name: "demonstrated", color: Palette.demonstrated)],
            rows: assessed.map { readiness in
                Row(label: readiness.title, sublabel: readiness.tier.rawValue,
                    values: [readiness.technical.points, readiness.experience.points, readiness.demonstrated.points],
                    maxima: [readiness.technical.maximum, readiness.experience.maximum, readiness.demonstrated.maximum],
                    total: String(readiness.total))
            },
            guides: [(55, "55 stretch"), (70, "70 good fit"), (85, "85 ready now")]
        ).svg
    }

    /// Job matches: the five parts of each posting's score, made when a page shows it.
    static func matches(_ matches: [JobMatch]) -> ChartMarkup {
        guard !matches.isEmpty else { return ChartMarkup(chart: nil) }
        let names = ["title", "location", "skills", "experience", "salary"]
        return ChartMarkup(chart: StackedBarChart(
            title: "Match score of each saved posting, split into its five parts",
            parts: zip(names, Palette.matchParts).map { Part(name: $0, color: $1) },
            rows: matches.map { match in
                let parts = [match.titleFit, match.location, match.skills, match.experience, match.salary]
                // The company and the status, those not empty.
                let sublabel = Format.joined(match.company.flatMap { $0.isEmpty ? nil : $0 }, match.status.isEmpty ? nil : match.status,
                                             separator: " · ")
                return Row(label: match.title, sublabel: sublabel, values: parts.map(\.points), maxima: parts.map(\.maximum),
                           total: String(match.total))
            }
        ))
    }
}
