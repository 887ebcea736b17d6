/// The development plan in time: every work item placed week by week (analysis section 7).
public struct Schedule: Sendable, Encodable, Equatable {
    /// The Monday of as_of's ISO week: week 0.
    public var start: Day
    /// The profile's hours per week (0 when not set).
    public var hoursPerWeek: Double
    public var shares: [GoalShareInfo]
    public var items: [ScheduledItem]
    public var goals: [GoalTimeline]
    /// Items with hours left when the schedule stops (520 weeks), or that wait on a cycle.
    public var unplaced: [String]
    public var thisWeek: [WeekTask]
    public var months: [MonthPlan]
    /// The quarter of as_of and the three after it, each with the milestones in it.
    public var quarters: [QuarterPlan]
    public var horizons: [Horizon]

    /// The longest the schedule looks ahead, in weeks (ten years).
    public static let maxWeeks = 520
    /// Weeks a recurring action repeats for when its goal has no date.
    public static let undatedRecurringWeeks = 52
}

/// A goal's hours per week and where the number comes from.
public struct GoalShareInfo: Sendable, Encodable, Equatable {
    public var goalID: String
    public var hoursPerWeek: Double
    /// "goal" (its hours_per_week), "goal, scaled" (overrides above the total) or "even split".
    public var basis: String
}

/// A work item with the dates and hours the schedule gave it.
public struct ScheduledItem: Sendable, Encodable, Equatable {
    public var item: WorkItem
    /// Monday of the first week with hours.
    public var start: Day?
    /// Sunday of the week its last hour is placed: the milestone date. Nil for recurring or unplaced items.
    public var milestone: Day?
    public var placedHours: Double
    /// True when a dated action's milestone falls after its due date.
    public var late: Bool
}

/// When a goal's work ends, against its date.
public struct GoalTimeline: Sendable, Encodable, Equatable {
    public var goalID: String
    public var targetRoleID: String
    public var by: Day?
    public var share: Double
    /// Sunday of the week the goal's last item ends; nil when some item is never placed.
    public var end: Day?
    /// True when the work ends on or before the date; nil when the goal has no date.
    public var feasible: Bool?
    /// Hours of the goal's work (items it needs, recurring ones up to its date).
    public var remainingHours: Double
    /// Weeks from the schedule's start to the goal's date.
    public var weeksLeft: Double?
    /// remaining hours / weeks left, when the date is ahead.
    public var neededHoursPerWeek: Double?
    /// quick (0-6 months), medium (6-18), long (18+) from as_of to the end.
    public var timeline: String?
    public var itemIDs: [String]
    /// The longest run of the goal's items that must follow one another, first to last, and its
    /// hours: a lane works through it alone, at half the goal's share at most.
    public var longestChain: [String]
    public var longestChainHours: Double
}

/// An item's hours in the week of as_of.
public struct WeekTask: Sendable, Encodable, Equatable {
    public var itemID: String
    public var title: String
    public var goalID: String
    public var hours: Double
}

/// The hours of each item in one calendar month (a week counts in the month of its Monday).
public struct MonthPlan: Sendable, Encodable, Equatable {
    public var month: String
    public var hours: Double
    public var items: [ItemHours]
}

public struct ItemHours: Sendable, Encodable, Equatable {
    public var itemID: String
    public var title: String
    public var hours: Double
}

/// The milestones (and goal dates) falling in one quarter.
public struct QuarterPlan: Sendable, Encodable, Equatable {
    public var quarter: String
    public var first: Day
    public var last: Day
    public var milestones: [Milestone]
}

public struct Milestone: Sendable, Encodable, Equatable {
    public var itemID: String
    public var title: String
    public var goalID: String
    public var date: Day
}

/// Items by when they end: short (0-6 months from as_of), medium (6-18), long (18+).
public struct Horizon: Sendable, Encodable, Equatable {
    public var name: String
    public var from: Day
    public var to: Day?
    public var milestones: [Milestone]
}

extension Schedule {
    /// The horizon name of a day: short up to 6 months after as_of, medium up to 18, long beyond.
    static func horizon(of day: Day, asOf: Day) -> String {
        if day <= asOf.months(after: 6) { return "short" }
        if day <= asOf.months(after: 18) { return "medium" }
        return "long"
    }

