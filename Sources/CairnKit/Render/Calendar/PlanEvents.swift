/// The dated events of a plan: each scheduled item's milestone or due date, and each active
/// goal's date, with a plain-text description of what it is and why it is there.
struct PlanEvents {
    let plan: Plan
    let analysis: Analysis
    /// Makes a full UID from an event's identity (`step:kubernetes:2`).
    let uid: (String) -> String
    let goalsByID: [String: Goal]
    /// Active goals' undone actions by work item id.
    let actions: [String: Action]
    let gaps: [String: Gap]

    init(plan: Plan, analysis: Analysis, uid: @escaping (String) -> String) {
        self.plan = plan
        self.analysis = analysis
        self.uid = uid
        goalsByID = Dictionary(plan.goals.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var actions: [String: Action] = [:]
        for goal in plan.goals where goal.status == .active {
            for (index, action) in goal.actions.enumerated() where !action.isDone {
                actions[WorkItems.actionID(action, goal: goal, index: index)] = action
            }
        }
        self.actions = actions
        gaps = Dictionary(analysis.gaps.gaps.map { ($0.skillID, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// One event per level step and action: a dated action on its due date (the date the person
    /// committed to; the schedule's finish is in the description), any other item on its milestone.
    /// Recurring actions and items the schedule never finishes have no day, so no event.
    func items() -> [CalendarEvent] {
        let entries = analysis.schedule.items.filter { $0.item.kind != .recurring }
        var before: [String: [String]] = [:]
        for entry in entries {
            for id in entry.item.after { before[id, default: []].append(entry.item.title) }
        }
        return entries.compactMap { entry in
            let item = entry.item
            guard let date = item.due ?? entry.milestone else { return nil }
            let kind: CalendarEvent.Kind = item.due == nil ? .milestone : .due
            let what = item.kind == .step ? "skill step" : "action"
            var lines = [
                kind == .due ? "Due date of this action." : "Milestone: the schedule finishes this \(what) in the week ending on this day.",
                goalLine(item),
                work(entry),
            ]
            if let due = item.due { lines.append(finish(entry, due: due)) }
            lines.append("Why: " + why(item))
            if let after = before[item.id] { lines.append("It comes before: \(after.joined(separator: "; ")).") }
            if let source = item.source { lines.append("Written in \(source).") }
            lines.append(footer)
            let summary = kind == .due ? "Due: \(item.title)" : item.kind == .step ? "Skill: \(item.title)" : "Finish: \(item.title)"
            return CalendarEvent(uid: uid(item.id), kind: kind, date: date, summary: summary,
                                 description: lines.joined(separator: "\n"), rule: nil)
        }
    }

    /// One event per active goal with a date, on that date.
    func goals() -> [CalendarEvent] {
        let timelines = Dictionary(uniqueKeysWithValues: analysis.schedule.goals.map { ($0.goalID, $0) })
        return plan.goals.filter { $0.status == .active }.compactMap { goal in
            guard let by = goal.by else { return nil }
            let kind = goal.kind.map { "a \($0.rawValue) goal, " } ?? ""
            var lines = ["\(goalName(goal.id)) by \(by): \(kind)\(goal.priority.rawValue) priority."]
            if let timeline = timelines[goal.id] { lines.append(schedule(timeline)) }
            let fallbacks = goal.alternatives.map(roleName)
            if !fallbacks.isEmpty { lines.append("Fallbacks: \(Format.list(fallbacks)).") }
            lines += ["Written in \(goal.location.path).", footer]
            return CalendarEvent(uid: uid("goal:\(goal.id)"), kind: .goal, date: by, summary: "Goal date: \(roleName(goal.targetRoleID))",
                                 description: lines.joined(separator: "\n"), rule: nil)
        }
    }

    /// The last line of every description: the plan's date, and that dates move.
    var footer: String { "From Cairn's plan as of \(analysis.asOf); dates move as the plan and the log change." }

    /// A role's title, or its id when the catalog lacks it.
    func roleName(_ roleID: String) -> String { plan.catalog.roles[roleID]?.title ?? roleID }

    /// "Staff Engineer (staff-engineer)": the goal's target and its id.
    func goalName(_ goalID: String) -> String {
        guard let goal = goalsByID[goalID] else { return goalID }
        return "\(roleName(goal.targetRoleID)) (\(goal.id))"
    }

    /// The goal whose hours an item is placed in, and the other goals it counts for.
    func goalLine(_ item: WorkItem) -> String {
        let others = item.goalIDs.filter { $0 != item.goalID }
        return "Goal: \(goalName(item.goalID))." + (others.isEmpty ? "" : " Also counts for: \(Format.list(others.map(goalName))).")
    }

    /// An item's hours and the weeks the schedule places them in.
    func work(_ entry: ScheduledItem) -> String {
        let hours = "Hours: \(Format.number(entry.item.hours))"
        guard let start = entry.start else { return hours + "." }
        guard let end = entry.milestone else { return hours + ", placed from the week of \(start), not all of them within ten years." }
        return hours + ", placed in the weeks from \(start) to \(end)."
    }

    /// When the schedule finishes a dated action, against its due date.
    func finish(_ entry: ScheduledItem, due: Day) -> String {
        let overdue = due < analysis.asOf ? " It was due before the plan's date, \(analysis.asOf)." : ""
        guard let end = entry.milestone else {
            return "Late: the schedule does not finish it within ten years at your hours per week." + overdue
        }
        guard entry.late else { return "On time: the schedule finishes it in the week ending \(end)." + overdue }
        return "Late: the schedule finishes it in the week ending \(end), \(Format.count(due.days(to: end), "day")) after the due date." + overdue
    }

    /// The priority and where it comes from: the gap's askers for a step, the skills an action practises.
    func why(_ item: WorkItem) -> String {
        var text = item.priority.label
        if item.kind == .step, let skill = item.skillID, let gap = gaps[skill] {
            text += " gap: \(gap.name) is at \(gap.current), \(gap.needed) needed"
            let askers = asked(gap)
            if !askers.isEmpty { text += "; " + Format.list(askers) }
        } else if item.kind == .step {
            text += ": a prerequisite of a skill your goals need"
        } else if item.due != nil {
            text += ": a dated action comes first"
        } else {
            text += ": an action of the goal"
        }
        let skills = actions[item.id]?.skillIDs.map(plan.catalog.taxonomy.name(of:)) ?? []
        if !skills.isEmpty { text += "; it practises \(Format.list(skills))" }
        return text + "."
    }

    /// Who asks for a gap's skill: "required by Staff Engineer at 3", "by 4 of 6 target postings".
    func asked(_ gap: Gap) -> [String] {
        var out: [String] = []
        for need in gap.needs {
            let role = roleName(need.roleID ?? "")
            let text: String
            switch need.source {
            case .required: text = "required by \(role) at \(need.level)"
            case .preferred: text = "preferred by \(role) at \(need.level)"
            case .fallbackRequired, .fallbackPreferred: text = "needed by the fallback \(role) at \(need.level)"
            case .postings: continue
            }
            if !out.contains(text) { out.append(text) }
        }
        if let required = gap.requiredBy { out.append("required by \(required) of \(Format.count(gap.postings, "target posting"))") }
        return out
    }

    /// How the goal's work fits before its date.
    func schedule(_ timeline: GoalTimeline) -> String {
        let work = "at \(Format.number(timeline.share)) hours a week, its \(Format.number(timeline.remainingHours)) hours of work"
        let needed = timeline.neededHoursPerWeek.map { "; it would need \(Format.number($0)) hours a week" } ?? ""
        guard let end = timeline.end else { return "Not feasible: \(work) are not all placed within ten years\(needed)." }
        guard timeline.feasible == false else { return "On time: \(work) end in the week ending \(end)." }
        return "Not feasible: \(work) end in the week ending \(end)\(needed)."
    }
}
