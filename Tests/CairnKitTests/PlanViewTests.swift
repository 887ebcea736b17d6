import Testing
@testable import CairnKit

/// The plan report's view model: the facts it states and the parts it shows, on small plans
/// whose numbers are worked out by hand.
@Suite struct PlanViewTests {
    /// The schedule tests' as-of date and skills (Alpha 10, 20, 30 hours; Beta 5 each, after Alpha).
    static let asOf = ScheduleTests.asOf
    static let skills = ScheduleTests.skills

    /// Target role requires Alpha 2 and Beta 1; its fallback prefers Alpha 1.
    static func plan(time: String = "{hours_per_week: 10, budget: 1000}", by: String = "by: 2026-12-06",
                     actions: String = "", extra: [(String, String)] = []) throws -> (Plan, Analysis) {
        var fixture = PlanFixture(profile: "---\nname: Ada\ntitle: Senior Software Engineer\nexperience: 6\ntime: \(time)\n---\n")
        fixture.add("skills.yml", skills)
        fixture.add("roles/target.md", "---\ntitle: Target Role\ntrack: ic\nlevel: 4\nrequires: {Alpha: 2, Beta: 1}\n---\n")
        fixture.add("roles/fallback.md", "---\ntitle: Fallback Role\ntrack: ic\nlevel: 3\nprefers: {Alpha: 1}\n---\n")
        fixture.add("goals/g.md", "---\ntarget: target\n\(by)\nalternatives: [fallback]\n---\n\(actions)")
        for (path, text) in extra { fixture.add(path, text) }
        let (plan, diagnostics) = fixture.read()
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics)")
        let read = try #require(plan)
        return (read, Analysis.of(read, asOf: asOf))
    }

    static func day(_ text: String) -> Day { ScheduleTests.day(text) }

    @Test func summaryStatesWhetherTheGoalFitsWithTheParts() throws {
        // 35 hours (Alpha 10 + 20, Beta 5) end 2026-12-27; by 2026-12-06 leaves 2 weeks: 17.5 h a week.
        let (plan, analysis) = try Self.plan()
        let view = PlanView(plan: plan, analysis: analysis)
        let goal = try #require(view.summary.goals.first)
        #expect(goal.target == "Target Role" && goal.by == "2026-12-06" && goal.ends == "2026-12-27")
        #expect(goal.status == "does not fit")
        #expect(goal.statusLine.text == "its work ends 2026-12-27, after 2026-12-06: it needs 17.5 h a week = 35 h / 2 weeks; its share is 10 h a week")
        #expect(view.summary.capacity.text == "10 h a week (time.hours_per_week in profile.md): Target Role 10 (an even split of the rest).")
        // Week 0: two lanes of 5 hours; Alpha 1 takes one, Alpha 2 waits for it, so 5 h are placed.
        #expect(view.summary.thisWeek.line.text == "5 h of your 10 h a week, in the week 2026-11-23 to 2026-11-29.")
        #expect(view.summary.thisWeek.tasks.map(\.title) == ["Alpha to 1 (basic)"])
    }

    @Test func theMostUrgentActionsAreTheFirstThreeOpenActionsWithDueDates() throws {
        let actions = """
            - [ ] Write the design doc due:2026-12-02 ~12h
            - [ ] Give the talk due:2027-02-01 ~2h
            - [ ] Read the book ~3h
            - [ ] Pair with the team ~1h
            - [x] Done already ~5h done:2026-11-01
            """
        let (plan, analysis) = try Self.plan(by: "by: 2027-06-30", actions: actions)
        let urgent = PlanView(plan: plan, analysis: analysis).summary.urgent
        // Dated actions first (P0, by due date), then the undated ones by title; the done one never.
        #expect(urgent.map(\.title) == ["Write the design doc", "Give the talk", "Pair with the team"])
        // The design doc has one 5-hour lane: 5 + 5 + 2 hours, so it ends in week 2 (Sunday 2026-12-13),
        // 11 days after its due date. The talk shares week 0 with it in the other lane.
        #expect(urgent[0].due == "2026-12-02" && urgent[0].finishes == "2026-12-13")
        #expect(urgent[0].late && urgent[0].timing == "11 days late")
        #expect(urgent[1].finishes == "2026-11-29" && urgent[1].timing == "on time")
        #expect(urgent[2].due == "no due date" && urgent[2].timing == "no due date")
    }

    @Test func gapWhyNamesTheRolesAndTheMarketShare() throws {
        let posting = { (n: Int, requires: String) in
            ("jobs/p\(n).md", "---\ntitle: Target Role\ncompany: C\(n)\nrequires: \(requires)\n---\n")
        }
        let (plan, analysis) = try Self.plan(extra: [posting(1, "{Alpha: 3}"), posting(2, "[Alpha]"), posting(3, "[Alpha]"), posting(4, "[Beta]")])
        let rows = Dictionary(uniqueKeysWithValues: GapRow.rows(analysis, plan: plan).map { ($0.skill, $0) })
        let alpha = try #require(rows["Alpha"])
        // Needed 3 from one posting; 3 of 4 target postings require Alpha (75%, tier P1); the role requires 2 (tier P0).
        #expect(alpha.roles == "Target Role requires 2; fallback Fallback Role prefers 1")
        #expect(alpha.market == "required by 3 of 4 target postings (75%), at up to level 3")
        #expect(alpha.why == alpha.roles + "; " + alpha.market)
        #expect(alpha.priority == "P0" && alpha.tiers == "role P0 · market P1")
        #expect(alpha.hours == "60" && alpha.hoursParts == "10 + 20 + 30")
        #expect(alpha.steps == "to 1: 10 h (taxonomy); to 2: 20 h (taxonomy); to 3: 30 h (taxonomy)")
        #expect(alpha.weeksLine == "6 weeks = 60 h / 10 h a week" && alpha.bucket == "medium")
        #expect(alpha.resource == "none chosen" && !alpha.hasResource)
    }

    @Test func mermaidGanttNamesAreSanitised() throws {
        #expect(MermaidGantt.text("Phase 2: ship #42; then %% rest\nnext") == "Phase 2 - ship 42, then % rest next")
        #expect(MermaidGantt.text("  ###  ") == "untitled")
        let actions = """
            - [ ] Title: the #1 plan; call it done due:2026-12-20 ~4h
            - [ ] section 3 review ~2h
            """
        let (plan, analysis) = try Self.plan(by: "by: 2027-03-31", actions: actions)
        let chart = MermaidGantt.chart(GanttPlan.of(analysis, plan: plan))
        let lines = chart.split(separator: "\n").map(String.init)
        #expect(Array(lines.prefix(5)) == ["gantt", "  title Development plan as of 2026-11-25", "  dateFormat YYYY-MM-DD",
                                           "  axisFormat %Y-%m", "  todayMarker off"])
        #expect(lines.contains("  section Target Role, by 2027-03-31"))
        #expect(lines.contains("  P0 Title - the 1 plan, call it done :crit, t1, 2026-11-23, 2026-11-30"))
        #expect(lines.contains("  Goal date 2027-03-31 :milestone, g1, 2027-03-31, 0d"))
        // Every task line: a name without ':', '#' or ';' starting with its priority, then tags, a safe id and two days.
        let tasks = lines.filter { $0.hasPrefix("  P") }
        #expect(tasks.count == 5)
        for line in tasks {
            let parts = line.split(separator: ":", maxSplits: 1)
            #expect(parts.count == 2 && !parts[0].contains("#") && !parts[0].contains(";"), "\(line)")
            let fields = parts[1].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            #expect(fields.suffix(3).first?.allSatisfy { $0.isLetter || $0.isNumber } == true, "\(line)")
            #expect(fields.suffix(2).allSatisfy { DatePeriod($0)?.precision == .day }, "\(line)")
        }
    }

    @Test func resourcesAddUpAgainstTheBudget() throws {
        let extra = [
            ("resources/a.md", "---\ntitle: Alpha Course\nkind: course\nskills: {Alpha: 2}\nhours: 24\ncost: 445\n---\n"),
            ("resources/b.md", "---\ntitle: Beta Book\nkind: book\nskills: {Beta: 1}\nhours: 6\ncost: 650\n---\n"),
        ]
        let (plan, analysis) = try Self.plan(by: "by: 2027-06-30", extra: extra)
        let resources = DevelopmentPlanView(plan: plan, analysis: analysis).resources
        // Alpha's 24 hours split over its two steps (12 + 12); Beta's 6 over one step.
        #expect(resources.rows.map(\.resourceID) == ["a", "b"])
        #expect(resources.rows[0].hours == "24 of 24" && resources.rows[0].covers == "Alpha to 1 and Alpha to 2")
        #expect(resources.total == "Total: 1,095 USD for 2 resources; 30 h of their steps in the plan (24 + 6).")
        #expect(resources.exceedsBudget)
        #expect(resources.budgetLine.text == "In the 12 months to 2027-11-25 the schedule starts resources costing 1,095 USD (a 445 + b 650): "
            + "110% of the 1,000 USD yearly budget (time.budget in profile.md), 95 USD over it.")
    }

    @Test func goalsByHorizonBoundaries() {
        let asOf = Day(year: 2026, month: 11, day: 23)!
        #expect(GoalHorizon.of(Self.day("2029-11-23"), asOf: asOf) == .long)
        #expect(GoalHorizon.of(Self.day("2029-11-22"), asOf: asOf) == .medium)
        #expect(GoalHorizon.of(Self.day("2027-11-23"), asOf: asOf) == .medium)
        #expect(GoalHorizon.of(Self.day("2027-11-22"), asOf: asOf) == .short)
        #expect(GoalHorizon.of(Self.day("2027-01-15"), asOf: asOf) == .short)
        #expect(GoalHorizon.of(nil, asOf: asOf) == .undated)
        // Three years after a leap day is the last day of February.
        #expect(GoalHorizon.of(Self.day("2031-02-28"), asOf: Self.day("2028-02-29")) == .long)
        #expect(HorizonGoalRow.away(Self.day("2027-05-22"), asOf: asOf) == "in 5 months: under 6 months away")
        #expect(HorizonGoalRow.away(Self.day("2027-05-23"), asOf: asOf) == "in 6 months")
        #expect(HorizonGoalRow.away(Self.day("2029-12-31"), asOf: asOf) == "in 3 years 1 month")
        #expect(HorizonGoalRow.away(Self.day("2026-11-01"), asOf: asOf) == "its date has passed")
    }

    @Test func goalsWithoutDatesAndPlansWithoutHoursSaySo() throws {
        let (plan, analysis) = try Self.plan(time: "{budget: 500}", by: "priority: high")
        let view = PlanView(plan: plan, analysis: analysis)
        #expect(view.horizons.map(\.name) == ["long", "medium", "short", "undated"])
        #expect(view.horizons.last?.goals.map(\.target) == ["Target Role"])
        #expect(view.summary.goals.first?.status == "not scheduled")
        #expect(!view.development.isScheduled)
        #expect(view.development.advice.text.contains("`time: {hours_per_week: 6}`"))
        #expect(view.development.advice.html.contains("<code>time: {hours_per_week: 6}</code>"))
        #expect(view.development.unplaced == "3 items wait for hours per week.")
        #expect(view.gaps.first?.weeks == "-")
    }

    @Test func richTextEscapesBeforeMakingCodeSpans() {
        #expect(RichText("add `by:` to <goals/x.md>").html == "add <code>by:</code> to &lt;goals/x.md&gt;")
        #expect(RichText("a lone ` stays").html == "a lone ` stays")
        #expect(RichText("`<b>`").html == "<code>&lt;b&gt;</code>")
        #expect(RichText("``").html == "<code></code>")
        #expect(RichText("a`b`c`d").html == "a<code>b</code>c`d")
        #expect(RichText("`a`b`c`").html == "<code>a</code>b<code>c</code>")
        #expect(RichText("<`&`>'\"").html == "&lt;<code>&amp;</code>&gt;&#39;&quot;")
        #expect(RichText("no ticks & more").html == "no ticks &amp; more")
        // A backtick that a combining mark joins is another character, not a backtick.
        #expect(RichText("x`\u{301}y`z").html == "x`\u{301}y`z")
        #expect(RichText("x`\u{301}y`z`").html == "x`\u{301}y<code>z</code>")
    }
}
