/// The plan report's first section: where you stand, each goal's readiness and whether its
/// work fits before its date, the most urgent actions and this week's tasks.
public struct PlanSummaryView: Sendable, Equatable, Encodable {
    /// "Senior Software Engineer (senior-engineer), senior: the title word 'Senior'; 6 years of experience".
    public var position: String
    /// How the hours per week are shared between the goals, or how to set them; a sentence.
    public var capacity: RichText
    public var goals: [GoalStatusRow]
    public var hasGoals: Bool
    /// The first three undone actions in the schedule's order.
    public var urgent: [UrgentActionRow]
    public var hasUrgent: Bool
    public var thisWeek: WeekView
}

/// An active goal: readiness, date, when its work ends and whether that fits.
public struct GoalStatusRow: Sendable, Equatable, Encodable {
    public var goalID: String
    public var target: String
    public var readiness: String
    public var tier: String
    public var tierClass: String
    /// The goal's `by`, or "no date".
    public var by: String
    /// When the schedule ends its work, or "not placed".
    public var ends: String
    /// "fits", "does not fit", "no date", "not placed", "not scheduled".
    public var status: String
    public var statusClass: String
    /// The status with its numbers: "its work ends 2030-11-17, after 2028-09-30: it needs 8.1 h a week = 789 h / 96.9 weeks; its share is 6 h a week".
    public var statusLine: RichText
}

/// One of the most urgent actions: due date, when the schedule finishes it, and whether that is late.
public struct UrgentActionRow: Sendable, Equatable, Encodable {
    public var title: String
    public var goal: String
    public var hours: String
    /// "2026-12-04", or "no due date".
    public var due: String
    /// "2026-12-06", or "not placed".
    public var finishes: String
    public var late: Bool
    /// "2 days late", "on time", "no due date".
    public var timing: String
}

/// The hours of the week of as_of (week 0 of the schedule).
public struct WeekView: Sendable, Equatable, Encodable {
    /// "2026-11-23 to 2026-11-29".
    public var range: String
    public var tasks: [WeekTaskRow]
    public var hasTasks: Bool
    /// "7 h of the 8 h a week" with the parts, or why nothing is placed.
    public var line: RichText
}

public struct WeekTaskRow: Sendable, Equatable, Encodable {
    public var title: String
    public var goal: String
    public var hours: String
}

extension PlanSummaryView {
    init(plan: Plan, analysis: Analysis, position: PositionSummaryView) {
        let schedule = analysis.schedule
        self.position = "\(position.currentRole); \(position.seniority) (\(position.seniorityReason)); "
            + "\(position.experience) of experience; domain \(position.domain)"
        capacity = RichText(Self.capacity(plan: plan, schedule: schedule))
        let readiness = Dictionary(analysis.readiness.map { ($0.roleID, $0) }, uniquingKeysWith: { a, _ in a })
        goals = schedule.goals.map { timeline in
            GoalStatusRow(timeline, goal: plan.goals.first { $0.id == timeline.goalID }, readiness: readiness[timeline.targetRoleID],
                          plan: plan, schedule: schedule)
        }
        hasGoals = !goals.isEmpty
        urgent = schedule.items.filter { $0.item.kind == .action }.prefix(3).map { UrgentActionRow($0, plan: plan) }
        hasUrgent = !urgent.isEmpty
        thisWeek = WeekView(schedule, plan: plan)
    }

    /// "8 h a week (time.hours_per_week in profile.md): staff-engineer 6 (its own hours_per_week), ..."
    static func capacity(plan: Plan, schedule: Schedule) -> String {
        guard schedule.hoursPerWeek > 0 else { return PlanView.noHoursAdvice(plan) }
        let shares = schedule.shares.map { share in
            let basis = switch share.basis {
            case "goal": "its own hours_per_week"
            case "goal, scaled": "its hours_per_week, scaled down to the total"
            default: "an even split of the rest"
            }
            return "\(PlanView.goalTitle(share.goalID, plan: plan)) \(Format.number(share.hoursPerWeek)) (\(basis))"
        }
        return "\(Format.hours(schedule.hoursPerWeek)) a week (time.hours_per_week in \(plan.profile.location.path))"
            + (shares.isEmpty ? "" : ": " + shares.joined(separator: "; ")) + "."
    }
}

