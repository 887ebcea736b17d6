/// The career tree as a Mermaid `graph` for Markdown pages: one node per role with
/// its readiness, edges labelled with the move (promotion solid, lateral dotted, pivot thick).
enum MermaidGraph {
    static func careerTree(_ tree: PathNode?) -> String {
        guard let tree else { return "" }
        var lines = ["graph LR"]
        var edges: [String] = []
        var classes: [String: [String]] = [:]
        var counter = 0
        func visit(_ node: PathNode, parentID: String?) {
            let id = "n\(counter)"
            counter += 1
            let detail = parentID == nil
                ? "current role · readiness \(node.readiness)"
                : "readiness \(node.readiness) · \(node.tier.rawValue)"
            let goal = node.goals.isEmpty ? "" : "<br/>goal"
            lines.append("  \(id)[\"\(label(node.title))<br/>\(detail)\(goal)\"]")
            classes[parentID == nil ? "current" : node.tier.rawValue.replacingSpaces(with: ""), default: []].append(id)
            if let parentID, let transition = node.transition {
                let arrow = switch transition {
                case .promotion: "-->"
                case .lateral: "-.->"
                case .pivot: "==>"
                }
                edges.append("  \(parentID) \(arrow)|\(transition.rawValue)| \(id)")
            }
            for child in node.children { visit(child, parentID: id) }
        }
        visit(tree, parentID: nil)
        lines += edges
        let styles = [
            ("current", "fill:#eef2f6,stroke:#1f2933,stroke-width:2px"),
            ("readynow", "fill:#e3f1e8,stroke:#2f7d4f"),
            ("goodfit", "fill:#e4edf6,stroke:#3b6ea5"),
            ("stretch", "fill:#f8eedc,stroke:#b7791f"),
            ("aspirational", "fill:#f1f2f4,stroke:#8a94a0"),
        ]
        for (name, style) in styles where classes[name] != nil {
            lines.append("  classDef \(name) \(style)")
            lines.append("  class \(classes[name]!.joined(separator: ",")) \(name)")
        }
        return lines.joined(separator: "\n")
    }

    /// A node label safe inside Mermaid's quotes: entity codes for quotes, angle brackets and '#'.
    static func label(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "#": out += "#35;"
            case "\"": out += "#quot;"
            case "<": out += "#lt;"
            case ">": out += "#gt;"
            case "\n", "\r", "\r\n": out += " "
            default: out.append(character)
            }
        }
        return out
    }
}
