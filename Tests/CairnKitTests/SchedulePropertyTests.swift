import Testing
@testable import CairnKit

/// Properties of the schedule (analysis section 7) over many random item graphs.
@Suite struct SchedulePropertyTests {
    /// Seeded, so every run tests the same graphs.
    typealias Random = SeededRandom

    static let start = Day(year: 2026, month: 11, day: 23)!

    /// A random plan of work: 1-3 goals, 2-14 items each, with chains of steps, `after` links
    /// to earlier items, dated actions and recurring ones.
    static func graph(_ random: inout Random) -> (items: [WorkItem], goals: [String]) {
        let goals = (0..<Int.random(in: 1...3, using: &random)).map { "g\($0)" }
        var items: [WorkItem] = []
        for goal in goals {
            for n in 0..<Int.random(in: 2...14, using: &random) {
                let roll = Int.random(in: 0..<10, using: &random)
                let kind: WorkItem.Kind = roll < 5 ? .step : (roll < 9 ? .action : .recurring)
                var after: [String] = []
                if !items.isEmpty, Int.random(in: 0..<3, using: &random) == 0 {
                    after.append(items[Int.random(in: 0..<items.count, using: &random)].id)
                }
                let due = kind == .action && Bool.random(using: &random)
                    ? start.adding(days: Int.random(in: 0...400, using: &random)) : nil
                items.append(WorkItem(
                    id: "\(goal)-\(n)", kind: kind, title: "item \(goal) \(n)", goalID: goal, goalIDs: [goal],
                    priority: Priority(rawValue: Int.random(in: 0...3, using: &random))!, deadline: due, due: due,
                    hours: kind == .recurring ? Double(Int.random(in: 1...2, using: &random))
                        : Double(Int.random(in: 1...80, using: &random)),
                    after: after, skillID: nil, level: nil,
                    every: kind == .recurring ? [Recurrence.week, .month, .quarter][Int.random(in: 0...2, using: &random)] : nil,
                    source: nil))
            }
        }
        return (items, goals)
    }

    static func run(_ items: [WorkItem], goals: [String], hours: [Double]) -> ScheduleEngine.Result {
        ScheduleEngine(items: items,
                       shares: zip(goals, hours).map { .init(goalID: $0, hours: $1, recurringWeeks: 40) },
                       start: start, maxWeeks: 2000).run()
    }

    @Test func capacityIsNeverExceededAndEveryHourIsPlaced() {
        var random = Random(state: 1)
        for _ in 0..<300 {
            let (items, goals) = Self.graph(&random)
            let hours = goals.map { _ in Double(Int.random(in: 1...12, using: &random)) }
            let result = Self.run(items, goals: goals, hours: hours)
            var perWeek: [Int: Double] = [:]
            for (_, weeks) in result.placed { for (week, h) in weeks { perWeek[week, default: 0] += h } }
            let capacity = hours.reduce(0, +)
            #expect(perWeek.values.allSatisfy { $0 <= capacity + 1e-6 })
            for item in items where item.kind != .recurring {
                let placed = result.placed[item.id]?.values.reduce(0, +) ?? 0
                #expect(abs(placed - item.hours) < 1e-6, "\(item.id): \(placed) of \(item.hours)")
                #expect(result.finished[item.id] != nil)
            }
        }
    }

    @Test func noItemStartsBeforeItsPrerequisitesEnd() {
        var random = Random(state: 2)
        for _ in 0..<300 {
            let (items, goals) = Self.graph(&random)
            let result = Self.run(items, goals: goals, hours: goals.map { _ in Double(Int.random(in: 1...12, using: &random)) })
            for item in items where item.kind != .recurring {
                guard let first = result.placed[item.id]?.keys.min() else { continue }
                for prerequisite in item.after where items.first(where: { $0.id == prerequisite })?.kind != .recurring {
                    let end = try! #require(result.finished[prerequisite])
                    #expect(first > end, "\(item.id) starts in week \(first), \(prerequisite) ends in week \(end)")
                }
            }
        }
    }

    @Test func moreCapacityNeverMakesAMilestoneLater() {
        var random = Random(state: 3)
        for _ in 0..<300 {
            let (items, goals) = Self.graph(&random)
            let hours = goals.map { _ in Double(Int.random(in: 1...10, using: &random)) }
            let extra = hours.map { $0 + Double(Int.random(in: 0...6, using: &random)) }
            let less = Self.run(items, goals: goals, hours: hours)
            let more = Self.run(items, goals: goals, hours: extra)
            for item in items where item.kind != .recurring {
                let a = try! #require(less.finished[item.id]), b = try! #require(more.finished[item.id])
                #expect(b <= a, "\(item.id) ends in week \(b) with \(extra) h/week but in week \(a) with \(hours)")
            }
        }
    }

    @Test func atMostTwoItemsAreLeftRunningInAWeekPerGoal() {
        var random = Random(state: 4)
        for _ in 0..<300 {
            let (items, goals) = Self.graph(&random)
            let result = Self.run(items, goals: goals, hours: goals.map { _ in Double(Int.random(in: 1...12, using: &random)) })
            // Items finished within a week hand their place to the next; at the end of every week
            // a goal has at most two items that got hours and go on into the next week.
            for goal in goals {
                let mine = items.filter { $0.goalID == goal && $0.kind != .recurring }
                let weeks = Set(mine.flatMap { result.placed[$0.id].map { Array($0.keys) } ?? [] })
                for week in weeks {
                    let running = mine.filter { result.placed[$0.id]?[week] != nil && result.finished[$0.id] != week }
                    #expect(running.count <= 2, "\(goal) week \(week): \(running.map(\.id))")
                }
            }
        }
    }
}
