/// Each active goal's remaining hours on a past day of a burn-down: the figure
/// `Schedule.remainingHours` gives over `WorkItems.build`'s items (the hours of the items a goal
/// needs, with their prerequisites, and of its recurring actions up to its date), counted
/// without making the items. A past day has a thousand level steps, and only their hours, the
/// goals they count for and what they wait for matter here: the steps are numbered, not named.
///
/// The items are the same and in the same order as `WorkItems.build` makes them (the rules are
/// its own: `StepLevels`, `WorkItems.prerequisites`, `ActionLinks`), and the hours of a goal are
/// added in that order, so the sums are the same to the last bit.
struct RemainingHours {
    /// A work item as the count needs it. Its goals are told by id as the work items tell them:
    /// by the position of the first active goal of the id (`group`).
    private struct Node {
        var hours: Double
        /// The goals whose date counts on it: a range of `gating`.
        var goals: Range<Int>
        /// How often, for a recurring action.
        var every: Recurrence?
        /// The goal whose share it is placed in, for a recurring action.
        var owner: Int
    }

    /// For each position in the goal order, the position of the first goal of its id.
    private var group: [Int] = []

    private var nodes: [Node] = []
    /// The goals (`group`s) of the nodes' `goals` ranges.
    private var gating: [Int] = []
    /// What each node waits for (node positions), in one list; a node's are `after[waits[node]]`.
    private var after: [Int] = []
    private var waits: [Range<Int>] = []
    /// The first node of a node's item id (action ids may repeat; step ids do not).
    private var first: [Int] = []
    /// The node of each skill's level step, at `slot * 4 + level`, -1 for none.
    private var steps: [Int] = []
    private var slots: [String: Int] = [:]

    /// The remaining hours of each of `goals` from the week of `start`, rounded to 0.1: the work
    /// is `plan`'s (its active goals', `WorkItems.goalOrder`), the dates are those of `goals`.
    static func of(_ plan: Plan, gaps: GapAnalysis, goals: [Goal], start: Day) -> [String: Double] {
        var count = RemainingHours()
        let active = WorkItems.goalOrder(plan), ids = active.map(\.id)
        count.group = ids.map { id in ids.firstIndex(of: id)! }
        count.addSteps(gaps, goalIDs: ids)
        count.addPrerequisites(plan)
        count.addActions(plan, goals: active)
        var result: [String: Double] = [:]
        // For each node, the last of `goals` (by its place there) its item was found needed for.
        var needed = [Int](repeating: -1, count: count.nodes.count)
        for (place, goal) in goals.enumerated() {
            // A goal not active in `plan` has no work there: no node counts for group -1.
            let group = ids.firstIndex(of: goal.id) ?? -1
            if group >= 0 { count.mark(group, as: place, in: &needed) }
            var oneOff = 0.0
            for (node, item) in count.nodes.enumerated() where item.every == nil && needed[count.first[node]] == place {
                oneOff += item.hours
            }
            let recurring = count.nodes.lazy.filter { $0.owner == group && $0.every != nil }.map { ($0.every!, $0.hours) }
            result[goal.id] = Numbers.round(Schedule.remainingHours(goal, oneOff: oneOff, recurring: recurring, start: start).hours, places: 1)
        }
        return result
    }

    /// Sets `needed` to `place` for the first node of every item the goals of `group` need: those
    /// counting for them and what they wait for, all the way down (`Schedule.neededItems`).
    private func mark(_ group: Int, as place: Int, in needed: inout [Int]) {
        var stack: [Int] = []
        for (node, item) in nodes.enumerated() where gating[item.goals].contains(group) { stack.append(first[node]) }
        while let node = stack.popLast() {
            guard needed[node] != place else { continue }
            needed[node] = place
            stack += after[waits[node]]
        }
    }

