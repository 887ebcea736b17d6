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
    ///
    /// Ids are numbered (an id stands for its first item) and walked with flags, not sets: a walk
    /// skips what is on the path above the item it is at (`visiting`: the items it came through,
    /// not the item itself, which it may meet once more through a prerequisite on itself).
    func order() -> [WorkItem] {
        var number: [String: Int] = [:], firstItem: [Int] = []
        number.reserveCapacity(items.count)
        for (index, item) in items.enumerated() where number[item.id] == nil {
            number[item.id] = firstItem.count
            firstItem.append(index)
        }
        let ids = firstItem.count
        let own = items.map { number[$0.id]! }
        // Each item's prerequisites that are items, as written (repeats kept).
        let after = items.map { $0.after.compactMap { number[$0] } }
        var dependents = [[Int]](repeating: [], count: ids)
        for (index, item) in items.enumerated() {
            for before in item.after { if let id = number[before] { dependents[id].append(own[index]) } }
        }
        var visiting = [Bool](repeating: false, count: ids)
        /// Walks `next(id)` from `id` with `id` added to the path; `step` is told each one not
        /// above it on the path.
        func walk(_ id: Int, _ next: [Int], _ step: (Int) -> Void) {
            let added = !visiting[id]
            visiting[id] = true
            for other in next where !(visiting[other] && !(other == id && added)) { step(other) }
            if added { visiting[id] = false }
        }
        var memo = [(Priority, Int)?](repeating: nil, count: ids)
        func key(_ id: Int) -> (Priority, Int) {
            if let known = memo[id] { return known }
            let item = items[firstItem[id]]
            var best = (item.priority, item.deadline?.ordinal ?? Int.max)
            walk(id, dependents[id]) { other in
                let k = key(other)
                if k < best { best = k }
            }
            memo[id] = best
            return best
        }
        // Depth: how many prerequisites deep an item is. Among equally urgent items the shallower
        // go first, so the two lanes hold items that do not wait on each other.
        var depths = [Int?](repeating: nil, count: ids)
        func depth(_ id: Int) -> Int {
            if let known = depths[id] { return known }
            var value = 0
            walk(id, after[firstItem[id]]) { value = max(value, depth($0) + 1) }
            depths[id] = value
            return value
        }
        let keyed = items.indices.map { (key: key(own[$0]), depth: depth(own[$0]), index: $0) }
        let sorted = keyed.sorted { a, b in
            if a.key != b.key { return a.key < b.key }
            if a.depth != b.depth { return a.depth < b.depth }
            let x = items[a.index], y = items[b.index]
            return (x.title, x.id) < (y.title, y.id)
        }.map(\.index)
        // Topological by that order: take the first item whose prerequisites are all taken
        // (Kahn's algorithm, the ready items in a heap by their place in `sorted`).
        var position = [Int?](repeating: nil, count: ids)
        for (place, index) in sorted.enumerated() where position[own[index]] == nil { position[own[index]] = place }
        var waiting = [Int](repeating: 0, count: sorted.count)
        var followers = [[Int]](repeating: [], count: sorted.count)
        var seen = [Int](repeating: -1, count: ids)  // the place whose prerequisites an id was last counted for
        for (place, index) in sorted.enumerated() {
            for before in after[index] where before != own[index] && seen[before] != place {
                seen[before] = place
                waiting[place] += 1
                followers[position[before]!].append(place)
            }
        }
        var ready = MinHeap(sorted.indices.filter { waiting[$0] == 0 })
        var result: [WorkItem] = [], placed = [Bool](repeating: false, count: sorted.count)
        result.reserveCapacity(sorted.count)
        while let next = ready.pop() {
            result.append(items[sorted[next]])
            placed[next] = true
            for follower in followers[next] {
                waiting[follower] -= 1
                if waiting[follower] == 0 { ready.push(follower) }
            }
        }
        for place in sorted.indices where !placed[place] { result.append(items[sorted[place]]) }  // a cycle: never available
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
        var state = State(ordered, shares: shares)
        let lastRecurringWeek = shares.map(\.recurringWeeks).max() ?? 0
        // Items with no hours left (logged hours covered a step) finish the week their prerequisites are done.
        var waiting = ordered.indices.filter { ordered[$0].kind != .recurring && ordered[$0].hours <= Self.epsilon }.map { state.slot[$0] }
        var held = Array(repeating: [Int?](repeating: nil, count: 2), count: shares.count)  // what each goal's two lanes hold
        var week = 0
        while week < maxWeeks {
            waiting.removeAll { slot in
                guard state.after[slot].allSatisfy({ state.isDone($0, before: week) }) else { return false }
                state.finished[slot] = week
                return true
            }
            let open = !waiting.isEmpty || state.remaining.contains { ($0 ?? 0) > Self.epsilon }
            if !open && week >= lastRecurringWeek && !state.backlog.contains(where: { ($0 ?? 0) > Self.epsilon }) { break }
            let monday = start.adding(days: 7 * week)
            for (goal, share) in shares.enumerated() where week < share.recurringWeeks {
                for (slot, every, hours) in state.recurring[goal] where every.map({ Self.occurs($0, monday: monday) }) == true {
                    state.backlog[slot] = (state.backlog[slot] ?? 0) + hours
                }
            }
            // Items before a goal's cursor are done; items finish roughly in order, so it moves on cheaply.
            for goal in shares.indices {
                while state.cursor[goal] < state.work[goal].count,
                      (state.remaining[state.work[goal][state.cursor[goal]]] ?? 0) <= Self.epsilon { state.cursor[goal] += 1 }
            }
            // Recurring items first, from the goal's own share.
            var left = shares.map(\.hours)
            for goal in shares.indices {
                for (slot, _, _) in state.recurring[goal] where (state.backlog[slot] ?? 0) > Self.epsilon && left[goal] > Self.epsilon {
                    let hours = min(state.backlog[slot]!, left[goal])
                    state.give(slot, hours, week: week)
                    left[goal] -= hours
                }
            }
            // A goal with nothing else left gives the rest of its share to the goals still working, evenly.
            let working = shares.indices.filter { !state.unfinished($0).isEmpty }
            let pool = shares.indices.filter { !working.contains($0) }.reduce(0) { $0 + left[$1] }
            for goal in working {
                Self.lanes(state.unfinished(goal), held: &held[goal], budget: left[goal] + pool / Double(working.count),
                           available: { slot in state.after[slot].allSatisfy { state.isDone($0, before: week) } },
                           remaining: { state.remaining[$0] ?? 0 }, give: { state.give($0, $1, week: week) })
            }
            week += 1
        }
        return state.result(weeks: week)
    }

    /// Two lanes, each with half the budget spread evenly over the week, work through the goal's
    /// unfinished items in order. A lane keeps its item until the item is done, then at once takes
    /// the first item no lane holds (lanes free earlier in the week take first); while its item's
    /// prerequisites are not done it waits, its hours unused. A lane with no item left to take
    /// gives its hours to the other lane's item.
    static func lanes(_ items: ArraySlice<Int>, held: inout [Int?], budget: Double, available: (Int) -> Bool,
                      remaining: (Int) -> Double, give: (Int, Double) -> Void) {
        func take(_ lane: Int) -> Int? {
            if let item = held[lane], remaining(item) > epsilon, items.contains(item) { return item }
            let next = items.first { item in remaining(item) > epsilon && !held.contains(item) }
            held[lane] = next
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
            let hours = min(remaining(item), rate * (1 - clock[lane]))
            give(item, hours)
            clock[lane] += hours / rate
            if remaining(item) <= epsilon { current[lane] = take(lane) }
        }
        for lane in 0..<2 where spare > epsilon {
            guard let item = current[lane], remaining(item) > epsilon, available(item) else { continue }
            let hours = min(remaining(item), spare)
            give(item, hours)
            spare -= hours
        }
    }
}
