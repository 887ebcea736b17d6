/// A log entry's hours as they count: per skill and per goal.
public struct LoggedWork: Sendable, Equatable {
    public var date: Day
    public var hours: Double
    /// Skill id -> hours: an entry naming several skills splits its hours evenly.
    public var skills: HourShares
    /// Goal id -> hours; hours no goal claims are under "" .
    public var goals: HourShares
    public var location: SourceLocation
}

/// The log's hours up to as_of, attributed to skills and goals, and when each goal started
/// (analysis section 8).
///
/// An entry counts for the goals it tags (`+staff-engineer`, split evenly), else for the goal of
/// the action it ticks, else each skill's share for the skill's goal: the first goal in schedule
/// order whose date the skill counts for, else the first that needs it, else the first whose
/// fallback needs it. Hours no goal claims are "other".
public struct WorkLog: Sendable {
    public private(set) var entries: [LoggedWork] = []
    /// Goal id -> the day it started: `started:`, else its file's first commit, else its first log entry.
    public private(set) var starts: [String: GoalStart] = [:]
    /// Running totals by day, for sums over any stretch of days in O(log n).
    private var total = RunningTotal()
    private var bySkill: [String: RunningTotal] = [:]
    private var byGoal: [String: RunningTotal] = [:]

    public struct GoalStart: Sendable, Equatable, Encodable {
        public var day: Day
        /// "started: in goals/staff.md", "first commit a1b2c3d (...)", "first log entry log/2026-05.md:3:3".
        public var basis: String
    }

    public init(plan: Plan, needs: GoalNeeds, asOf: Day) {
        let order = WorkItems.goalOrder(plan).map(\.id)
        let goalIDs = Set(plan.goals.map(\.id))
        var owners: [String: String] = [:]
        func owner(_ skill: String) -> String? {
            if let known = owners[skill] { return known.isEmpty ? nil : known }
            let found = order.first { needs.requirements[$0]?[skill] != nil }
                ?? order.first { needs.levels[$0]?[skill] != nil }
                ?? order.first { goal in needs.bySkill[skill]?.contains { $0.goalID == goal && $0.source.isFallback } ?? false }
            owners[skill] = found ?? ""
            return found
        }
        let ticks = ActionTicks(plan.actions)
        for entry in plan.log where entry.date <= asOf && entry.levelChange == nil && entry.review == nil {
            let hours = Double(entry.minutes ?? 0) / 60
            var skills = HourShares(), goals = HourShares()
            skills.reserveCapacity(entry.skillIDs.count)
            for skill in entry.skillIDs { skills[skill, default: 0] += hours / Double(entry.skillIDs.count) }
            goals.reserveCapacity(max(1, entry.goalIDs.count, skills.count))
            let tagged = entry.goalIDs.filter(goalIDs.contains)
            if !tagged.isEmpty {
                for goal in tagged { goals[goal, default: 0] += hours / Double(tagged.count) }
            } else if let action = entry.tickedAction.flatMap(ticks.action) {
                goals[action.goalID, default: 0] = hours
            } else if !skills.isEmpty {
                for (skill, share) in skills { goals[owner(skill) ?? "", default: 0] += share }
            } else {
                goals["", default: 0] = hours
            }
            entries.append(LoggedWork(date: entry.date, hours: hours, skills: skills, goals: goals, location: entry.location))
            total.add(hours, on: entry.date)
            for (skill, share) in skills { bySkill[skill, default: RunningTotal()].add(share, on: entry.date) }
            for (goal, share) in goals { byGoal[goal, default: RunningTotal()].add(share, on: entry.date) }
        }
        for goal in plan.goals {
            if let started = goal.started {
                starts[goal.id] = GoalStart(day: started, basis: "started: in \(goal.location.path)")
            } else if let first = plan.history.goalRevisions[goal.id]?.first(where: { $0.commit.day <= asOf }) {
                starts[goal.id] = GoalStart(day: first.commit.day, basis: "first \(first.commit.label)")
            } else if let first = entries.first(where: { $0.goals[goal.id] != nil }) {
                starts[goal.id] = GoalStart(day: first.date, basis: "first log entry, \(first.location)")
            }
        }
    }

    /// Hours logged from `from` through `through`, both included.
    public func hours(from: Day, through: Day) -> Double { total.sum(from: from, through: through) }

    /// Hours logged on a skill from `from` through `through`.
    public func hours(skill: String, from: Day, through: Day) -> Double {
        bySkill[skill]?.sum(from: from, through: through) ?? 0
    }

    /// Hours logged for a goal ("" for other) from `from` through `through`.
    public func hours(goal: String, from: Day, through: Day) -> Double {
        byGoal[goal]?.sum(from: from, through: through) ?? 0
    }

    /// Whether anything was logged for the goal up to as_of.
    public func hasEntries(goal: String) -> Bool { entries.contains { $0.goals[goal] != nil } }
}

/// Hours added day by day (days in order), with the sum over any stretch of days found by
/// binary search in the running totals.
struct RunningTotal: Sendable {
    private var days: [Int] = []
    private var totals: [Double] = []

    /// Adds hours on `day`, which is never before the last day added.
    mutating func add(_ hours: Double, on day: Day) {
        let previous = totals.last ?? 0
        if days.last == day.ordinal {
            totals[totals.count - 1] += hours
        } else {
            days.append(day.ordinal)
            totals.append(previous + hours)
        }
    }

    /// The hours added from `from` through `through`, both included.
    func sum(from: Day, through: Day) -> Double {
        guard from <= through else { return 0 }
        return total(upTo: through.ordinal) - total(upTo: from.ordinal - 1)
    }

    /// The hours added on days up to `day`.
    private func total(upTo day: Int) -> Double {
        var low = 0, high = days.count
        while low < high {
            let middle = (low + high) / 2
            if days[middle] <= day { low = middle + 1 } else { high = middle }
        }
        return low == 0 ? 0 : totals[low - 1]
    }
}
