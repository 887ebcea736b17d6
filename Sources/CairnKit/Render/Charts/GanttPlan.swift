/// What the Gantt charts draw (the SVG one in HTML, the Mermaid one in Markdown): the placed
/// items that start within a window of at most two years from the schedule's start, one bar
/// each from its first week to its milestone, grouped by goal, with each goal's date.
struct GanttPlan: Equatable {
    struct Bar: Equatable {
        var itemID: String
        var title: String
        var priority: Priority
        /// Monday of its first week.
        var start: Day
        /// Its milestone: the Sunday of the week its last hour is placed.
        var milestone: Day
        var due: Day?
        var late: Bool
        var hours: Double
        /// True when the milestone is after the window: the bar is cut at the window's end.
        var clipped: Bool
    }

    struct Section: Equatable {
        var goalID: String
        var title: String
        /// The goal's `by`, if any (in the window or not).
        var date: Day?
        var bars: [Bar]
    }

    /// The first day of the month the schedule starts in.
    var from: Day
    /// The first day after the window: a month start, 6 to 24 months after `from`.
    var to: Day
    var asOf: Day
    var sections: [Section]
    /// Placed items not drawn because they start after the window.
    var later: Int
    /// Placed items in the window not drawn because the chart has `maxBars` rows already.
    var overLimit: Int
    /// Recurring actions, which are not drawn as bars.
    var recurring: Int
    /// Items the schedule does not place.
    var unplaced: Int

    /// The most bars a chart draws.
    static let maxBars = 24
    /// The longest window, in months.
    static let maxMonths = 24

    var barCount: Int { sections.reduce(0) { $0 + $1.bars.count } }

    /// The chart of `analysis`'s schedule: the window runs from the start's month to a month
    /// after the last milestone or goal date it holds, at least 6 and at most 24 months.
    static func of(_ analysis: Analysis, plan: Plan) -> GanttPlan {
        let schedule = analysis.schedule
        let from = Day(year: schedule.start.year, month: schedule.start.month, day: 1)!
        let limit = from.months(after: maxMonths)
        let placed = schedule.items.filter { $0.item.kind != .recurring && $0.start != nil && $0.milestone != nil }
        let starting = placed.filter { $0.start! < limit }
            .enumerated().sorted { ($0.element.start!, $0.element.milestone!, $0.offset) < ($1.element.start!, $1.element.milestone!, $1.offset) }
            .map(\.element)
        let drawn = Array(starting.prefix(maxBars))
        // A bar running past the longest window stretches the window to it; goal dates after it do not.
        let lastDay = limit.adding(days: -1)
        let dates = drawn.map { min($0.milestone!, lastDay) } + schedule.goals.compactMap(\.by).filter { $0 <= lastDay }
        let last = dates.max() ?? from
        let end = Day(year: last.year, month: last.month, day: 1)!.months(after: 1)
        let to = min(limit, max(from.months(after: 6), end))
        let sections = schedule.goals.compactMap { goal -> Section? in
            let bars = drawn.filter { $0.item.goalID == goal.goalID }.map { entry in
                Bar(itemID: entry.item.id, title: entry.item.title, priority: entry.item.priority, start: entry.start!,
                    milestone: entry.milestone!, due: entry.item.due, late: entry.late, hours: entry.item.hours,
                    clipped: entry.milestone! >= to)
            }
            return bars.isEmpty && goal.by == nil ? nil
                : Section(goalID: goal.goalID, title: PlanView.goalTitle(goal.goalID, plan: plan), date: goal.by, bars: bars)
        }
        return GanttPlan(from: from, to: to, asOf: analysis.asOf, sections: sections,
                         later: placed.count - starting.count, overLimit: starting.count - drawn.count,
                         recurring: schedule.items.filter { $0.item.kind == .recurring }.count,
                         unplaced: schedule.unplaced.count)
    }

    /// What the chart leaves out, in a sentence; empty when it draws everything.
    var leftOutNote: String {
        var parts: [String] = []
        if later > 0 {
            parts.append("\(Format.count(later, "item")) that \(later == 1 ? "starts" : "start") after \(to.adding(days: -1))")
        }
        if overLimit > 0 {
            parts.append("\(Format.count(overLimit, "more item")) beyond the first \(Self.maxBars) rows")
        }
        if recurring > 0 { parts.append("\(Format.count(recurring, "recurring action")) (see the monthly activities)") }
        if unplaced > 0 { parts.append("\(Format.count(unplaced, "item")) the schedule does not place") }
        return parts.isEmpty ? "" : "Not drawn: " + Format.list(parts) + "."
    }
}