    /// Each active goal's hours per week: its own `hours_per_week`, the rest split evenly over the
    /// others; overrides adding up to more than the total are scaled down to it.
    static func shares(_ goals: [Goal], total: Double) -> [GoalShareInfo] {
        let overridden = goals.compactMap(\.hoursPerWeek).reduce(0, +)
        let scaled = overridden > total && overridden > 0
        let others = goals.filter { $0.hoursPerWeek == nil }.count
        let rest = others == 0 || scaled ? 0 : (total - overridden) / Double(others)
        return goals.map { goal in
            if let own = goal.hoursPerWeek {
                return GoalShareInfo(goalID: goal.id, hoursPerWeek: scaled ? own * total / overridden : own, basis: scaled ? "goal, scaled" : "goal")
            }
            return GoalShareInfo(goalID: goal.id, hoursPerWeek: rest, basis: "even split")
        }
    }

    public static func of(_ plan: Plan, gaps: GapAnalysis, asOf: Day) -> Schedule {
        let start = asOf.adding(days: 1 - asOf.weekday)
        let goals = WorkItems.goalOrder(plan)
        let total = max(0, plan.profile.time.hoursPerWeek ?? 0)
        let shareInfo = shares(goals, total: total)
        let items = WorkItems.build(plan, gaps: gaps)
        func weeks(until day: Day) -> Int { max(0, (start.days(to: day) + 7) / 7) }
        let engine = ScheduleEngine(
            items: items,
            shares: zip(goals, shareInfo).map { goal, share in
                .init(goalID: goal.id, hours: share.hoursPerWeek,
                      recurringWeeks: goal.by.map(weeks(until:)) ?? undatedRecurringWeeks)
            },
            start: start, maxWeeks: maxWeeks)
        let result = engine.run()
        func monday(_ week: Int) -> Day { start.adding(days: 7 * week) }
        func sunday(_ week: Int) -> Day { start.adding(days: 7 * week + 6) }

        let scheduled = result.ordered.map { item -> ScheduledItem in
            let weeksPlaced = result.placed[item.id] ?? [:]
            let milestone = result.finished[item.id].map(sunday)
            return ScheduledItem(
                item: item, start: weeksPlaced.keys.min().map(monday), milestone: milestone,
                placedHours: Numbers.round(weeksPlaced.values.reduce(0, +), places: 1),
                late: item.due.map { due in milestone.map { $0 > due } ?? true } ?? false)
        }
        let unplaced = scheduled.filter { $0.item.kind != .recurring && $0.milestone == nil }.map(\.item.id)
        let byID = Dictionary(uniqueKeysWithValues: scheduled.map { ($0.item.id, $0) })

        // The items and where each stands, made once for all the goals.
        let plain = scheduled.map(\.item), positions = positions(of: plain)
        let timelines = zip(goals, shareInfo).map { goal, share in
            timeline(goal, share: share.hoursPerWeek, items: plain, positions: positions, byID: byID, start: start, asOf: asOf)
        }
        let thisWeek = scheduled.compactMap { entry -> WeekTask? in
            guard let hours = result.placed[entry.item.id]?[0] else { return nil }
            return WeekTask(itemID: entry.item.id, title: entry.item.title, goalID: entry.item.goalID, hours: Numbers.round(hours, places: 1))
        }
        return Schedule(
            start: start, hoursPerWeek: total, shares: shareInfo, items: scheduled, goals: timelines, unplaced: unplaced,
            thisWeek: thisWeek, months: months(scheduled, result: result, start: start),
            quarters: quarters(scheduled, goals: goals, asOf: asOf), horizons: horizons(scheduled, asOf: asOf))
    }

    /// The goal's items (those it needs and their prerequisites), when they end, and the hours
    /// per week that would end them by the goal's date. `items` are the scheduled items' work
    /// items, `positions` where each stands (`positions(of:)`).
    static func timeline(_ goal: Goal, share: Double, items: [WorkItem], positions: [String: Int],
                         byID: [String: ScheduledItem], start: Day, asOf: Day) -> GoalTimeline {
        let needed = neededItems(goal.id, items: items, positions: positions)
        let work = needed.compactMap { byID[$0] }.filter { $0.item.kind != .recurring }
        let end: Day? = work.contains { $0.milestone == nil } ? nil : (work.compactMap(\.milestone).max() ?? start)
        let (hours, weeksLeft) = remainingHours(goal, needed: work.map(\.item), all: items, start: start)
        let perWeek = weeksLeft.flatMap { $0 > 0 ? Numbers.round(hours / $0, places: 1) : nil }
        let chain = longestChain(work.map(\.item))
        return GoalTimeline(
            goalID: goal.id, targetRoleID: goal.targetRoleID, by: goal.by, share: Numbers.round(share, places: 1), end: end,
            feasible: goal.by.map { by in end.map { $0 <= by } ?? false }, remainingHours: Numbers.round(hours, places: 1),
            weeksLeft: weeksLeft, neededHoursPerWeek: perWeek,
            timeline: end.map { horizon(of: $0, asOf: asOf) }, itemIDs: needed,
            longestChain: chain.ids, longestChainHours: Numbers.round(chain.hours, places: 1))
    }

