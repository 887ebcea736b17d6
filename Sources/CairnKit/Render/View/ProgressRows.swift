/// The rows of the progress report's tables (see `ProgressView`).
public struct GoalProgressRow: Sendable, Equatable, Encodable {
    public var goalID: String
    public var target: String
    public var by: String
    public var status: String
    public var statusClass: String
    /// The status with its figures.
    public var reason: String
    /// "11.3 h of 26.3 h (43%)".
    public var hours: String
    /// "4 of 19 levels (21%) since 2026-05-04 (started: in goals/staff.md)".
    public var closure: String
    public var remaining: String
    /// "2.9 h a week = 22.8 h / 8 weeks".
    public var velocity: String
    public var projected: String
    public var burndown: [BurnRow]
    public var burndownChart: String
}

public struct BurnRow: Sendable, Equatable, Encodable {
    public var day: String
    public var remaining: String
    public var planned: String
}

public struct WeekRow: Sendable, Equatable, Encodable {
    public var monday: String
    public var hours: String
}

public struct SkillHoursRow: Sendable, Equatable, Encodable {
    public var skill: String
    public var hours: String
}

public struct LevelChangeRow: Sendable, Equatable, Encodable {
    public var date: String
    public var skill: String
    /// "0 → 1 (basic)".
    public var change: String
    public var source: String
}

public struct DoneActionRow: Sendable, Equatable, Encodable {
    public var date: String
    public var goal: String
    public var title: String
    public var source: String
}

public struct SkillSeriesRow: Sendable, Equatable, Encodable {
    public var skill: String
    /// "0 until 2026-11-15, then 1".
    public var history: String
}

public struct ReviewView: Sendable, Equatable, Encodable {
    /// "monthly review on 2026-10-31 (log/2026-10.md:38:1)".
    public var title: String
    public var facts: [String]
    public var readiness: [ReadinessDeltaRow]
    public var hasReadiness: Bool
}

public struct ReadinessDeltaRow: Sendable, Equatable, Encodable {
    public var role: String
    public var before: String
    public var now: String
    /// "+5", "0", "-3".
    public var delta: String
}

public struct NextFocusView: Sendable, Equatable, Encodable {
    /// "December 2026 (2026-12-01 to 2026-12-31): 31.5 h planned".
    public var title: String
    public var items: [FocusItemRow]
    public var hasItems: Bool
    public var milestones: [FocusItemRow]
    public var hasMilestones: Bool
}

public struct FocusItemRow: Sendable, Equatable, Encodable {
    public var title: String
    /// Hours, or a milestone's date.
    public var value: String
    public var goal: String
}

extension GoalProgressRow {
    init(_ goal: GoalProgress, plan: Plan) {
        goalID = goal.goalID
        target = PlanView.goalTitle(goal.goalID, plan: plan)
        by = goal.by?.description ?? "no date"
        status = goal.status.rawValue
        statusClass = goal.status.rawValue.replacingSpaces(with: "-")
        reason = goal.reason
        hours = goal.capacity > 0
            ? "\(Format.hours(goal.hours)) of \(Format.hours(goal.capacity))\(goal.adherence.map { " (\($0)%)" } ?? "")"
            : Format.hours(goal.hours)
        if let start = goal.start {
            let share = goal.closure.map { " (\($0)%)" } ?? ""
            closure = goal.levelsAtStart > 0
                ? "\(goal.closedLevels) of \(goal.levelsAtStart) levels\(share) since \(start.day) (\(start.basis))"
                : "no gap at the start, \(start.day) (\(start.basis))"
        } else {
            closure = "not started: no `started:`, commit or log entry"
        }
        remaining = Format.hours(goal.remainingHours)
        velocity = "\(Format.number(goal.velocity, places: 2)) h a week = \(Format.number(goal.recentHours, places: 2)) h / 8 weeks"
        projected = goal.projected?.description ?? "-"
        burndown = goal.burndown.map {
            BurnRow(day: $0.day.description, remaining: Format.hours($0.remaining), planned: $0.planned.map(Format.hours) ?? "-")
        }
        burndownChart = BurndownChart.svg(goal.burndown, title: target, goalDate: goal.by)
    }
}

extension LevelChangeRow {
    init(_ change: LevelChangeRecord, taxonomy: Taxonomy) {
        date = change.date?.description ?? "not dated"
        skill = taxonomy.name(of: change.skillID)
        self.change = "\(change.from) → \(change.to) (\(Level(rawValue: change.to)?.name ?? String(change.to)))"
        source = change.source.text
    }
}

extension DoneActionRow {
    init(_ action: DoneAction, plan: Plan) {
        date = action.date?.description ?? "not dated"
        goal = PlanView.goalTitle(action.goalID, plan: plan)
        title = action.title
        source = action.source
    }
}

extension ReviewView {
    init(_ delta: ReviewDelta, plan: Plan) {
        let taxonomy = plan.catalog.taxonomy
        title = "\(delta.cadence) review on \(delta.day) (\(delta.location))"
        var facts = ["\(Format.hours(delta.hours)) logged since"]
        facts.append(delta.levelChanges.isEmpty ? "no level change"
            : "level changes: " + delta.levelChanges.map { "\(taxonomy.name(of: $0.skillID)) \($0.from) → \($0.to)" }.joined(separator: ", "))
        facts.append(delta.actionsDone.isEmpty ? "no action done" : "actions done: " + delta.actionsDone.map(\.title).joined(separator: "; "))
        facts.append(delta.gapsClosed.isEmpty ? "no gap closed" : "gaps closed: " + delta.gapsClosed.map(taxonomy.name(of:)).joined(separator: ", "))
        facts.append(delta.priorities.isEmpty ? "no new or more urgent gap"
            : "new or more urgent gaps: " + delta.priorities.map { change in
                "\(taxonomy.name(of: change.skillID)) \(change.before.map { "\($0.label) → " } ?? "new, ")\(change.now.label)"
            }.joined(separator: ", "))
        self.facts = facts
        readiness = delta.readiness.map { row in
            let difference = row.now - row.before
            return ReadinessDeltaRow(role: plan.catalog.roles[row.roleID]?.title ?? row.roleID, before: String(row.before),
                                     now: String(row.now), delta: difference > 0 ? "+\(difference)" : String(difference))
        }
        hasReadiness = !readiness.isEmpty
    }
}

extension NextFocusView {
    init(_ focus: FocusPlan, plan: Plan, schedule: Schedule) {
        title = "\(ProgressView.span(focus.period)): \(Format.hours(focus.hours)) planned"
        let owners = Dictionary(schedule.items.map { ($0.item.id, $0.item.goalID) }, uniquingKeysWith: { a, _ in a })
        items = focus.items.map {
            FocusItemRow(title: $0.title, value: Format.hours($0.hours), goal: owners[$0.itemID].map { PlanView.goalTitle($0, plan: plan) } ?? "")
        }
        hasItems = !items.isEmpty
        milestones = focus.milestones.map {
            FocusItemRow(title: $0.title, value: $0.date.description, goal: PlanView.goalTitle($0.goalID, plan: plan))
        }
        hasMilestones = !milestones.isEmpty
    }
}