    private mutating func slot(_ skill: String) -> Int {
        if let slot = slots[skill] { return slot }
        slots[skill] = slots.count
        steps.append(contentsOf: repeatElement(-1, count: 4))
        return slots.count - 1
    }

    private mutating func add(_ node: Node, waitingFor: [Int] = []) {
        first.append(nodes.count)
        nodes.append(node)
        waits.append(after.count ..< after.count + waitingFor.count)
        after += waitingFor
    }

    /// The gaps' level steps that some goal asks for (`WorkItems.build`).
    private mutating func addSteps(_ gaps: GapAnalysis, goalIDs: [String]) {
        let asked = StepLevels.Goals(goalIDs, gaps: gaps)
        for gap in gaps.gaps {
            let levels = StepLevels(gap, goals: asked)
            let slot = slot(gap.skillID)
            for step in gap.steps {
                guard let owner = levels.owner(of: step.level) else { continue }
                let start = gating.count
                for (goal, level) in levels.required.enumerated() where level >= step.level { gating.append(group[goal]) }
                let previous = step.level > gap.current + 1 ? steps[slot * 4 + step.level - 1] : -1
                steps[slot * 4 + step.level] = nodes.count
                add(Node(hours: step.hours, goals: start ..< gating.count, every: nil, owner: group[owner]),
                    waitingFor: previous >= 0 ? [previous] : [])
            }
        }
    }

    /// The steps to 1 of the prerequisites of skills started from 0 (`WorkItems.addPrerequisites`):
    /// each waited for by the step that starts the skill, and added, counting for that step's goals,
    /// when no step to 1 of it is there yet.
    private mutating func addPrerequisites(_ plan: Plan) {
        var skills = Array(repeating: "", count: slots.count)
        for (skill, slot) in slots { skills[slot] = skill }
        var queue: [(node: Int, skill: String)] = []
        for (position, node) in steps.enumerated() where node >= 0 && position % 4 == 1 { queue.append((node, skills[position / 4])) }
        queue.sort { $0.node < $1.node }
        var next = 0
        while next < queue.count {
            let (node, skill) = queue[next]
            next += 1
            let prerequisites = WorkItems.prerequisites(of: skill, level: 1, plan: plan)
            guard !prerequisites.isEmpty else { continue }
            var waitingFor = Array(after[waits[node]])
            for prerequisite in prerequisites {
                let slot = slot(prerequisite)
                var step = steps[slot * 4 + 1]
                if step < 0 {
                    step = nodes.count
                    steps[slot * 4 + 1] = step
                    let (hours, _) = GapAnalysis.stepHours(prerequisite, toLevel: 1, taxonomy: plan.catalog.taxonomy)
                    add(Node(hours: hours, goals: nodes[node].goals, every: nil, owner: nodes[node].owner))
                    queue.append((step, prerequisite))
                }
                waitingFor.append(step)
            }
            waits[node] = after.count ..< after.count + waitingFor.count
            after += waitingFor
        }
    }

    /// The active goals' undone actions, waiting for the undone actions they name.
    private mutating func addActions(_ plan: Plan, goals: [Goal]) {
        let links = ActionLinks(plan)
        var firstOfID: [String: Int] = [:]
        var waitingFor: [(node: Int, ids: [String])] = []
        for (position, goal) in goals.enumerated() {
            for (n, action) in goal.actions.enumerated() where !action.isDone {
                let id = WorkItems.actionID(action, goal: goal, index: n)
                let node = nodes.count
                gating.append(group[position])
                add(Node(hours: WorkItems.hours(of: action), goals: gating.count - 1 ..< gating.count, every: action.every,
                         owner: group[position]))
                if let earlier = firstOfID[id] { first[node] = earlier } else { firstOfID[id] = node }
                waitingFor.append((node, links.after(action)))
            }
        }
        for (node, ids) in waitingFor {
            let nodes = ids.compactMap { firstOfID[$0] }
            waits[node] = after.count ..< after.count + nodes.count
            after += nodes
        }
    }
}
