/// The development plan in time (analysis section 7): horizons, the next four quarters, the
/// next twelve months, this week, the Gantt charts and the resources with their costs.
public struct DevelopmentPlanView: Sendable, Equatable, Encodable {
    /// False when the profile sets no hours per week: nothing is placed, and `advice` says how to fix it.
    public var isScheduled: Bool
    public var advice: RichText
    public var horizons: [HorizonView]
    public var quarters: [QuarterView]
    public var months: [MonthView]
    /// Which months are shown, and how many later ones have work.
    public var monthsNote: String
    public var thisWeek: WeekView
    /// The Mermaid `gantt` (Markdown pages) and the SVG chart (HTML pages).
    public var mermaid: String
    public var chart: String
    public var hasChart: Bool
    /// The chart's window and what it leaves out.
    public var chartNote: String
    public var unplaced: String
    public var hasUnplaced: Bool
    public var resources: ResourcesView
}

/// One horizon: its dates and the milestones in it.
public struct HorizonView: Sendable, Equatable, Encodable {
    /// "Short term (0-6 months)".
    public var title: String
    /// "2026-11-23 to 2027-05-23", "from 2028-05-24".
    public var range: String
    public var milestones: [MilestoneRow]
    public var hasMilestones: Bool
    public var count: String
}

/// A dated point of the plan: an item's milestone, or a goal's date.
public struct MilestoneRow: Sendable, Equatable, Encodable {
    public var date: String
    public var title: String
    public var goal: String
    /// "milestone", "late milestone" or "goal date".
    public var kind: String
    public var isGoalDate: Bool
    /// A dated action whose milestone falls after its due date.
    public var isLate: Bool
    /// "late: due 2026-12-04", or empty.
    public var lateNote: String
}

/// One quarter and its milestones.
public struct QuarterView: Sendable, Equatable, Encodable {
    public var quarter: String
    public var range: String
    public var milestones: [MilestoneRow]
    public var hasMilestones: Bool
}

/// One month's hours per item against the month's capacity.
public struct MonthView: Sendable, Equatable, Encodable {
    public var month: String
    public var hours: String
    /// "25.5 h of 40 h (5 weeks × 8 h)".
    public var line: String
    /// "of 40 h (5 weeks × 8 h)".
    public var capacity: String
    public var items: [ItemHoursRow]
    public var hasItems: Bool
    /// The items in one line: "Lead the ledger sharding initiative 8.5 h; ...".
    public var summary: String
}

public struct ItemHoursRow: Sendable, Equatable, Encodable {
    public var title: String
    public var hours: String
}

extension DevelopmentPlanView {
    /// Months of activities shown.
    static let monthsShown = 12

