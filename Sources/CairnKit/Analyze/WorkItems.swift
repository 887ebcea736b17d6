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

    /// The plan's work items: its gaps' level steps with their prerequisites, then its active
    /// goals' undone actions.
    static func build(_ plan: Plan, gaps: GapAnalysis) -> [WorkItem] {
        let goals = goalOrder(plan)
        var items: [WorkItem] = []
        var index: [String: Int] = [:]

        // Goals by position in `goals`: each gap's levels are looked up once, not for every step.
        let goalIDs = goals.map(\.id), goalDates = goals.map(\.by)
        let asked = StepLevels.Goals(goalIDs, gaps: gaps)
        for gap in gaps.gaps {
            let levels = StepLevels(gap, goals: asked)
            for step in gap.steps {
                guard let owner = levels.owner(of: step.level) else { continue }
                let gating = goalIDs.indices.filter { levels.required[$0] >= step.level }
                var after: [String] = []
                if step.level > gap.current + 1 { after.append(stepID(gap.skillID, step.level - 1)) }
                let item = WorkItem(
                    id: stepID(gap.skillID, step.level), kind: .step,
                    title: "\(gap.name) to \(step.level) (\(Level(rawValue: step.level)!.name))",
                    goalID: goalIDs[owner], goalIDs: gating.map { goalIDs[$0] }, priority: gap.priority,
                    deadline: (gating.isEmpty ? [owner] : gating).compactMap { goalDates[$0] }.min(), due: nil, hours: step.hours,
                    after: after, skillID: gap.skillID, level: step.level, every: nil, source: nil)
                index[item.id] = items.count
                items.append(item)
            }
        }
        addPrerequisites(&items, index: &index, plan: plan)

        let links = ActionLinks(plan)
        for goal in goals {
            for (n, action) in goal.actions.enumerated() where !action.isDone {
                let skillPriority = action.skillIDs.compactMap { gaps.gap($0)?.priority }.min()
                let priority: Priority = action.due != nil ? .p0 : (skillPriority ?? .p1)
                let deadline = [action.due, goal.by].compactMap { $0 }.min()
                let item = WorkItem(
                    id: actionID(action, goal: goal, index: n), kind: action.every == nil ? .action : .recurring,
                    title: action.title, goalID: goal.id, goalIDs: [goal.id], priority: priority, deadline: deadline,
                    due: action.due, hours: hours(of: action), after: links.after(action),
                    skillID: nil, level: nil, every: action.every, source: action.location.description)
                index[item.id] = items.count
                items.append(item)
            }
        }
        return items
    }

    /// An undone action's hours: its estimate, else 4 (1 an occurrence for a recurring one).
    static func hours(of action: Action) -> Double { action.estimateHours ?? (action.every == nil ? 4 : 1) }

    /// The taxonomy prerequisites a skill's step to `level` waits for: when it starts the skill
    /// from 0 (the step to 1 of a skill at 0), each prerequisite the person has not reached level 1 in.
    static func prerequisites(of skill: String, level: Int, plan: Plan) -> [String] {
        guard level == 1, (plan.profile.skill(skill)?.level.rawValue ?? 0) == 0 else { return [] }
        return (plan.catalog.taxonomy.skills[skill]?.after ?? []).filter { (plan.profile.skill($0)?.level.rawValue ?? 0) == 0 }
    }

    /// Adds `step:T:1` for every taxonomy prerequisite T of a skill started from 0 that the
    /// person has not reached level 1 in, and links the first step to it.
    static func addPrerequisites(_ items: inout [WorkItem], index: inout [String: Int], plan: Plan) {
        // Read from the front by a cursor: removing the first of a thousand steps moved the rest.
        var queue = items.indices.filter { items[$0].kind == .step }, next = 0
        while next < queue.count {
            let position = queue[next]
            next += 1
            let item = items[position]
            guard let skill = item.skillID, let level = item.level else { continue }
            for prerequisite in prerequisites(of: skill, level: level, plan: plan) {
                let id = stepID(prerequisite, 1)
                if !items[position].after.contains(id) { items[position].after.append(id) }
                if let existing = index[id] {
                    items[existing].priority = min(items[existing].priority, item.priority)
                    items[existing].deadline = [items[existing].deadline, item.deadline].compactMap { $0 }.min()
                    continue
                }
                let (hours, _) = GapAnalysis.stepHours(prerequisite, toLevel: 1, taxonomy: plan.catalog.taxonomy)
                let taxonomy = plan.catalog.taxonomy
                let added = WorkItem(
                    id: id, kind: .step, title: "\(taxonomy.name(of: prerequisite)) to 1 (basic), before \(taxonomy.name(of: skill))",
                    goalID: item.goalID, goalIDs: item.goalIDs, priority: item.priority, deadline: item.deadline, due: nil,
                    hours: hours, after: [], skillID: prerequisite, level: 1, every: nil, source: nil)
                index[id] = items.count
                items.append(added)
                queue.append(items.count - 1)
            }
        }
    }
}

