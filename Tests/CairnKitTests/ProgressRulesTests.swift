import Testing
@testable import CairnKit

/// Section 8's rules one at a time, on small plans without git: periods and their edges,
/// status thresholds, where an entry's hours go, where a log-only level came from, what dates
/// a done action, and a plan with no log.
@Suite struct ProgressRulesTests {
    static func day(_ text: String) -> Day { DatePeriod(text)!.first }

    @Test(arguments: [
        ("2026-11", ReportPeriod.Kind.month, "2026-11-01", "2026-11-30", "2026-12"),
        ("2026-Q4", .quarter, "2026-10-01", "2026-12-31", "2027-Q1"),
        ("2026-q1", .quarter, "2026-01-01", "2026-03-31", "2026-Q2"),
        ("2028-02", .month, "2028-02-01", "2028-02-29", "2028-03"),
        ("2026", .year, "2026-01-01", "2026-12-31", "2027"),
        // 91 days, then the next 91: 2026-12-01 + 90 days is 2027-03-01.
        ("2026-09-01..2026-11-30", .range, "2026-09-01", "2026-11-30", "2026-12-01..2027-03-01"),
    ])
    func periodsParseWithTheirFirstLastAndNext(text: String, kind: ReportPeriod.Kind, first: String, last: String, next: String) throws {
        let period = try #require(ReportPeriod(text))
        #expect(period.kind == kind && period.first == Self.day(first) && period.last == Self.day(last))
        #expect(period.next.label == next)
    }

    @Test(arguments: ["2026-13", "2026-Q5", "2026-11-30..2026-11-01", "26", "2026-11-31..2026-12-01", "november", "2026-11-05"])
    func otherTextIsNoPeriod(text: String) {
        #expect(ReportPeriod(text) == nil)
    }

    @Test func statusThresholdsAreTenPercentOfTheDaysLeft() {
        let asOf = Self.day("2026-11-23"), by = Self.day("2027-09-19")  // 300 days away: 10% is 30
        // 100 h at 10 h a week: ceil(70) = 70 days -> 2027-02-01, on track.
        let onTrack = Progress.status(remaining: 100, velocity: 10, recent: 80, by: by, asOf: asOf, started: true)
        #expect(onTrack.0 == asOf.adding(days: 70) && onTrack.1 == .onTrack)
        // 470 h at 10 h a week: 329 days, 29 after the date: at risk. 471 h: 329.7 -> 330, 30 after,
        // the edge: at risk. 471.5 h: 330.05 -> 331, 31 after: behind.
        #expect(Progress.status(remaining: 470, velocity: 10, recent: 80, by: by, asOf: asOf, started: true).1 == .atRisk)
        #expect(Progress.status(remaining: 471, velocity: 10, recent: 80, by: by, asOf: asOf, started: true).1 == .atRisk)
        #expect(Progress.status(remaining: 471.5, velocity: 10, recent: 80, by: by, asOf: asOf, started: true).1 == .behind)
        #expect(Progress.status(remaining: 10, velocity: 0, recent: 0, by: by, asOf: asOf, started: true).1 == .behind)
        #expect(Progress.status(remaining: 10, velocity: 1, recent: 8, by: nil, asOf: asOf, started: true).1 == .noDate)
        #expect(Progress.status(remaining: 0, velocity: 0, recent: 0, by: by, asOf: asOf, started: true).1 == .onTrack)
        #expect(Progress.status(remaining: 10, velocity: 5, recent: 40, by: by, asOf: asOf, started: false).1 == .notStarted)
    }

