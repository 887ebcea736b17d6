/// Places work items week by week into each goal's share of the hours (analysis section 7).
///
/// Each week, every goal spends its share: first on its recurring items due that week (and any
/// occurrence carried over), then on its dated actions due by the week's end, then on the first
/// two available items of its order, split evenly (one takes the other's rest when it needs
/// less; a finished item's place goes to the next). Hours a goal cannot use go to the next
/// goals, served the same way. An item is available from the week after its prerequisites end.
struct ScheduleEngine {
    /// A goal's share and until which week its recurring items repeat (exclusive).
    struct GoalShare {
        var goalID: String
        var hours: Double
        var recurringWeeks: Int
    }

    /// Where every item's hours went.
    struct Result {
        /// Hours placed per item per week index.
        var placed: [String: [Int: Double]]
        /// The week index each non-recurring item's last hour was placed in.
        var finished: [String: Int]
        /// How many weeks were simulated.
        var weeks: Int
    }

    static let epsilon = 1e-9

    let items: [WorkItem]
    let shares: [GoalShare]
    let start: Day
    let maxWeeks: Int

    /// The order items are served in: by priority, deadline and title, each item lifted to the
    /// most urgent of the items waiting on it, and never before its own prerequisites.
    func order() -> [WorkItem] {
        let byID = Dictionary(items.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var dependents: [String: [String]] = [:]
        for item in items { for p in item.after { dependents[p, default: []].append(item.id) } }
        var memo: [String: (Priority, Int)] = [:]
        func key(_ id: String, _ visiting: Set<String>) -> (Priority, Int) {
            if let known = memo[id] { return known }
            let item = byID[id]!
            var best = (item.priority, item.deadline?.ordinal ?? Int.max)
            for d in dependents[id] ?? [] where !visiting.contains(d) {
                let k = key(d, visiting.union([id]))
                if k < best { best = k }
            }
            memo[id] = best
            return best
        }
        let sorted = items.sorted { a, b in
            let ka = key(a.id, []), kb = key(b.id, [])
            return ka != kb ? ka < kb : (a.title, a.id) < (b.title, b.id)
        }
        // Topological by that order: take the first item whose prerequisites are all taken.
        var taken: Set<String> = [], result: [WorkItem] = [], rest = sorted
        while !rest.isEmpty {
            guard let next = rest.firstIndex(where: { $0.after.allSatisfy { taken.contains($0) || byID[$0] == nil } }) else {
                result += rest  // a cycle: these never become available
                break
            }
            taken.insert(rest[next].id)
            result.append(rest.remove(at: next))
        }
        return result
    }

    /// Whether a recurring item is due in week `week`: every week, or the week holding the
    /// first Monday of each month (of each quarter's first month).
    func occurs(_ every: Recurrence, week: Int) -> Bool {
        let monday = start.adding(days: 7 * week)
        switch every {
        case .week: return true
        case .month: return monday.day <= 7
        case .quarter: return monday.day <= 7 && (monday.month - 1) % 3 == 0
        }
    }

    func run() -> Result {
        let ordered = order()
        var remaining: [String: Double] = [:]
        for item in ordered where item.kind != .recurring { remaining[item.id] = item.hours }
        var backlog: [String: Double] = [:]
        var placed: [String: [Int: Double]] = [:]
        var finished: [String: Int] = [:]
        let perGoal = Dictionary(grouping: ordered, by: \.goalID)
        let lastRecurringWeek = shares.map(\.recurringWeeks).max() ?? 0
        var week = 0
        /// Done before `week`: finished in an earlier week; unknown and recurring ids never hold anything up.
        func isDone(_ id: String, before week: Int) -> Bool {
            if let end = finished[id] { return end < week }
            return remaining[id] == nil
        }
        while week < maxWeeks {
            let open = remaining.values.contains { $0 > Self.epsilon }
            if !open && week >= lastRecurringWeek && !backlog.values.contains(where: { $0 > Self.epsilon }) { break }
            let sunday = start.adding(days: 7 * week + 6)
            for share in shares where week < share.recurringWeeks {
                for item in perGoal[share.goalID] ?? [] where item.kind == .recurring {
                    guard let every = item.every, occurs(every, week: week),
                          item.after.allSatisfy({ isDone($0, before: week) }) else { continue }
                    backlog[item.id, default: 0] += item.hours
                }
            }
            func give(_ id: String, _ hours: Double) {
                guard hours > Self.epsilon else { return }
                placed[id, default: [:]][week, default: 0] += hours
                if backlog[id] != nil {
                    backlog[id]! -= hours
                } else {
                    remaining[id]! -= hours
                    if remaining[id]! <= Self.epsilon { remaining[id] = 0; finished[id] = week }
                }
            }
            /// Spends up to `budget` on `goal`'s items; returns what is left.
            func spend(_ goal: String, _ budget: Double) -> Double {
                var budget = budget
                let goalItems = perGoal[goal] ?? []
                for item in goalItems where (backlog[item.id] ?? 0) > Self.epsilon && budget > Self.epsilon {
                    let hours = min(backlog[item.id]!, budget)
                    give(item.id, hours)
                    budget -= hours
                }
                let available = goalItems.filter { item in
                    item.kind != .recurring && (remaining[item.id] ?? 0) > Self.epsilon
                        && item.after.allSatisfy { isDone($0, before: week) }
                }
                for item in available where item.due.map({ $0 <= sunday }) ?? false && budget > Self.epsilon {
                    let hours = min(remaining[item.id]!, budget)
                    give(item.id, hours)
                    budget -= hours
                }
                var queue = available.filter { (remaining[$0.id] ?? 0) > Self.epsilon }[...]
                while budget > Self.epsilon, let first = queue.first {
                    guard queue.count > 1 else {
                        let hours = min(remaining[first.id]!, budget)
                        give(first.id, hours)
                        budget -= hours
                        break
                    }
                    let second = queue[queue.startIndex + 1]
                    let a = remaining[first.id]!, b = remaining[second.id]!
                    let half = budget / 2
                    let toA = a <= half ? a : (b <= half ? min(a, budget - b) : half)
                    let toB = min(b, budget - toA)
                    give(first.id, toA)
                    give(second.id, toB)
                    budget -= toA + toB
                    queue = queue.filter { (remaining[$0.id] ?? 0) > Self.epsilon }[...]
                }
                return budget
            }
            var pool = 0.0
            for share in shares { pool += spend(share.goalID, share.hours) }
            for share in shares where pool > Self.epsilon { pool = spend(share.goalID, pool) }
            week += 1
        }
        return Result(placed: placed, finished: finished, weeks: week)
    }
}
