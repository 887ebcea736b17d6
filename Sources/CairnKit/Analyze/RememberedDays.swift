/// Goals' remaining hours on the past days of burn-downs, as an earlier analysis computed them,
/// each day under the key of everything it was computed from (`ProgressContext.dayKeys`). Each
/// such day is the plan recomputed as it stood then, the largest part of an analysis after a log
/// entry; a new entry dated after a day leaves that day's key, and so its hours, as they were.
public struct RememberedDays: Sendable, Equatable {
    /// What the caller knows the plan by but for its log (`cairn build`: its binary, as-of date,
    /// git commit and every input's identity but the log's): part of every key.
    public var base: String
    /// Each past day's key and the remaining hours of the active goals, in `WorkItems.goalOrder`.
    public var days: [Day: Remembered]

    public struct Remembered: Sendable, Equatable {
        public var key: String
        public var hours: [Double]

        public init(key: String, hours: [Double]) {
            self.key = key
            self.hours = hours
        }
    }

    public init(base: String, days: [Day: Remembered] = [:]) {
        self.base = base
        self.days = days
    }
}

extension Progress {
    /// `pastRemaining` taking each day whose key is the one `memory` holds from it, and the
    /// memory of every day for the next analysis; without a memory, every day is computed.
    static func pastRemaining(_ context: ProgressContext, periods: [ReportPeriod], remembering memory: RememberedDays?)
        -> (remaining: [Day: [String: Double]], memory: RememberedDays?) {
        guard let memory else { return (pastRemaining(context, periods: periods), nil) }
        let days = pastDays(periods, asOf: context.asOf)
        let goals = WorkItems.goalOrder(context.current).map(\.id)
        let keys = context.dayKeys(days, goals: goals, base: memory.base)
        var known: [Day: [String: Double]] = [:]
        for day in days {
            guard let remembered = memory.days[day], remembered.key == keys[day], remembered.hours.count == goals.count else { continue }
            known[day] = Dictionary(uniqueKeysWithValues: zip(goals, remembered.hours))
        }
        let remaining = pastRemaining(context, periods: periods, known: known)
        var next = RememberedDays(base: memory.base)
        for day in days {
            next.days[day] = .init(key: keys[day]!, hours: goals.map { remaining[day]?[$0] ?? 0 })
        }
        return (remaining, next)
    }
}

extension ProgressContext {
    /// The key of each of `days` (before as_of): a digest of all that `remainingHours(on:goals:)`
    /// reads beside the plan's files, which `base` stands for. That is the as-of date, the day, the
    /// active goals, and from the log: every level change, tick and review (what the plan of as_of
    /// and the levels and actions of the day are made with), when each goal started and the first
    /// entry (where the credit of hours starts), and every entry up to the day (the hours credited
    /// by then, each attributed by the goals' needs on as_of, which the level changes and ticks fix).
    /// Entries are digested without their text and place (`ByteSink.add(factsOf:)`): an entry
    /// added above others in a file moves their lines, not what they say.
    func dayKeys(_ days: [Day], goals: [String], base: String) -> [Day: String] {
        var common = Fingerprint()
        common.add(text: "cairn-burn-day 1")
        common.add(text: base)
        common.add(asOf.ordinal)
        common.add(goals.count)
        for goal in goals { common.add(text: goal) }
        let log = snapshot.plan.log
        common.add(planChangesIn: log)
        let starts = work.starts.sorted { $0.key < $1.key }
        common.add(starts.count)
        for (goal, start) in starts {
            common.add(text: goal)
            common.add(start.day.ordinal)
        }
        common.add(work.entries.first?.date.ordinal ?? -1)
        // The log is in date order: one pass gives the entries up to each day.
        var keys: [Day: String] = [:]
        var upTo = common, next = 0
        for day in days.sorted() {
            while next < log.count, log[next].date <= day {
                upTo.add(factsOf: log[next])
                next += 1
            }
            var key = upTo
            key.add(day.ordinal)
            keys[day] = key.hex
        }
        return keys
    }
}
