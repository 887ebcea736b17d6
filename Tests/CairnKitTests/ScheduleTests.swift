import Testing
@testable import CairnKit

/// Section 7 of analysis.md on small plans, with dates worked out by hand.
@Suite struct ScheduleTests {
    /// A Wednesday: the schedule starts on Monday 2026-11-23.
    static let asOf = Day(year: 2026, month: 11, day: 25)!

    /// Alpha steps take 10, 20, 30 hours; Beta 5 each and comes after Alpha.
    static let skills = """
        - id: alpha
          name: Alpha
          hours: [10, 20, 30]
        - id: beta
          name: Beta
          hours: [5, 5, 5]
          after: [alpha]
        """

    /// A plan of `hours` a week, the skills Alpha and Beta (`skills`), and the role Target Role
    /// (`target`) requiring Alpha 2 and Beta 1; no goal yet.
    static func fixture(hours: Int = 10) -> PlanFixture {
        var fixture = PlanFixture(profile: "---\ntitle: Senior Software Engineer\nexperience: 6\ntime: {hours_per_week: \(hours)}\n---\n")
        fixture.add("skills.yml", skills)
        fixture.add("roles/target.md", "---\ntitle: Target Role\ntrack: ic\nlevel: 4\nrequires: {Alpha: 2, Beta: 1}\n---\n")
        return fixture
    }

