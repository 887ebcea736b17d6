/// Places work items week by week into each goal's share of the hours (analysis section 7).
///
/// Each week, every goal spends its share on its recurring items due that week (and occurrences
/// carried over), then two lanes work through its other items in order (see `lanes`). A goal
/// with nothing but recurring items left gives the rest of its share to the goals still
/// working, split evenly. An item is available from the week after its prerequisites end.
///
/// The rules are chosen so that more hours never make any milestone later (the property tests
/// check it): the order is fixed before placing, lanes never skip a waiting item, and no item
/// is pulled forward by what happens to be available.
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
        /// The items in the order they were served (`order()`).
        var ordered: [WorkItem]
    }

    static let epsilon = 1e-9

    let items: [WorkItem]
    let shares: [GoalShare]
    let start: Day
    let maxWeeks: Int

    /// The order items are served in: by priority, deadline, depth and title, each item lifted to
    /// the most urgent of the items waiting on it, and never before its own prerequisites.
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
        // Depth: how many prerequisites deep an item is. Among equally urgent items the shallower
        // go first, so the two lanes hold items that do not wait on each other.
        var depths: [String: Int] = [:]
        func depth(_ id: String, _ visiting: Set<String>) -> Int {
            if let known = depths[id] { return known }
            let value = (byID[id]?.after ?? []).filter { byID[$0] != nil && !visiting.contains($0) }
                .map { depth($0, visiting.union([id])) + 1 }.max() ?? 0
            depths[id] = value
            return value
        }
        let keyed = items.indices.map { (key: key(items[$0].id, []), depth: depth(items[$0].id, []), index: $0) }
        let sorted = keyed.sorted { a, b in
            if a.key != b.key { return a.key < b.key }
            if a.depth != b.depth { return a.depth < b.depth }
            let x = items[a.index], y = items[b.index]
            return (x.title, x.id) < (y.title, y.id)
        }.map { items[$0.index] }
        // Topological by that order: take the first item whose prerequisites are all taken
        // (Kahn's algorithm, the ready items in a heap by their place in `sorted`).
        let position = Dictionary(sorted.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var waiting = sorted.map { item in Set(item.after.filter { byID[$0] != nil && $0 != item.id }).count }
        var followers: [Int: [Int]] = [:]
        for (index, item) in sorted.enumerated() {
            for before in Set(item.after) where before != item.id { if let p = position[before] { followers[p, default: []].append(index) } }
        }
        var ready = MinHeap(sorted.indices.filter { waiting[$0] == 0 })
        var result: [WorkItem] = [], placed = Set<Int>()
        while let next = ready.pop() {
            result.append(sorted[next])
            placed.insert(next)
            for follower in followers[next] ?? [] {
                waiting[follower] -= 1
                if waiting[follower] == 0 { ready.push(follower) }
            }
        }
        result += sorted.indices.filter { !placed.contains($0) }.map { sorted[$0] }  // a cycle: never available
        return result
    }

    /// Whether a recurring item is due in week `week`: every week, or the week holding the
    /// first Monday of each month (of each quarter's first month).
    func occurs(_ every: Recurrence, week: Int) -> Bool { Self.occurs(every, monday: start.adding(days: 7 * week)) }

    /// Whether a recurring item falls in the week of `monday`: every week, the first week of a
    /// month, the first week of a quarter.
    static func occurs(_ every: Recurrence, monday: Day) -> Bool {
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
        let work = perGoal.mapValues { items in items.filter { $0.kind != .recurring } }
        // Each goal's recurring items with their recurrence, looked at every week.
        let recurring = perGoal.mapValues { items in items.compactMap { item in item.kind == .recurring ? (item.id, item.every, item.hours) : nil } }
        var cursor: [String: Int] = [:]
        let lastRecurringWeek = shares.map(\.recurringWeeks).max() ?? 0
        var held: [String: [String?]] = [:]
        var week = 0
        /// Done before `week`: finished in an earlier week; unknown and recurring ids never hold anything up.
        func isDone(_ id: String, before week: Int) -> Bool {
            if let end = finished[id] { return end < week }
            return remaining[id] == nil
        }
        // Items with no hours left (logged hours covered a step) finish the week their prerequisites are done.
        var waiting = ordered.filter { $0.kind != .recurring && $0.hours <= Self.epsilon }
        while week < maxWeeks {
            waiting.removeAll { item in
                guard item.after.allSatisfy({ isDone($0, before: week) }) else { return false }
                finished[item.id] = week
                return true
            }
            let open = !waiting.isEmpty || remaining.values.contains { $0 > Self.epsilon }
            if !open && week >= lastRecurringWeek && !backlog.values.contains(where: { $0 > Self.epsilon }) { break }
            for share in shares where week < share.recurringWeeks {
                for (id, every, hours) in recurring[share.goalID] ?? [] where every.map({ occurs($0, week: week) }) == true {
                    backlog[id, default: 0] += hours
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
            // Items before a goal's cursor are done; items finish roughly in order, so it moves on cheaply.
            for (goal, items) in work {
                var index = cursor[goal] ?? 0
                while index < items.count, (remaining[items[index].id] ?? 0) <= Self.epsilon { index += 1 }
                cursor[goal] = index
            }
            func unfinished(_ goal: String) -> ArraySlice<WorkItem> { (work[goal] ?? [])[(cursor[goal] ?? 0)...] }
            // Recurring items first, from the goal's own share.
            var left: [String: Double] = [:]
            for share in shares {
                var budget = share.hours
                for (id, _, _) in recurring[share.goalID] ?? [] where (backlog[id] ?? 0) > Self.epsilon && budget > Self.epsilon {
                    let hours = min(backlog[id]!, budget)
                    give(id, hours)
                    budget -= hours
                }
                left[share.goalID] = budget
            }
            // A goal with nothing else left gives the rest of its share to the goals still working, evenly.
            let working = shares.map(\.goalID).filter { !unfinished($0).isEmpty }
            let pool = shares.map(\.goalID).filter { !working.contains($0) }.reduce(0) { $0 + left[$1]! }
            for goal in working {
                Self.lanes(unfinished(goal), held: &held[goal, default: [nil, nil]], budget: left[goal]! + pool / Double(working.count),
                           available: { item in item.after.allSatisfy { isDone($0, before: week) } },
                           remaining: { remaining[$0] ?? 0 }, give: give)
            }
            week += 1
        }
        return Result(placed: placed, finished: finished, weeks: week, ordered: ordered)
    }

    /// Two lanes, each with half the budget spread evenly over the week, work through the goal's
    /// unfinished items in order. A lane keeps its item until the item is done, then at once takes
    /// the first item no lane holds (lanes free earlier in the week take first); while its item's
    /// prerequisites are not done it waits, its hours unused. A lane with no item left to take
    /// gives its hours to the other lane's item.
    static func lanes(_ items: ArraySlice<WorkItem>, held: inout [String?], budget: Double, available: (WorkItem) -> Bool,
                      remaining: (String) -> Double, give: (String, Double) -> Void) {
        func take(_ lane: Int) -> WorkItem? {
            if let id = held[lane], remaining(id) > epsilon, let item = items.first(where: { $0.id == id }) { return item }
            let next = items.first { item in remaining(item.id) > epsilon && !held.contains(item.id) }
            held[lane] = next?.id
            return next
        }
        let rate = budget / 2
        guard rate > epsilon else { return }
        var clock = [0.0, 0.0]
        var spare = 0.0
        var current = [take(0), take(1)]
        while let lane = [0, 1].filter({ clock[$0] < 1 - epsilon }).min(by: { clock[$0] < clock[$1] }) {
            guard let item = current[lane] else {
                spare += rate * (1 - clock[lane])
                clock[lane] = 1
                continue
            }
            guard available(item) else { clock[lane] = 1; continue }
            let hours = min(remaining(item.id), rate * (1 - clock[lane]))
            give(item.id, hours)
            clock[lane] += hours / rate
            if remaining(item.id) <= epsilon { current[lane] = take(lane) }
        }
        for lane in 0..<2 where spare > epsilon {
            guard let item = current[lane], remaining(item.id) > epsilon, available(item) else { continue }
            let hours = min(remaining(item.id), spare)
            give(item.id, hours)
            spare -= hours
        }
    }
}

/// A binary min-heap of integers: the schedule's ready items by their place in the order.
struct MinHeap {
    private var items: [Int] = []

    init(_ values: [Int]) { for value in values { push(value) } }

    mutating func push(_ value: Int) {
        items.append(value)
        var child = items.count - 1
        while child > 0, items[(child - 1) / 2] > items[child] {
            items.swapAt(child, (child - 1) / 2)
            child = (child - 1) / 2
        }
    }

    mutating func pop() -> Int? {
        guard let first = items.first else { return nil }
        items.swapAt(0, items.count - 1)
        items.removeLast()
        var parent = 0
        while true {
            let left = 2 * parent + 1, right = left + 1
            var smallest = parent
            if left < items.count, items[left] < items[smallest] { smallest = left }
            if right < items.count, items[right] < items[smallest] { smallest = right }
            if smallest == parent { return first }
            items.swapAt(parent, smallest)
            parent = smallest
        }
    }
}
