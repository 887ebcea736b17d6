/// One role of the career tree, as a row: how it is reached and how ready the person is.
public struct TreeRow: Sendable, Equatable, Encodable {
    public var roleID: String
    public var title: String
    /// 0 for the current role, 1 for a role one move away, ...
    public var depth: String
    public var isRoot: Bool
    /// The role it is reached from (empty at the root).
    public var from: String
    /// "promotion", "lateral", "pivot", or "current role".
    public var move: String
    /// "promotion from Senior Software Engineer", or "your current role".
    public var reachedBy: String
    public var readiness: String
    public var tier: String
    public var tierClass: String
    /// "goal staff-engineer" when goals target it.
    public var goals: String
    public var isGoal: Bool
    /// Skills the role asks for that are held at the level asked.
    public var overlap: String
    public var overlapCount: String
    /// Skills asked for above the level held, with the levels: "Kubernetes 1→2".
    public var newSkills: String
    public var newCount: String
}

extension TreeRow {
    /// Every node of `tree`, depth first, children in the analysis's order.
    static func rows(_ tree: PathNode?, plan: Plan) -> [TreeRow] {
        guard let tree else { return [] }
        var rows: [TreeRow] = []
        func visit(_ node: PathNode, parent: PathNode?, depth: Int) {
            rows.append(TreeRow(node, parent: parent, depth: depth, plan: plan))
            for child in node.children { visit(child, parent: node, depth: depth + 1) }
        }
        visit(tree, parent: nil, depth: 0)
        return rows
    }

    init(_ node: PathNode, parent: PathNode?, depth: Int, plan: Plan) {
        roleID = node.roleID
        title = node.title
        self.depth = String(depth)
        isRoot = parent == nil
        from = parent?.title ?? ""
        let move = node.transition?.rawValue ?? "current role"
        self.move = move
        reachedBy = parent.map { "\(move) from \($0.title)" } ?? "your current role"
        readiness = String(node.readiness)
        tier = node.tier.rawValue
        tierClass = node.tier.rawValue.replacingSpaces(with: "-")
        goals = node.goals.isEmpty ? "" : (node.goals.count == 1 ? "goal " : "goals ") + node.goals.joined(separator: ", ")
        isGoal = !node.goals.isEmpty
        let overlapNames = node.overlap.map { plan.catalog.taxonomy.name(of: $0) }
        overlap = overlapNames.isEmpty ? "none" : overlapNames.joined(separator: ", ")
        overlapCount = String(overlapNames.count)
        newSkills = node.newSkills.isEmpty ? "none" : node.newSkills.map { "\($0.name) \($0.current)→\($0.needed)" }.joined(separator: ", ")
        newCount = String(node.newSkills.count)
    }
}
