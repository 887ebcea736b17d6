/// The skill map: one bar per held skill (score 0-100) with its level as dots,
/// grouped by category in two balanced columns.
enum SkillMapChart {
    private static let columnWidth = 450.0, gutter = 20.0
    private static let rowHeight = 22.0, headerHeight = 28.0
    private static let nameWidth = 150.0, dotsX = 158.0, barX = 200.0, barWidth = 200.0

    static func svg(_ categories: [SkillCategory]) -> String {
        let shown = categories.filter { !$0.skills.isEmpty }
        guard !shown.isEmpty else { return "" }
        func height(_ category: SkillCategory) -> Double { headerHeight + Double(category.skills.count) * rowHeight + 8 }
        let total = shown.reduce(0) { $0 + height($1) }
        var columns: [[SkillCategory]] = [[], []]
        var used = 0.0
        for category in shown {
            // Fill the left column up to half the height, then the right one.
            let column = columns[1].isEmpty && (used + height(category) / 2 <= total / 2 || columns[0].isEmpty) ? 0 : 1
            columns[column].append(category)
            if column == 0 { used += height(category) }
        }
        let chartHeight = columns.map { $0.reduce(0) { $0 + height($1) } }.max() ?? 0
        var svg = SVG(width: columnWidth * 2 + gutter, height: chartHeight + 4,
                      label: "Skill map: the score of each skill you hold, 0 to 100, with its level 0 to 3 as dots")
        for (columnIndex, column) in columns.enumerated() {
            let x0 = Double(columnIndex) * (columnWidth + gutter)
            var y = 0.0
            for category in column {
                svg.text(category.category.uppercased(), x: x0, y: y + 18, size: 11, weight: 700, fill: Palette.muted)
                svg.line(x1: x0, y1: y + 23, x2: x0 + columnWidth, y2: y + 23, stroke: Palette.rule)
                y += headerHeight
                for skill in category.skills {
                    let mid = y + rowHeight / 2
                    svg.text(SVG.fit(skill.name, width: nameWidth, size: 12.5), x: x0, y: mid + 4.5, size: 12.5, tooltip: skill.name)
                    for dot in 0..<3 {
                        svg.circle(cx: x0 + dotsX + Double(dot) * 11, cy: mid, r: 3.6,
                                   fill: dot < skill.level ? Palette.ink : Palette.rule)
                    }
                    svg.rect(x: x0 + barX, y: mid - 6, width: barWidth, height: 12, fill: Palette.track, radius: 2)
                    let color = skill.stale ? "#8a94a0" : Palette.technical
                    let note = skill.stale ? ", reduced: last used more than 24 months ago" : ""
                    svg.rect(x: x0 + barX, y: mid - 6, width: barWidth * Double(skill.score) / 100, height: 12, fill: color, radius: 2,
                             tooltip: "\(skill.name): score \(skill.score), level \(skill.level)\(note)")
                    svg.text(String(skill.score), x: x0 + barX + barWidth + 8, y: mid + 4.5, size: 12, weight: 600)
                    y += rowHeight
                }
                y += 8
            }
        }
        return svg.document()
    }
}
