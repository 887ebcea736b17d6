import Testing
@testable import CairnKit

/// `ScheduleEngine.order` walks numbered ids with flags; it must serve items in the order the
/// rule gave when it walked ids with sets of the path (`reference`, the code it replaced).
@Suite struct ScheduleOrderTests {
    /// The order as the engine made it until December 2026, by ids and sets.
    static func reference(_ items: [WorkItem]) -> [WorkItem] {
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
        result += sorted.indices.filter { !placed.contains($0) }.map { sorted[$0] }
        return result
    }

    /// Items with few ids (so ids repeat), prerequisites on any item, on itself, on no item,
    /// written twice, in cycles; few titles, priorities and deadlines (so keys tie).
    static func items(_ random: inout SeededRandom) -> [WorkItem] {
        let count = Int.random(in: 1 ... 24, using: &random)
        let ids = (0 ..< max(1, count - Int.random(in: 0 ... 3, using: &random))).map { "i\($0)" }
        return (0 ..< count).map { _ in
            let after = (0 ..< Int.random(in: 0 ... 3, using: &random)).map { _ in
                Int.random(in: 0 ..< 8, using: &random) == 0 ? "missing" : ids.randomElement(using: &random)!
            }
            let deadline = Bool.random(using: &random) ? Day(year: 2027, month: Int.random(in: 1 ... 3, using: &random), day: 1) : nil
            return WorkItem(id: ids.randomElement(using: &random)!, kind: .step, title: ["a", "b", "c"].randomElement(using: &random)!,
                            goalID: "g", goalIDs: ["g"], priority: Priority(rawValue: Int.random(in: 0 ... 1, using: &random))!,
                            deadline: deadline, due: nil, hours: 1, after: after, skillID: nil, level: nil, every: nil, source: nil)
        }
    }

    @Test func servesItemsInTheOrderOfTheRule() {
        var random = SeededRandom(state: 7)
        var differing = 0
        for _ in 0 ..< 20_000 {
            let items = Self.items(&random)
            let engine = ScheduleEngine(items: items, shares: [], start: Day(year: 2026, month: 11, day: 23)!, maxWeeks: 1)
            if engine.order() != Self.reference(items) { differing += 1 }
        }
        #expect(differing == 0)
    }
}