/// What each active goal asks of a gap's skill, by the goal's position in the goal order.
struct StepLevels {
    /// The active goals, and the levels their dates count on by skill (`GapAnalysis.goalRequirements`),
    /// each goal's looked up once for all the gaps.
    struct Goals {
        let ids: [String]
        let required: [[String: Int]]

        init(_ ids: [String], gaps: GapAnalysis) {
            self.ids = ids
            required = ids.map { gaps.goalRequirements[$0] ?? [:] }
        }
    }

    /// Who asks for the skill (`Gap.needs`).
    let needs: [GapNeed]
    let goalIDs: [String]
    /// The level each goal needs (its role's, its postings', preferred ones included).
    private(set) var needed: [Int]
    /// The level each goal's date counts on.
    private(set) var required: [Int]

    /// A goal's needed level is the highest of its needs that are not a fallback's: those are
    /// what `GoalNeeds.levels` holds, and a gap's needs are all its skill's (`GoalNeeds.bySkill`).
    /// A goal's date counts on a level only its role or postings need, so a goal without such a
    /// need is not looked up.
    init(_ gap: Gap, goals: Goals) {
        needs = gap.needs
        goalIDs = goals.ids
        needed = Array(repeating: 0, count: goals.ids.count)
        required = needed
        for need in gap.needs where !need.source.isFallback {
            for goal in goals.ids.indices where goals.ids[goal] == need.goalID { needed[goal] = max(needed[goal], need.level) }
        }
        for goal in needed.indices where needed[goal] > 0 { required[goal] = goals.required[goal][gap.skillID] ?? 0 }
    }

    /// The goal a step to `level` is placed for: the first whose date counts on it, else the
    /// first that only prefers it, else the first whose fallback needs it; nil when none asks.
    func owner(of level: Int) -> Int? {
        required.firstIndex { $0 >= level } ?? needed.firstIndex { $0 >= level } ?? goalIDs.firstIndex { id in
            needs.contains { $0.source.isFallback && $0.level >= level && $0.goalID == id }
        }
    }
}

/// Which actions an action waits for: of its `after` ids, those not done, as work item ids. An
/// action of a goal that is not active counts as done.
struct ActionLinks {
    private var itemIDs: [String: String] = [:]
    private var done: Set<String> = []

    init(_ plan: Plan) {
        for goal in plan.goals {
            for (n, action) in goal.actions.enumerated() {
                guard let id = action.id else { continue }
                if action.isDone || goal.status != .active { done.insert(id) } else { itemIDs[id] = WorkItems.actionID(action, goal: goal, index: n) }
            }
        }
    }

    func after(_ action: Action) -> [String] { action.after.filter { !done.contains($0) }.compactMap { itemIDs[$0] } }
}