    /// The position of each item id in `items`, the first item of an id winning.
    static func positions(of items: [WorkItem]) -> [String: Int] {
        var positions: [String: Int] = [:]
        positions.reserveCapacity(items.count)
        for (position, item) in items.enumerated() where positions[item.id] == nil { positions[item.id] = position }
        return positions
    }

    /// The ids of the items a goal's date counts on and their prerequisites, depth first.
    /// `positions` are `positions(of: items)`, when the caller asks this for several goals (the
    /// burn-down asks it for every goal on every day).
    static func neededItems(_ goalID: String, items: [WorkItem], positions known: [String: Int]? = nil) -> [String] {
        // Items by position, not copied.
        let positions = known ?? positions(of: items)
        var needed: [String] = [], seen: Set<String> = []
        var stack = items.filter { $0.goalIDs.contains(goalID) }.map(\.id).reversed().map { $0 }
        while let id = stack.popLast() {
            guard !seen.contains(id), let position = positions[id] else { continue }
            seen.insert(id)
            needed.append(id)
            stack += items[position].after.reversed()
        }
        return needed
    }

    /// A goal's remaining hours from the week of `start`: its needed one-off work, plus its
    /// recurring items each time they fall before its date; and the weeks left to that date.
    static func remainingHours(_ goal: Goal, needed: [WorkItem], all: [WorkItem], start: Day) -> (hours: Double, weeksLeft: Double?) {
        remainingHours(goal, oneOff: needed.filter { $0.kind != .recurring }.reduce(0) { $0 + $1.hours },
                       recurring: all.lazy.filter { $0.goalID == goal.id && $0.kind == .recurring }.map { ($0.every!, $0.hours) },
                       start: start)
    }

    /// `oneOff` hours, plus each of the goal's recurring items (how often, hours each time) each
    /// time it falls from the week of `start` to the goal's date; and the weeks left to that date.
    static func remainingHours(_ goal: Goal, oneOff: Double, recurring: some Sequence<(Recurrence, Double)>,
                               start: Day) -> (hours: Double, weeksLeft: Double?) {
        var hours = oneOff
        guard let by = goal.by else { return (hours, nil) }
        let weeks = Double(max(0, start.days(to: by) + 1)) / 7
        let count = Int(weeks.rounded(.up))
        // Counted once for each kind of recurrence, and by month, not week by week: a goal dated
        // centuries ahead has tens of thousands of weeks for each of its recurring actions.
        var counted: [Recurrence: Int] = [:]
        for (every, each) in recurring {
            let occurrences = counted[every] ?? occurrences(every, weeks: count, from: start)
            counted[every] = occurrences
            hours += Double(occurrences) * each
        }
        return (hours, Numbers.round(weeks, places: 1))
    }

    /// How many of the `weeks` weeks from the week of `start` a recurring item falls in
    /// (`ScheduleEngine.occurs`): every one of them; or the one week of each month or quarter whose
    /// day, 7n days after `start`, is among the month's first seven.
    static func occurrences(_ every: Recurrence, weeks: Int, from start: Day) -> Int {
        guard every != .week else { return weeks }
        guard weeks > 0 else { return 0 }
        let last = start.adding(days: 7 * (weeks - 1))
        var count = 0, year = start.year, month = start.month
        while (year, month) <= (last.year, last.month) {
            if every == .month || (month - 1) % 3 == 0, let first = Day(year: year, month: month, day: 1) {
                // The one day 7n days from `start` among the month's first seven.
                let past = ((start.days(to: first) % 7) + 7) % 7
                let day = first.adding(days: (7 - past) % 7)
                if day >= start && day <= last { count += 1 }
            }
            (year, month) = month == 12 ? (year + 1, 1) : (year, month + 1)
        }
        return count
    }

