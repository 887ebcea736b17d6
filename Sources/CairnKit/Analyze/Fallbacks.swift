/// A goal's fallback roles and the best of them: the alternative with the highest readiness (analysis section 9).
public struct Fallback: Sendable, Encodable, Equatable {
    public var goalID: String
    public var targetRoleID: String
    /// The most ready alternative; nil when the goal lists none.
    public var best: FallbackOption?
    /// Every alternative, most ready first (ties in the order the goal lists them).
    public var options: [FallbackOption]
}

/// One alternative role of a goal with its readiness.
public struct FallbackOption: Sendable, Encodable, Equatable {
    public var roleID: String
    public var title: String
    public var readiness: Int
    public var tier: ReadinessTier
}

extension Fallback {
    /// The fallbacks of every active goal, in the order the schedule serves goals, from the
    /// readiness already assessed (every fallback of an active goal is).
    public static func of(_ plan: Plan, readiness: [Readiness]) -> [Fallback] {
        let byRole = Dictionary(readiness.map { ($0.roleID, $0) }, uniquingKeysWith: { a, _ in a })
        return WorkItems.goalOrder(plan).map { goal in
            var seen: Set<String> = []
            let listed = goal.alternatives.filter { seen.insert($0).inserted }.compactMap { byRole[$0] }
            let options = listed.enumerated().sorted { a, b in
                a.element.total != b.element.total ? a.element.total > b.element.total : a.offset < b.offset
            }.map { FallbackOption(roleID: $0.element.roleID, title: $0.element.title, readiness: $0.element.total, tier: $0.element.tier) }
            return Fallback(goalID: goal.id, targetRoleID: goal.targetRoleID, best: options.first, options: options)
        }
    }

    /// A role to suggest as a goal's fallback: the most ready role assessed other than the goal's
    /// target and the current role.
    public static func suggestion(for goal: Goal, plan: Plan, readiness: [Readiness]) -> Readiness? {
        let current = CareerPaths.currentRole(plan)?.id
        return readiness.first { $0.roleID != goal.targetRoleID && $0.roleID != current }
    }
}