extension GoalStatusRow {
    init(_ timeline: GoalTimeline, goal: Goal?, readiness: Readiness?, plan: Plan, schedule: Schedule) {
        let hoursPerWeek = schedule.hoursPerWeek
        goalID = timeline.goalID
        target = plan.catalog.roles[timeline.targetRoleID]?.title ?? timeline.targetRoleID
        self.readiness = readiness.map { String($0.total) } ?? "-"
        tier = readiness?.tier.rawValue ?? "not assessed"
        tierClass = tier.replacingSpaces(with: "-")
        by = timeline.by?.description ?? "no date"
        ends = timeline.end?.description ?? "not placed"
        let file = goal?.location.path ?? "goals/\(timeline.goalID).md"
        let share = "\(Format.hours(timeline.share)) a week"
        var statusLine: String
        let needs = timeline.neededHoursPerWeek.flatMap { perWeek in
            timeline.weeksLeft.map { "\(Format.hours(perWeek)) a week = \(Format.hours(timeline.remainingHours)) / \(Format.number($0)) weeks" }
        }
        if hoursPerWeek <= 0 {
            status = "not scheduled"
            statusLine = "nothing is scheduled without hours per week: set time.hours_per_week in \(plan.profile.location.path)"
                + "; the goal has \(Format.hours(timeline.remainingHours)) of work"
        } else if timeline.end == nil {
            status = "not placed"
            statusLine = timeline.share > 0
                ? "some of its work is not placed within the schedule's ten years at its share of \(share)"
                : "its share is 0 h a week: the goals with their own hours_per_week take all \(Format.hours(hoursPerWeek))"
        } else if let date = timeline.by, let end = timeline.end {
            if timeline.feasible == true {
                status = "fits"
                statusLine = "its work ends \(end), on or before \(date), at its share of \(share)"
                    + (needs.map { " (it needs \($0))" } ?? "")
                if let perWeek = timeline.neededHoursPerWeek, perWeek > timeline.share {
                    statusLine += "; it needs more than its share on average, and gets it from the goals that finish "
                        + "first: their hours go to the goals still working"
                }
            } else if let needs {
                status = "does not fit"
                statusLine = "its work ends \(end), after \(date): it needs \(needs); its share is \(share)"
                if let perWeek = timeline.neededHoursPerWeek, perWeek <= timeline.share, timeline.longestChain.count > 1 {
                    let titles = timeline.longestChain.compactMap { id in schedule.items.first { $0.item.id == id }?.item.title }
                    statusLine += ". The hours would fit in total, but worked in priority order, two items at a time, with steps "
                        + "that wait for one another, its last item ends after the date (its longest run of items that follow one "
                        + "another, \(Format.list(titles)), is \(Format.hours(timeline.longestChainHours)))"
                }
            } else {
                status = "does not fit"
                statusLine = "its date \(date) has passed; its work ends \(end)"
            }
        } else {
            status = "no date"
            statusLine = "its work ends \(ends) at its share of \(share); add `by:` to \(file) to check it against a date"
        }
        self.statusLine = RichText(statusLine)
        statusClass = status.replacingSpaces(with: "-")
    }
}

extension UrgentActionRow {
    init(_ entry: ScheduledItem, plan: Plan) {
        title = entry.item.title
        goal = PlanView.goalTitle(entry.item.goalID, plan: plan)
        hours = Format.number(entry.item.hours)
        due = entry.item.due?.description ?? "no due date"
        finishes = entry.milestone?.description ?? "not placed"
        late = entry.late && entry.milestone != nil
        if let dueDay = entry.item.due {
            if let milestone = entry.milestone {
                let days = dueDay.days(to: milestone)
                timing = days > 0 ? "\(Format.count(days, "day")) late" : "on time"
            } else {
                timing = "not placed"
            }
        } else {
            timing = "no due date"
        }
    }
}

extension WeekView {
    init(_ schedule: Schedule, plan: Plan) {
        range = "\(schedule.start) to \(schedule.start.adding(days: 6))"
        tasks = schedule.thisWeek.map {
            WeekTaskRow(title: $0.title, goal: PlanView.goalTitle($0.goalID, plan: plan), hours: Format.number($0.hours))
        }
        hasTasks = !tasks.isEmpty
        let placed = schedule.thisWeek.reduce(0) { $0 + $1.hours }
        var line: String
        if schedule.hoursPerWeek <= 0 {
            line = "None: nothing is placed without hours per week (time.hours_per_week in \(plan.profile.location.path))."
        } else if tasks.isEmpty {
            line = "Nothing is placed in the week \(range): no open work can start yet."
        } else {
            let parts = tasks.count > 1 ? " = " + tasks.map(\.hours).joined(separator: " + ") : ""
            line = "\(Format.hours(placed))\(parts) of your \(Format.hours(schedule.hoursPerWeek)) a week, "
                + "in the week \(range)."
        }
        self.line = RichText(line)
    }
}