    static func schedule(hours: Int = 10, by: String = "2027-01-31", actions: String = "",
                         goals: [(String, String)] = []) throws -> (Plan, Schedule) {
        var fixture = fixture(hours: hours)
        fixture.add("goals/g.md", "---\ntarget: target\nby: \(by)\n---\n\(actions)")
        for (path, text) in goals { fixture.add(path, text) }
        let (plan, diagnostics) = fixture.read()
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics)")
        let read = try #require(plan)
        let gaps = GapAnalysis.of(read, market: Market.of(read, asOf: asOf))
        return (read, Schedule.of(read, gaps: gaps, asOf: asOf))
    }

    static func day(_ text: String) -> Day { DatePeriod(text)!.first }

    @Test func stepsByHand() throws {
        // 10 h/week, two lanes of 5. Week 0: Alpha 1 gets 5; Alpha 2 waits for it.
        // Week 1: Alpha 1 ends (Sunday 2026-12-06). Week 2: Beta 1 (after Alpha 1) 5 h, ends;
        // Alpha 2 starts with 5. Week 3: the empty lane gives its 5 to Alpha 2: 10. Week 4: the last 5.
        let (_, schedule) = try Self.schedule()
        #expect(schedule.start == Self.day("2026-11-23"))
        let milestones = Dictionary(uniqueKeysWithValues: schedule.items.map { ($0.item.id, $0.milestone) })
        #expect(milestones["step:alpha:1"] == Self.day("2026-12-06"))
        #expect(milestones["step:beta:1"] == Self.day("2026-12-13"))
        #expect(milestones["step:alpha:2"] == Self.day("2026-12-27"))
        #expect(schedule.items.first { $0.item.id == "step:alpha:2" }?.start == Self.day("2026-12-07"))
        #expect(schedule.thisWeek.map(\.itemID) == ["step:alpha:1"] && schedule.thisWeek.first?.hours == 5)
        // Weeks count in the month of their Monday: 11-23 and 11-30 are November's.
        #expect(schedule.months.map(\.month) == ["2026-11", "2026-12"])
        #expect(schedule.months[0].hours == 10 && schedule.months[1].hours == 25)
        #expect(schedule.quarters.map(\.quarter) == ["2026-Q4", "2027-Q1", "2027-Q2", "2027-Q3"])
        #expect(schedule.quarters[0].milestones.count == 3 && schedule.quarters[1].milestones.isEmpty)
        let goal = try #require(schedule.goals.first)
        // 35 hours over the 70 days from 2026-11-23 to 2027-01-31: 10 weeks, 3.5 h/week.
        #expect(goal.end == Self.day("2026-12-27") && goal.feasible == true && goal.timeline == "short")
        #expect(goal.remainingHours == 35 && goal.weeksLeft == 10 && goal.neededHoursPerWeek == 3.5)
    }

    @Test func loggedHoursThatCoverAStepFinishItAtOnce() throws {
        // 12 h logged on Alpha since the goal started cover Alpha 1's 10 h: it has 0 h left and
        // ends in week 0 (Sunday 2026-11-29). Week 1: Beta 1 and Alpha 2 start, 5 h each; Beta 1
        // ends. Week 2: Alpha 2 gets both lanes' 10 h (15 of 20). Week 3: its last 5 h.
        var fixture = Self.fixture()
        fixture.add("goals/g.md", "---\ntarget: target\nby: 2027-01-31\nstarted: 2026-11-01\n---\n")
        fixture.add("log/2026-11.md", "## 2026-10-31\n- 3h Alpha: before the start\n## 2026-11-10\n- 12h Alpha: bootcamp\n")
        let plan = try #require(fixture.read().0)
        let analysis = Analysis.of(plan, asOf: Self.asOf)
        let step = try #require(analysis.gaps.gap("alpha")?.steps.first)
        #expect(step.hours == 0 && step.loggedHours == 10 && step.fullHours == 10 && step.loggedSince == Self.day("2026-11-01"))
        let milestones = Dictionary(uniqueKeysWithValues: analysis.schedule.items.map { ($0.item.id, $0.milestone) })
        #expect(milestones["step:alpha:1"] == Self.day("2026-11-29"))
        #expect(milestones["step:beta:1"] == Self.day("2026-12-06"))
        #expect(milestones["step:alpha:2"] == Self.day("2026-12-20"))
        #expect(analysis.schedule.goals.first?.remainingHours == 25)
    }

    @Test func infeasibleGoalGivesTheHoursPerWeekItNeeds() throws {
        // By 2026-12-06: 14 days, 2 weeks left for 35 hours: 17.5 h/week.
        let (_, schedule) = try Self.schedule(by: "2026-12-06")
        let goal = try #require(schedule.goals.first)
        #expect(goal.feasible == false && goal.end == Self.day("2026-12-27"))
        #expect(goal.weeksLeft == 2 && goal.neededHoursPerWeek == 17.5)
    }

    @Test func noHoursPerWeekPlacesNothing() throws {
        let (_, schedule) = try Self.schedule(hours: 0)
        #expect(schedule.unplaced.count == 3 && schedule.goals.first?.end == nil && schedule.goals.first?.feasible == false)
    }

    @Test func datedActionsComeFirstAndUndatedTakeFourHours() throws {
        // The dated action is P0 with the earliest deadline: it runs in week 0 with Alpha 1.
        // The undated one without an estimate takes 4 hours and is P1, after the P0 steps.
        let (_, schedule) = try Self.schedule(actions: "- [ ] Give the talk due:2026-12-04 ~6h\n- [ ] Write notes\n")
        let items = schedule.items.map(\.item)
        #expect(items.first?.title == "Give the talk" && items.first?.priority == .p0)
        let notes = try #require(items.first { $0.title == "Write notes" })
        #expect(notes.hours == 4 && notes.priority == .p1 && items.last?.title == "Write notes")
        let talk = try #require(schedule.items.first { $0.item.title == "Give the talk" })
        // Week 0: lanes of 5: the talk gets 5, Alpha 1 gets 5. Week 1: the talk's last hour; its lane takes Alpha 2 (waits).
        #expect(talk.milestone == Self.day("2026-12-06") && talk.late)
    }

    @Test func recurringActionsRepeatUntilTheGoalDate() throws {
        // Monthly: the week holding the month's first Monday. From 2026-11-23 to 2027-01-31:
        // Mondays 2026-12-07 and 2027-01-04, 1 hour each, counted in the goal's hours.
        let (_, schedule) = try Self.schedule(actions: "- [ ] Coffee with a staff engineer every:month\n")
        let coffee = try #require(schedule.months.flatMap(\.items).filter { $0.title == "Coffee with a staff engineer" }.map(\.hours).first)
        #expect(coffee == 1)
        #expect(schedule.months.flatMap(\.items).filter { $0.title == "Coffee with a staff engineer" }.count == 2)
        #expect(schedule.goals.first?.remainingHours == 37)
    }

    @Test func sharesSplitTheRestEvenlyAndScaleOverrides() {
        let location = SourceLocation(path: "goals/a.md", line: 1)
        func goal(_ id: String, _ hours: Double?) -> Goal { Goal(id: id, targetRoleID: "x", hoursPerWeek: hours, location: location) }
        let even = Schedule.shares([goal("a", 6), goal("b", nil), goal("c", nil)], total: 8)
        #expect(even.map(\.hoursPerWeek) == [6, 1, 1] && even.map(\.basis) == ["goal", "even split", "even split"])
        let scaled = Schedule.shares([goal("a", 6), goal("b", 4), goal("c", nil)], total: 8)
        #expect(scaled.map(\.hoursPerWeek) == [4.8, 3.2, 0] && scaled[0].basis == "goal, scaled")
    }

    @Test func horizonsByMonthsFromAsOf() {
        #expect(Schedule.horizon(of: Self.day("2027-05-25"), asOf: Self.asOf) == "short")
        #expect(Schedule.horizon(of: Self.day("2027-05-26"), asOf: Self.asOf) == "medium")
        #expect(Schedule.horizon(of: Self.day("2028-05-25"), asOf: Self.asOf) == "medium")
        #expect(Schedule.horizon(of: Self.day("2028-05-26"), asOf: Self.asOf) == "long")
    }

    @Test func preferredSkillsArePlacedButDoNotCountForTheDate() throws {
        var fixture = PlanFixture(profile: "---\ntitle: Senior Software Engineer\nexperience: 6\ntime: {hours_per_week: 10}\n---\n")
        fixture.add("skills.yml", Self.skills)
        fixture.add("roles/target.md", "---\ntitle: Target Role\ntrack: ic\nlevel: 4\nrequires: {Alpha: 1}\nprefers: {Beta: 1}\n---\n")
        fixture.add("goals/g.md", "---\ntarget: target\nby: 2027-01-31\n---\n")
        let plan = try #require(fixture.read().plan)
        let gaps = GapAnalysis.of(plan, market: Market.of(plan, asOf: Self.asOf))
        #expect(gaps.goalNeeds["g"] == ["alpha": 1, "beta": 1] && gaps.goalRequirements["g"] == ["alpha": 1])
        let schedule = Schedule.of(plan, gaps: gaps, asOf: Self.asOf)
        let beta = try #require(schedule.items.first { $0.item.id == "step:beta:1" })
        #expect(beta.item.goalID == "g" && beta.item.goalIDs.isEmpty && beta.milestone != nil)
        // Alpha 1 (10 h) gets one lane, 5 h a week; the other lane holds Beta, which waits for Alpha:
        // the goal's work ends in week 1, on Sunday 2026-12-06; Beta follows in week 2.
        #expect(schedule.goals.first?.itemIDs == ["step:alpha:1"] && schedule.goals.first?.end == Self.day("2026-12-06"))
        #expect(beta.milestone == Self.day("2026-12-13"))
    }
}
