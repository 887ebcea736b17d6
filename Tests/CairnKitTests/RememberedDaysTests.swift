import Testing
@testable import CairnKit

/// A build remembers goals' remaining hours on the past days of burn-downs under the key of what
/// each was computed from (`RememberedDays`); the next build takes the days whose keys it finds
/// again. Whatever the edit, progress made with the memory must be progress made without it.
@Suite struct RememberedDaysTests {
    static func sample() throws -> (plan: Plan, asOf: Day, periods: [ReportPeriod]) {
        let (plan, analysis) = try AnalysisEncodingTests.sample("senior-to-staff")
        return (plan, analysis.asOf, Reports.progressPeriods(asOf: analysis.asOf))
    }

    static func analysis(_ plan: Plan, _ asOf: Day, _ periods: [ReportPeriod], _ memory: RememberedDays?) -> Analysis {
        Analysis.of(plan, asOf: asOf, alsoOver: periods, remembering: memory)
    }

    /// The plan with `entry` added to its log, the log kept in date order.
    static func adding(_ entry: LogEntry, to plan: Plan) -> Plan {
        var edited = plan
        edited.log.insert(entry, at: plan.log.firstIndex { $0.date > entry.date } ?? plan.log.endIndex)
        return edited
    }

    /// An hours entry like the sample's on Mentoring (55 hours left in its step), on `date`.
    static func hours(_ plan: Plan, on date: Day, minutes: Int = 20 * 60) throws -> LogEntry {
        var entry = try #require(plan.log.first { $0.text.hasPrefix("1h Mentoring") })
        entry.date = date
        entry.minutes = minutes
        return entry
    }

    static func points(_ analysis: Analysis) -> [BurnPoint] {
        ([analysis.progress] + analysis.progressElsewhere.keys.sorted { $0.first < $1.first }.map { analysis.progressElsewhere[$0]! })
            .flatMap { $0.goals.flatMap(\.burndown) }
    }

    @Test func everyPastDayIsRememberedAndTakenAgain() throws {
        let (plan, asOf, periods) = try Self.sample()
        let first = Self.analysis(plan, asOf, periods, RememberedDays(base: "plan files"))
        let memory = try #require(first.remembered)
        #expect(memory.days.keys.sorted() == Progress.pastDays(periods, asOf: asOf).sorted())
        #expect(Self.analysis(plan, asOf, periods, nil).remembered == nil)

        // Hours no plan could give, under the right keys, show in the burn-downs: they were taken.
        var planted = memory
        for day in planted.days.keys { planted.days[day]!.hours = planted.days[day]!.hours.map { _ in 9_999 } }
        let taken = Self.analysis(plan, asOf, periods, planted)
        #expect(Self.points(taken).contains { $0.remaining == 9_999 })
        #expect(taken.remembered == planted)
        // Under another base they are keys of something else: every day is computed.
        let other = Self.analysis(plan, asOf, periods, RememberedDays(base: "other files", days: planted.days))
        #expect(other.progress == first.progress && other.progressElsewhere == first.progressElsewhere)
    }

    @Test func anEntryOnAsOfKeepsEveryPastDay() throws {
        let (plan, asOf, periods) = try Self.sample()
        let memory = try #require(Self.analysis(plan, asOf, periods, RememberedDays(base: "b")).remembered)
        let edited = Self.adding(try Self.hours(plan, on: asOf), to: plan)
        let again = Self.analysis(edited, asOf, periods, memory)
        #expect(again.remembered?.days.mapValues(\.key) == memory.days.mapValues(\.key))
        let fresh = Self.analysis(edited, asOf, periods, nil)
        #expect(again.progress == fresh.progress && again.progressElsewhere == fresh.progressElsewhere)
    }

    @Test func anEarlierEntryRecomputesTheDaysAfterIt() throws {
        let (plan, asOf, periods) = try Self.sample()
        let before = Self.analysis(plan, asOf, periods, RememberedDays(base: "b"))
        let memory = try #require(before.remembered)
        let date = Day(uncheckedYear: 2026, month: 10, day: 7)
        let edited = Self.adding(try Self.hours(plan, on: date), to: plan)
        let again = Self.analysis(edited, asOf, periods, memory)
        let keys = try #require(again.remembered).days
        for (day, remembered) in memory.days {
            #expect((keys[day]?.key == remembered.key) == (day < date), "\(day)")
        }
        let fresh = Self.analysis(edited, asOf, periods, nil)
        #expect(again.progress == fresh.progress && again.progressElsewhere == fresh.progressElsewhere)
        #expect(Self.points(again) != Self.points(before), "twenty hours on 7 October move the burn-downs after it")
    }

    @Test(arguments: ["level", "tick", "review"])
    func aLevelTickOrReviewAfterEveryPastDayRecomputesThemAll(kind: String) throws {
        let (plan, asOf, periods) = try Self.sample()
        let memory = try #require(Self.analysis(plan, asOf, periods, RememberedDays(base: "b")).remembered)
        var entry = try Self.hours(plan, on: asOf.adding(days: -1), minutes: 0)
        entry.minutes = nil
        switch kind {
        case "level": entry.levelChange = LevelChange(skillID: entry.skillIDs[0], level: .expert)
        case "tick": entry.tickedAction = try #require(plan.goals.first?.actions.first?.title)
        default: entry.review = .monthly
        }
        let edited = Self.adding(entry, to: plan)
        let again = Self.analysis(edited, asOf, periods, memory)
        let keys = try #require(again.remembered).days
        #expect(memory.days.allSatisfy { keys[$0.key]?.key != $0.value.key })
        let fresh = Self.analysis(edited, asOf, periods, nil)
        #expect(again.progress == fresh.progress && again.progressElsewhere == fresh.progressElsewhere)
    }

    @Test func fingerprintsTakeNumbersAndTextsWhole() {
        var a = Fingerprint(), b = Fingerprint()
        a.add(text: "ab"); a.add(text: "c")
        b.add(text: "a"); b.add(text: "bc")
        #expect(a != b)
        var one = Fingerprint(), other = Fingerprint()
        one.add(0.1 + 0.2)
        other.add(0.3)
        #expect(one != other)
        var minus = Fingerprint()
        minus.add(-1)
        var plusOne = Fingerprint()
        plusOne.add(UInt64(1))
        #expect(minus == plusOne, "an Int is zigzagged: -1 is 1")
    }
}
