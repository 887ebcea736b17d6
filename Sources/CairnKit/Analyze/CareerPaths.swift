/// A role in the career tree, reached from its parent by a transition (analysis "Paths").
public struct PathNode: Sendable, Encodable, Equatable {
    public var roleID: String
    public var title: String
    /// How it is reached from the parent; nil at the root (the current role).
    public var transition: Transition?
    /// The ids of goals that target this role.
    public var goals: [String]
    public var readiness: Int
    public var tier: ReadinessTier
    /// Skills the role asks for that are held at the level asked.
    public var overlap: [String]
    /// Skills the role asks for above the level held.
    public var newSkills: [SkillNeed]
    public var children: [PathNode]
}

public enum CareerPaths {
    /// How many `next` links deep the tree goes below the current role.
    public static let depth = 2

    /// The tree from the current role through `next` links; goal targets not reached
    /// that way hang from the root with their goal's kind as the transition.
    public static func tree(_ plan: Plan, readiness: (Role) -> Readiness) -> PathNode? {
        guard let rootRole = currentRole(plan) else { return nil }
        var seen: Set<String> = [rootRole.id]
        func node(_ role: Role, transition: Transition?, level: Int) -> PathNode {
            let score = readiness(role)
            var children: [PathNode] = []
            if level < depth {
                // Claim every direct child before descending, so a role sits as close to the root as it can.
                let links = role.next.sorted { (order($0.transition), $0.roleID) < (order($1.transition), $1.roleID) }
                    .filter { plan.catalog.roles[$0.roleID] != nil && seen.insert($0.roleID).inserted }
                for link in links {
                    children.append(node(plan.catalog.roles[link.roleID]!, transition: link.transition, level: level + 1))
                }
            }
            let covered = score.technical.skills
            return PathNode(
                roleID: role.id, title: role.title, transition: transition,
                goals: plan.goals.filter { $0.targetRoleID == role.id }.map(\.id), readiness: score.total, tier: score.tier,
                overlap: covered.filter { $0.gap == 0 }.map(\.skillID),
                newSkills: covered.filter { $0.gap > 0 }.map {
                    SkillNeed(skillID: $0.skillID, name: $0.name, current: $0.current, needed: $0.needed, neededBy: [role.id])
                },
                children: children)
        }
        var root = node(rootRole, transition: nil, level: 0)
        for goal in plan.goals where goal.status == .active && !seen.contains(goal.targetRoleID) {
            guard let target = plan.catalog.roles[goal.targetRoleID] else { continue }
            seen.insert(target.id)
            root.children.append(node(target, transition: transition(for: goal, from: rootRole, to: target), level: depth))
        }
        return root
    }

    /// Promotions first, then lateral moves, then pivots.
    static func order(_ transition: Transition) -> Int {
        switch transition {
        case .promotion: 0
        case .lateral: 1
        case .pivot: 2
        }
    }

    /// The current role: the profile's, else the catalog IC role at the person's seniority.
    public static func currentRole(_ plan: Plan) -> Role? {
        if let id = plan.profile.roleID, let role = plan.catalog.roles[id] { return role }
        let level = Position.of(plan).seniority.level
        let fallback = ["junior-engineer", "software-engineer", "senior-engineer", "staff-engineer", "principal-engineer", "distinguished-engineer"]
        return plan.catalog.roles[fallback[min(max(level, 1), 6) - 1]]
    }

    /// A goal's transition: its kind when it states one, else inferred from the two roles.
    static func transition(for goal: Goal, from current: Role, to target: Role) -> Transition {
        switch goal.kind ?? GoalKinds.infer(from: current, to: target) {
        case .promotion: .promotion
        case .lateral: .lateral
        case .management, .pivot: .pivot
        }
    }
}

/// Goal kinds inferred from roles when the goal does not state one.
public enum GoalKinds {
    /// Management when the target is on the management track and the current role is not; promotion
    /// when the target is higher on the same track; lateral at the same level; pivot otherwise.
    public static func infer(from current: Role, to target: Role) -> GoalKind {
        if target.track == .management && current.track != .management { return .management }
        if target.track == current.track && target.level > current.level { return .promotion }
        if target.level == current.level { return .lateral }
        return .pivot
    }
}
