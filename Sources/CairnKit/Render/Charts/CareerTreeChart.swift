/// The career tree as boxes and lines: the current role on the left, each move to the
/// right, one row per leaf; boxes coloured by readiness tier, lines styled by move.
enum CareerTreeChart {
    private static let boxWidth = 230.0, boxHeight = 70.0, gapX = 86.0, gapY = 14.0
    private static let top = 34.0

    private struct Placed {
        var node: PathNode
        var depth: Int
        var y: Double
        var parent: Int?
    }

    static func svg(_ tree: PathNode?) -> String {
        guard let tree else { return "" }
        var placed: [Placed] = []
        var nextRow = 0
        /// Places `node` and its subtree; returns its index. Leaves take the next row,
        /// parents sit midway between their first and last child.
        func place(_ node: PathNode, depth: Int, parent: Int?) -> Int {
            let index = placed.count
            placed.append(Placed(node: node, depth: depth, y: 0, parent: parent))
            if node.children.isEmpty {
                placed[index].y = top + Double(nextRow) * (boxHeight + gapY)
                nextRow += 1
            } else {
                let children = node.children.map { place($0, depth: depth + 1, parent: index) }
                placed[index].y = (placed[children.first!].y + placed[children.last!].y) / 2
            }
            return index
        }
        _ = place(tree, depth: 0, parent: nil)
        let depth = placed.map(\.depth).max() ?? 0
        let width = Double(depth + 1) * boxWidth + Double(depth) * gapX + 4
        let height = top + Double(nextRow) * (boxHeight + gapY)
        var svg = SVG(width: max(width, 640), height: height,
                      label: "Career tree: your current role and the roles it leads to, with your readiness for each")
        svg.raw("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerUnits=\"userSpaceOnUse\" markerWidth=\"9\" markerHeight=\"9\" orient=\"auto-start-reverse\">"
            + "<path d=\"M0,0 L10,5 L0,10 z\" fill=\"\(Palette.muted)\"/></marker></defs>")
        legend(&svg)
        func x(_ depth: Int) -> Double { 2 + Double(depth) * (boxWidth + gapX) }
        for item in placed {
            guard let parent = item.parent, let transition = item.node.transition else { continue }
            let from = placed[parent]
            let x1 = x(from.depth) + boxWidth, y1 = from.y + boxHeight / 2
            let x2 = x(item.depth) - 2, y2 = item.y + boxHeight / 2
            let bend = (x2 - x1) / 2
            svg.path("M\(SVG.number(x1)),\(SVG.number(y1)) C\(SVG.number(x1 + bend)),\(SVG.number(y1)) \(SVG.number(x2 - bend)),\(SVG.number(y2)) \(SVG.number(x2)),\(SVG.number(y2))",
                     stroke: Palette.muted, width: transition == .pivot ? 2 : 1.5, dash: dash(transition), markerEnd: "arrow")
            // The label sits near the child, where edges from one parent have spread apart.
            let t = 0.72, u = 1 - t
            let mx = u * u * u * x1 + 3 * u * u * t * (x1 + bend) + 3 * u * t * t * (x2 - bend) + t * t * t * x2
            let my = u * u * u * y1 + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t * t * t * y2
            let labelWidth = Double(transition.rawValue.count) * 6.2 + 10
            svg.rect(x: mx - labelWidth / 2, y: my - 8, width: labelWidth, height: 15, fill: "#ffffff", radius: 3)
            svg.text(transition.rawValue, x: mx, y: my + 3.5, size: 10.5, anchor: .middle, fill: Palette.muted)
        }
        for item in placed {
            box(&svg, item.node, x: x(item.depth), y: item.y, isRoot: item.parent == nil)
        }
        return svg.document()
    }

    private static func dash(_ transition: Transition) -> String? {
        switch transition {
        case .promotion: nil
        case .lateral: "6 4"
        case .pivot: "2 3"
        }
    }

    private static func legend(_ svg: inout SVG) {
        var x = 0.0
        for transition in [Transition.promotion, .lateral, .pivot] {
            svg.line(x1: x, y1: 10, x2: x + 28, y2: 10, stroke: Palette.muted, width: transition == .pivot ? 2 : 1.5, dash: dash(transition))
            svg.text(transition.rawValue, x: x + 34, y: 14, size: 11.5, fill: Palette.muted)
            x += 40 + Double(transition.rawValue.count) * 6.8 + 14
        }
        x += 10
        for tier in [ReadinessTier.readyNow, .goodFit, .stretch, .aspirational] {
            svg.rect(x: x, y: 4, width: 12, height: 12, fill: Palette.tierFill(tier), radius: 2, stroke: Palette.tier(tier))
            svg.text(tier.rawValue, x: x + 17, y: 14, size: 11.5, fill: Palette.muted)
            x += 30 + Double(tier.rawValue.count) * 6.8
        }
    }

    private static func box(_ svg: inout SVG, _ node: PathNode, x: Double, y: Double, isRoot: Bool) {
        let color = isRoot ? Palette.ink : Palette.tier(node.tier)
        let isGoal = !node.goals.isEmpty
        svg.rect(x: x, y: y, width: boxWidth, height: boxHeight, fill: isRoot ? "#f4f6f8" : Palette.tierFill(node.tier), radius: 6,
                 stroke: color, strokeWidth: isGoal || isRoot ? 2.2 : 1,
                 tooltip: "\(node.title): readiness \(node.readiness), \(node.tier.rawValue)")
        let lines = SVG.wrap(node.title, width: boxWidth - 20, size: 13, bold: true, lines: 2)
        let titleY = lines.count == 1 ? y + 23 : y + 19
        for (index, line) in lines.enumerated() {
            svg.text(line, x: x + 10, y: titleY + Double(index) * 15, size: 13, weight: 600, tooltip: node.title)
        }
        let detailY = lines.count == 1 ? y + 42 : y + 52
        let detail = isRoot ? "current role · readiness \(node.readiness)" : "readiness \(node.readiness) · \(node.tier.rawValue)"
        svg.text(detail, x: x + 10, y: detailY, size: 11.5, fill: isRoot ? Palette.muted : color)
        if isGoal {
            svg.rect(x: x + boxWidth - 46, y: detailY - 11, width: 36, height: 15, fill: color, radius: 7.5)
            svg.text("GOAL", x: x + boxWidth - 28, y: detailY, size: 9.5, anchor: .middle, weight: 700, fill: "#ffffff")
        }
        svg.rect(x: x + 10, y: y + boxHeight - 12, width: boxWidth - 20, height: 5, fill: "#ffffff", radius: 2.5)
        svg.rect(x: x + 10, y: y + boxHeight - 12, width: (boxWidth - 20) * Double(min(100, node.readiness)) / 100, height: 5, fill: color, radius: 2.5)
    }
}