    /// The chain of prerequisites with the most hours among `items` (ties: the first in order).
    static func longestChain(_ items: [WorkItem]) -> (ids: [String], hours: Double) {
        let byID = Dictionary(items.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var memo: [String: (ids: [String], hours: Double)] = [:]
        func chain(_ id: String, _ visiting: Set<String>) -> (ids: [String], hours: Double) {
            if let known = memo[id] { return known }
            let item = byID[id]!
            var best: (ids: [String], hours: Double) = ([], 0)
            for before in item.after where byID[before] != nil && !visiting.contains(before) {
                let candidate = chain(before, visiting.union([id]))
                if candidate.hours > best.hours { best = candidate }
            }
            let result = (best.ids + [id], best.hours + item.hours)
            memo[id] = result
            return result
        }
        var best: (ids: [String], hours: Double) = ([], 0)
        for item in items {
            let candidate = chain(item.id, [])
            if candidate.hours > best.hours { best = candidate }
        }
        return best
    }

    static func months(_ items: [ScheduledItem], result: ScheduleEngine.Result, start: Day) -> [MonthPlan] {
        // "YYYY-MM" of each week's Monday, worked out once a week, not once an item and week; the
        // months numbered as they are met, so that no name is hashed for each item and week.
        var monthOfWeek: [Int: Int] = [:], numbers: [String: Int] = [:], names: [String] = []
        var byMonth: [[Int: Double]] = []  // hours by month's number, then by the item's place in `items`
        func month(_ week: Int) -> Int {
            if let known = monthOfWeek[week] { return known }
            let name = String(start.adding(days: 7 * week).description.prefix(7))
            let number = numbers[name] ?? names.count
            if number == names.count {
                numbers[name] = number
                names.append(name)
                byMonth.append([:])
            }
            monthOfWeek[week] = number
            return number
        }
        for (index, entry) in items.enumerated() {
            for (week, hours) in result.placed[entry.item.id] ?? [:] {
                let number = month(week)
                byMonth[number][index, default: 0] += hours
            }
        }
        return names.indices.sorted { names[$0] < names[$1] }.map { number in
            let month = names[number], entries = byMonth[number].sorted { $0.key < $1.key }
            return MonthPlan(month: month, hours: Numbers.round(entries.reduce(0) { $0 + $1.value }, places: 1),
                             items: entries.map { ItemHours(itemID: items[$0.key].item.id, title: items[$0.key].item.title,
                                                            hours: Numbers.round($0.value, places: 1)) })
        }
    }

    static func milestones(_ items: [ScheduledItem]) -> [Milestone] {
        items.compactMap { entry in
            entry.milestone.map { Milestone(itemID: entry.item.id, title: entry.item.title, goalID: entry.item.goalID, date: $0) }
        }.sorted { ($0.date, $0.title) < ($1.date, $1.title) }
    }

    static func quarters(_ items: [ScheduledItem], goals: [Goal], asOf: Day) -> [QuarterPlan] {
        let all = milestones(items)
        let first = Day(year: asOf.year, month: (asOf.quarter - 1) * 3 + 1, day: 1)!
        return (0..<4).map { n in
            let from = first.months(after: 3 * n), to = first.months(after: 3 * n + 3).adding(days: -1)
            return QuarterPlan(quarter: "\(from.year)-Q\(from.quarter)", first: from, last: to,
                               milestones: all.filter { $0.date >= from && $0.date <= to })
        }
    }

    static func horizons(_ items: [ScheduledItem], asOf: Day) -> [Horizon] {
        let all = milestones(items)
        let six = asOf.months(after: 6), eighteen = asOf.months(after: 18)
        return [
            Horizon(name: "short", from: asOf, to: six, milestones: all.filter { $0.date <= six }),
            Horizon(name: "medium", from: six.adding(days: 1), to: eighteen, milestones: all.filter { $0.date > six && $0.date <= eighteen }),
            Horizon(name: "long", from: eighteen.adding(days: 1), to: nil, milestones: all.filter { $0.date > eighteen }),
        ]
    }
}

extension Day {
    /// The same day `months` months later, clamped to the month's last day.
    public func months(after months: Int) -> Day { self.months(before: -months) }
}
