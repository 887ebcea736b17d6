/// A piece of work the schedule places: a level step of a gap, an undone action, or a recurring action.
public struct WorkItem: Sendable, Encodable, Equatable {
    public enum Kind: String, Sendable, Encodable { case step, action, recurring }

    /// Stable: `step:kubernetes:2`, `action:sharding-review`, `action:staff-engineer:3`, `recurring:...`.
    public var id: String
    public var kind: Kind
    public var title: String
    /// The goal whose share of the hours it is placed in.
    public var goalID: String
    /// The goals whose date it counts for: their target role requires it, or half their target
    /// postings do (its prerequisites count too). Preferred skills are placed but do not count.
    public var goalIDs: [String]
    public var priority: Priority
    /// The action's due date or the earliest date of its goals.
    public var deadline: Day?
    /// The date a dated action is due.
    public var due: Day?
    /// Hours, per occurrence for a recurring item.
    public var hours: Double
    /// Item ids that must be done first.
    public var after: [String]
    public var skillID: String?
    public var level: Int?
    public var every: Recurrence?
    /// Where the action is written (`goals/staff.md:40:1`); nil for level steps.
    public var source: String?
}

/// Builds the work items of a plan from its gaps and its active goals' actions (analysis section 7).
enum WorkItems {
    /// Active goals in the order their shares are served: priority, date (none last), id.
    static func goalOrder(_ plan: Plan) -> [Goal] {
        plan.goals.filter { $0.status == .active }.sorted { a, b in
            let pa = GoalPriority.allCases.firstIndex(of: a.priority)!, pb = GoalPriority.allCases.firstIndex(of: b.priority)!
            if pa != pb { return pa < pb }
            if a.by != b.by { return (a.by?.ordinal ?? .max) < (b.by?.ordinal ?? .max) }
            return a.id < b.id
        }
    }

    static func stepID(_ skill: String, _ level: Int) -> String { "step:\(skill):\(level)" }

    static func actionID(_ action: Action, goal: Goal, index: Int) -> String {
        let prefix = action.every == nil ? "action" : "recurring"
        return action.id.map { "\(prefix):\($0)" } ?? "\(prefix):\(goal.id):\(index + 1)"
    }

    /// Without `titled`, level steps have no title: for what only counts hours (the burn-down's
    /// past days, a thousand steps each).
    static func build(_ plan: Plan, gaps: GapAnalysis, titled: Bool = true) -> [WorkItem] {
        let goals = goalOrder(plan)
        var items: [WorkItem] = []
        var index: [String: Int] = [:]

        // Goals by position in `goals`: each gap's levels are looked up once, not for every step.
        let goalIDs = goals.map(\.id), goalDates = goals.map(\.by)
        for gap in gaps.gaps {
            let needLevels = goalIDs.map { gaps.goalNeeds[$0]?[gap.skillID] ?? 0 }
            let requiredLevels = goalIDs.map { gaps.goalRequirements[$0]?[gap.skillID] ?? 0 }
            for step in gap.steps {
                let gating = goalIDs.indices.filter { requiredLevels[$0] >= step.level }
                // The goal it counts for comes first as owner, then one that only prefers it, then a fallback's.
                guard let owner = gating.first ?? needLevels.firstIndex(where: { $0 >= step.level }) ?? goalIDs.firstIndex(where: { id in
                    gap.needs.contains { $0.source.isFallback && $0.level >= step.level && $0.goalID == id }
                }) else { continue }
                var after: [String] = []
                if step.level > gap.current + 1 { after.append(stepID(gap.skillID, step.level - 1)) }
                let item = WorkItem(
                    id: stepID(gap.skillID, step.level), kind: .step,
                    title: titled ? "\(gap.name) to \(step.level) (\(Level(rawValue: step.level)!.name))" : "",
                    goalID: goalIDs[owner], goalIDs: gating.map { goalIDs[$0] }, priority: gap.priority,
                    deadline: (gating.isEmpty ? [owner] : gating).compactMap { goalDates[$0] }.min(), due: nil, hours: step.hours,
                    after: after, skillID: gap.skillID, level: step.level, every: nil, source: nil)
                index[item.id] = items.count
                items.append(item)
            }
        }
        addPrerequisites(&items, index: &index, plan: plan, titled: titled)

        var actionItems: [String: String] = [:]
        var done: Set<String> = []
        for goal in plan.goals {
            for (n, action) in goal.actions.enumerated() {
                guard let id = action.id else { continue }
                if action.isDone || goal.status != .active { done.insert(id) } else { actionItems[id] = actionID(action, goal: goal, index: n) }
            }
        }
        for goal in goals {
            for (n, action) in goal.actions.enumerated() where !action.isDone {
                let skillPriority = action.skillIDs.compactMap { gaps.gap($0)?.priority }.min()
                let priority: Priority = action.due != nil ? .p0 : (skillPriority ?? .p1)
                let deadline = [action.due, goal.by].compactMap { $0 }.min()
                let item = WorkItem(
                    id: actionID(action, goal: goal, index: n), kind: action.every == nil ? .action : .recurring,
                    title: action.title, goalID: goal.id, goalIDs: [goal.id], priority: priority, deadline: deadline,
                    due: action.due, hours: action.estimateHours ?? (action.every == nil ? 4 : 1),
                    after: action.after.filter { !done.contains($0) }.compactMap { actionItems[$0] },
                    skillID: nil, level: nil, every: action.every, source: action.location.description)
                index[item.id] = items.count
                items.append(item)
            }
        }
        return items
    }

    /// Adds `step:T:1` for every taxonomy prerequisite T of a skill started from 0 that the
    /// person has not reached level 1 in, and links the first step to it.
    static func addPrerequisites(_ items: inout [WorkItem], index: inout [String: Int], plan: Plan, titled: Bool = true) {
        // Read from the front by a cursor: removing the first of a thousand steps moved the rest.
        var queue = items.indices.filter { items[$0].kind == .step }, next = 0
        while next < queue.count {
            let position = queue[next]
            next += 1
            let item = items[position]
            guard let skill = item.skillID, item.level == 1 || (item.level ?? 0) == (plan.profile.skill(skill)?.level.rawValue ?? 0) + 1,
                  (plan.profile.skill(skill)?.level.rawValue ?? 0) == 0 else { continue }
            for prerequisite in plan.catalog.taxonomy.skills[skill]?.after ?? [] where (plan.profile.skill(prerequisite)?.level.rawValue ?? 0) == 0 {
                let id = stepID(prerequisite, 1)
                if !items[position].after.contains(id) { items[position].after.append(id) }
                if let existing = index[id] {
                    items[existing].priority = min(items[existing].priority, item.priority)
                    items[existing].deadline = [items[existing].deadline, item.deadline].compactMap { $0 }.min()
                    continue
                }
                let (hours, _) = GapAnalysis.stepHours(prerequisite, toLevel: 1, taxonomy: plan.catalog.taxonomy)
                let taxonomy = plan.catalog.taxonomy
                let title = titled ? "\(taxonomy.name(of: prerequisite)) to 1 (basic), before \(taxonomy.name(of: skill))" : ""
                let added = WorkItem(
                    id: id, kind: .step, title: title,
                    goalID: item.goalID, goalIDs: item.goalIDs, priority: item.priority, deadline: item.deadline, due: nil,
                    hours: hours, after: [], skillID: prerequisite, level: 1, every: nil, source: nil)
                index[id] = items.count
                items.append(added)
                queue.append(items.count - 1)
            }
        }
    }
}