    init(plan: Plan, analysis: Analysis) {
        let schedule = analysis.schedule
        isScheduled = schedule.hoursPerWeek > 0
        advice = RichText(isScheduled ? "" : PlanView.noHoursAdvice(plan))
        let late = Dictionary(schedule.items.filter(\.late).map { ($0.item.id, $0.item.due) }, uniquingKeysWith: { a, _ in a })
        func rows(_ milestones: [Milestone], goalsFrom from: Day, to: Day?) -> [MilestoneRow] {
            let items = milestones.map { m in
                MilestoneRow(date: m.date.description, title: m.title, goal: PlanView.goalTitle(m.goalID, plan: plan),
                             kind: late[m.itemID] != nil ? "late milestone" : "milestone", isGoalDate: false,
                             isLate: late[m.itemID] != nil, lateNote: (late[m.itemID] ?? nil).map { "late: due \($0)" } ?? "")
            }
            let goals = schedule.goals.compactMap { goal -> MilestoneRow? in
                guard let by = goal.by, by >= from, to.map({ by <= $0 }) ?? true else { return nil }
                let title = PlanView.goalTitle(goal.goalID, plan: plan)
                return MilestoneRow(date: by.description, title: "Goal date: \(title)", goal: title, kind: "goal date", isGoalDate: true, isLate: false, lateNote: "")
            }
            return (items + goals).enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
        }
        horizons = schedule.horizons.map { horizon in
            let title = switch horizon.name {
            case "short": "Short term (0-6 months)"
            case "medium": "Medium term (6-18 months)"
            default: "Long term (18 months and more)"
            }
            let milestones = rows(horizon.milestones, goalsFrom: horizon.from, to: horizon.to)
            return HorizonView(title: title, range: horizon.to.map { "\(horizon.from) to \($0)" } ?? "from \(horizon.from)",
                               milestones: milestones, hasMilestones: !milestones.isEmpty,
                               count: Format.count(milestones.count, "milestone"))
        }
        quarters = schedule.quarters.map { quarter in
            let milestones = rows(quarter.milestones, goalsFrom: quarter.first, to: quarter.last)
            return QuarterView(quarter: quarter.quarter, range: "\(quarter.first) to \(quarter.last)",
                               milestones: milestones, hasMilestones: !milestones.isEmpty)
        }
        let shown = Self.monthKeys(from: schedule.start, count: Self.monthsShown)
        let byMonth = Dictionary(schedule.months.map { ($0.month, $0) }, uniquingKeysWith: { a, _ in a })
        months = shown.map { MonthView(key: $0, plan: byMonth[$0], schedule: schedule) }
        let later = schedule.months.filter { $0.month > shown.last! }.count
        monthsNote = "\(shown.first!) to \(shown.last!): the hours the schedule places on each item (a week counts in the month of its Monday)."
            + (later > 0 ? " \(Format.count(later, "later month")) \(later == 1 ? "has" : "have") work too; the JSON has every month." : "")
        thisWeek = WeekView(schedule, plan: plan)
        let gantt = GanttPlan.of(analysis, plan: plan)
        mermaid = MermaidGantt.chart(gantt)
        chart = GanttChart.svg(gantt)
        hasChart = !chart.isEmpty
        let window = "\(gantt.from) to \(gantt.to.adding(days: -1))"
        chartNote = hasChart
            ? "\(Format.count(gantt.barCount, "item")) from \(window), each from its first week to its milestone. " + gantt.leftOutNote
            : "Nothing to draw: no item is placed."
        // Looked up in a set: a plan's thousands of items against its unplaced ones, not each with each.
        let unplacedIDs = Set(schedule.unplaced)
        let unplacedTitles = schedule.items.filter { unplacedIDs.contains($0.item.id) }.map(\.item.title)
        unplaced = unplacedTitles.isEmpty ? "" : (isScheduled
            ? "Not placed within the schedule's ten years: " + unplacedTitles.joined(separator: "; ") + "."
            : "\(Format.count(unplacedTitles.count, "item")) wait for hours per week.")
        hasUnplaced = !unplaced.isEmpty
        resources = ResourcesView(plan: plan, analysis: analysis)
    }

    /// "2026-11", "2026-12", ...: `count` months from the month of `start`.
    static func monthKeys(from start: Day, count: Int) -> [String] {
        let first = Day(year: start.year, month: start.month, day: 1)!
        return (0..<count).map { String(first.months(after: $0).description.prefix(7)) }
    }
}

extension MonthView {
    /// The month `key`, with its placed hours (nil when nothing is placed in it) against its
    /// capacity: the schedule's weeks whose Monday falls in it, times the hours per week.
    init(key: String, plan month: MonthPlan?, schedule: Schedule) {
        self.month = key
        var weeks = 0
        var monday = schedule.start
        while String(monday.description.prefix(7)) <= key {
            if String(monday.description.prefix(7)) == key { weeks += 1 }
            monday = monday.adding(days: 7)
        }
        let placed = month?.hours ?? 0
        hours = Format.number(placed)
        let capacity = Double(weeks) * schedule.hoursPerWeek
        self.capacity = "of \(Format.hours(capacity)) (\(Format.count(weeks, "week")) × \(Format.hours(schedule.hoursPerWeek)))"
        line = "\(Format.hours(placed)) \(self.capacity)"
        items = month?.items.map { ItemHoursRow(title: $0.title, hours: Format.number($0.hours)) } ?? []
        hasItems = !items.isEmpty
        summary = items.isEmpty ? "nothing placed" : items.map { "\($0.title) \($0.hours) h" }.joined(separator: "; ")
    }
}