    static func plan(log: String?, goalBody: String = "", profileSkills: String = "{Alpha: 1}") throws -> Plan {
        var fixture = PlanFixture(profile: "---\ntitle: Senior Software Engineer\nexperience: 6\ntime: {hours_per_week: 7}\nskills: \(profileSkills)\n---\n")
        fixture.add("skills.yml", ScheduleTests.skills)
        fixture.add("roles/target.md", "---\ntitle: Target Role\ntrack: ic\nlevel: 4\nrequires: {Alpha: 3}\nprefers: {Beta: 1}\n---\n")
        fixture.add("roles/other.md", "---\ntitle: Other Role\ntrack: ic\nlevel: 4\nrequires: {Beta: 2}\n---\n")
        fixture.add("goals/main.md", "---\ntarget: target\nby: 2027-06-30\npriority: high\n---\n\(goalBody)")
        fixture.add("goals/side.md", "---\ntarget: other\nby: 2028-06-30\npriority: low\n---\n")
        if let log { fixture.add("log/2026-11.md", log) }
        let (plan, diagnostics) = fixture.read()
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics)")
        return try #require(plan)
    }

    @Test func entriesCountForTheirTagsTheirTickOrTheirSkillsGoal() throws {
        let plan = try Self.plan(log: """
            ## 2026-11-02
            - 2h Beta: tagged for main +main
            - 3h Beta: untagged
            - 1h Alpha: untagged
            - 4h #alpha #beta: two skills
            - 30m nothing in particular
            - [x] ship
            """, goalBody: "- [ ] Ship it ~6h id:ship\n")
        let work = WorkLog(plan: plan, needs: GoalNeeds.of(plan), asOf: Self.day("2026-11-23"))
        let goals = work.entries.map { $0.goals }
        // Tagged: main. Beta untagged: side requires it (main only prefers it), so side.
        // Alpha: main requires it. Two skills: 2 h each to their goals. No skill: other. The tick: main.
        #expect(goals[0] == ["main": 2] && goals[1] == ["side": 3] && goals[2] == ["main": 1])
        #expect(goals[3] == ["main": 2, "side": 2] && goals[4] == ["": 0.5] && goals[5] == ["main": 0])
        #expect(work.entries[3].skills == ["alpha": 2, "beta": 2])
        #expect(work.starts["main"]?.day == Self.day("2026-11-02") && work.starts["main"]?.basis.hasPrefix("first log entry") == true)
    }

    /// An entry's shares: hours added to a key given twice, keys in the order first given, and
    /// equal as dictionaries are (the same keys and hours in any order).
    @Test func hourSharesAddByKeyAndCompareInAnyOrder() {
        var shares = HourShares()
        shares["b", default: 0] += 1.5
        shares["a", default: 0] += 1
        shares["b", default: 0] += 0.5
        #expect(shares.map(\.key) == ["b", "a"] && shares["b"] == 2 && shares["a"] == 1 && shares["c"] == nil)
        #expect(shares == ["a": 1, "b": 2] && shares == ["b": 1, "a": 1, "b": 1])
        #expect(shares != ["a": 1, "b": 2.5] && shares != ["a": 1] && shares != ["a": 1, "b": 2, "c": 0])
        #expect(HourShares().isEmpty && shares.count == 2)
        // The first pair is held apart from the others: a third key, and the second added to.
        shares["c", default: 0] += 3
        shares["a", default: 0] += 1
        #expect(shares.map(\.key) == ["b", "a", "c"] && shares.map(\.value) == [2, 2, 3] && shares.count == 3)
        #expect(shares == ["c": 3, "a": 2, "b": 2] && shares != ["c": 3, "a": 2, "d": 2])
    }

    @Test func aLogOnlyLevelCameFromOneBelowUnlessAnEarlierEntrySays() throws {
        let plan = try Self.plan(log: """
            ## 2026-11-03
            - level Alpha 1
            ## 2026-11-10
            - level Beta 2
            ## 2026-11-20
            - level Alpha 2
            """, profileSkills: "{Alpha: 3, Beta: 2}")
        let levels = LevelHistory(plan: plan, asOf: Self.day("2026-11-23"))
        let seen = levels.changes.map { "\($0.skillID) \($0.from)->\($0.to) \($0.date?.description ?? "undated")" }
        // Alpha 1 on 11-03 came from 0 (one below), 2 on 11-20 from 1; profile.md's 3 is not dated.
        #expect(seen == ["alpha 0->1 2026-11-03", "beta 1->2 2026-11-10", "alpha 1->2 2026-11-20", "alpha 2->3 undated"])
        #expect(levels.changes.last?.source.text == "profile.md, not dated by a log entry")
        #expect(levels.level("alpha", on: Self.day("2026-11-01"), asOf: Self.day("2026-11-23")) == 0)
        #expect(levels.level("alpha", on: Self.day("2026-11-19"), asOf: Self.day("2026-11-23")) == 1)
    }

    @Test func aDoneDateWinsOverALogTick() throws {
        let plan = try Self.plan(log: "## 2026-11-05\n- [x] a\n- [x] b\n", goalBody: """
            - [x] First ~2h id:a done:2026-11-01
            - [ ] Second ~2h id:b
            - [x] Third ~2h id:c
            """)
        let dates = ActionDates(plan: plan, asOf: Self.day("2026-11-23"))
        #expect(dates.done.map { "\($0.title) \($0.date?.description ?? "-") \($0.source)" }
                == ["First 2026-11-01 done: field", "Second 2026-11-05 ticked in log/2026-11.md:3:1", "Third - not dated"])
        // The tick in the log marks Second done for the analysis: only undone work is scheduled.
        let analysis = Analysis.of(plan, asOf: Self.day("2026-11-23"))
        #expect(!analysis.schedule.items.contains { $0.item.title == "Second" })
    }

    @Test func aPlanWithNoLogHasNothingStartedAndSaysHowToBegin() throws {
        let progress = Analysis.of(try Self.plan(log: nil), asOf: Self.day("2026-11-23")).progress
        #expect(progress.logged == 0 && progress.adherence == 0 && progress.capacity == 23)
        #expect(progress.goals.map(\.status) == [.notStarted, .notStarted] && progress.goals.allSatisfy { $0.closure == nil })
        #expect(progress.sinceReview == nil && progress.levelChanges.isEmpty && progress.skillLevels.isEmpty)
        #expect(progress.notes.contains { $0.hasPrefix("There is no log yet") })
        #expect(progress.weeklyHours.map(\.monday) == [Self.day("2026-10-26"), Self.day("2026-11-02"), Self.day("2026-11-09"),
                                                      Self.day("2026-11-16"), Self.day("2026-11-23")])
    }

    @Test func theFirstAndLastDaysOfAPeriodCountAndTheDaysAroundDoNot() throws {
        let plan = try Self.plan(log: """
            ## 2026-09-30
            - 1h Alpha: before
            ## 2026-10-01
            - 2h Alpha: first day
            ## 2026-12-31
            - 4h Alpha: last day
            ## 2027-01-01
            - 8h Alpha: after
            """)
        let asOf = Self.day("2027-01-10")
        let quarter = Analysis.of(plan, asOf: asOf, period: ReportPeriod("2026-Q4")).progress
        #expect(quarter.logged == 6 && quarter.countedThrough == Self.day("2026-12-31"))
        // 92 days = 13.14 weeks of 7 h: 92 h of capacity.
        #expect(quarter.weeks == 13.14 && quarter.capacity == 92)
        let month = Analysis.of(plan, asOf: Self.day("2026-12-31"), period: ReportPeriod("2026-12")).progress
        #expect(month.logged == 4 && month.notes.allSatisfy { !$0.contains("counts the days up to") })
    }
}
