extension ScheduleEngine {
    /// The engine's state, every item by its slot: its place in the order (an id written twice
    /// shares the slot of its first place), so that a week's work is array lookups, not hashing.
    struct State {
        let ordered: [WorkItem]
        /// The slot of each place in `ordered`.
        let slot: [Int]
        /// Each slot's prerequisites that are items (unknown ids never hold anything up).
        let after: [[Int]]
        /// Per goal of `shares`: its one-off items' slots in order, and its recurring items.
        let work: [[Int]]
        let recurring: [[(slot: Int, every: Recurrence?, hours: Double)]]
        /// Hours left of one-off items; nil for recurring ones.
        var remaining: [Double?]
        /// Hours due and not yet placed of recurring items, once they first occur.
        var backlog: [Double?]
        /// Per slot, the weeks with hours placed, in order, and their hours.
        var placed: [[(week: Int, hours: Double)]]
        /// The week a one-off item's last hour was placed.
        var finished: [Int?]
        var cursor: [Int]

        init(_ ordered: [WorkItem], shares: [GoalShare]) {
            self.ordered = ordered
            let first = Dictionary(ordered.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
            slot = ordered.map { first[$0.id]! }
            after = ordered.map { item in item.after.compactMap { first[$0] } }
            remaining = Array(repeating: nil, count: ordered.count)
            for (index, item) in ordered.enumerated() where item.kind != .recurring { remaining[slot[index]] = item.hours }
            let goalIndex = Dictionary(shares.enumerated().map { ($1.goalID, $0) }, uniquingKeysWith: { a, _ in a })
            var work = Array(repeating: [Int](), count: shares.count)
            var recurring = Array(repeating: [(slot: Int, every: Recurrence?, hours: Double)](), count: shares.count)
            for (index, item) in ordered.enumerated() {
                guard let goal = goalIndex[item.goalID] else { continue }
                if item.kind == .recurring {
                    recurring[goal].append((slot[index], item.every, item.hours))
                } else {
                    work[goal].append(slot[index])
                }
            }
            self.work = work
            self.recurring = recurring
            backlog = Array(repeating: nil, count: ordered.count)
            placed = Array(repeating: [], count: ordered.count)
            finished = Array(repeating: nil, count: ordered.count)
            cursor = Array(repeating: 0, count: shares.count)
        }

        /// Done before `week`: finished in an earlier week; recurring items never hold anything up.
        func isDone(_ slot: Int, before week: Int) -> Bool {
            if let end = finished[slot] { return end < week }
            return remaining[slot] == nil
        }

        func unfinished(_ goal: Int) -> ArraySlice<Int> { work[goal][cursor[goal]...] }

        mutating func give(_ slot: Int, _ hours: Double, week: Int) {
            guard hours > ScheduleEngine.epsilon else { return }
            if let last = placed[slot].last, last.week == week {
                placed[slot][placed[slot].count - 1].hours += hours
            } else {
                placed[slot].append((week, hours))
            }
            if backlog[slot] != nil {
                backlog[slot]! -= hours
            } else {
                remaining[slot]! -= hours
                if remaining[slot]! <= ScheduleEngine.epsilon { remaining[slot] = 0; finished[slot] = week }
            }
        }

        func result(weeks: Int) -> Result {
            var byID: [String: [Int: Double]] = [:], ends: [String: Int] = [:]
            for (index, item) in ordered.enumerated() where slot[index] == index {
                if !placed[index].isEmpty { byID[item.id] = Dictionary(uniqueKeysWithValues: placed[index].map { ($0.week, $0.hours) }) }
                if let end = finished[index] { ends[item.id] = end }
            }
            return Result(placed: byID, finished: ends, weeks: weeks, ordered: ordered)
        }
    }
}
