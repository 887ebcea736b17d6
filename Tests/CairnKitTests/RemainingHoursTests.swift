import Testing
@testable import CairnKit

/// The burn-down's count of remaining hours without work items gives what the work items give.
@Suite struct RemainingHoursTests {
    /// What the burn-down counted before: the work items, each goal's needed items, their hours.
    static func fromItems(_ plan: Plan, gaps: GapAnalysis, goals: [Goal], start: Day) -> [String: Double] {
        let items = WorkItems.build(plan, gaps: gaps)
        var result: [String: Double] = [:]
        for goal in goals {
            let needed = Set(Schedule.neededItems(goal.id, items: items))
            let (hours, _) = Schedule.remainingHours(goal, needed: items.filter { needed.contains($0.id) }, all: items, start: start)
            result[goal.id] = Numbers.round(hours, places: 1)
        }
        return result
    }

    /// Both counts on `day` of the plan as it stood then; and the items, to see what was covered.
    static func both(_ context: ProgressContext, on day: Day) -> (lean: [String: Double], items: [String: Double], made: [WorkItem]) {
        let past = context.snapshot.plan(on: day, log: false, postings: false)
        let gaps = GapAnalysis.of(past: past, on: day, today: context.targets, credit: context.credit(on: day))
        let goals = WorkItems.goalOrder(context.current), start = day.adding(days: 1 - day.weekday)
        return (RemainingHours.of(past, gaps: gaps, goals: goals, start: start), fromItems(past, gaps: gaps, goals: goals, start: start),
                WorkItems.build(past, gaps: gaps))
    }

    @Test(arguments: ["senior-to-staff", "engineer-to-manager", "backend-to-platform"])
    func everyWeekOfTheSamplesYearCountsTheSame(sample: String) throws {
        let (plan, _) = try AnalysisEncodingTests.sample(sample)
        let asOf = try #require(plan.settings.asOf)
        let context = ProgressContext(plan, asOf: asOf)
        var recurring = false, waiting = false
        for weeks in 1...52 {
            let day = asOf.adding(days: -7 * weeks)
            let (lean, items, made) = Self.both(context, on: day)
            #expect(lean == items, "\(sample) \(day)")
            recurring = recurring || made.contains { $0.kind == .recurring }
            waiting = waiting || made.contains { $0.kind == .action && !$0.after.isEmpty }
        }
        #expect(recurring && waiting, "the sample's year has recurring actions and actions waiting for others")
    }

    /// A step's goals read their levels from the gap's needs, and only the goals with a need look
    /// their requirement up: the levels are those of `GapAnalysis`'s maps, on every past week.
    @Test(arguments: ["senior-to-staff", "engineer-to-manager", "backend-to-platform"])
    func stepLevelsAreTheGapAnalysisLevels(sample: String) throws {
        let (plan, _) = try AnalysisEncodingTests.sample(sample)
        let asOf = try #require(plan.settings.asOf)
        let context = ProgressContext(plan, asOf: asOf)
        var checked = 0
        for weeks in stride(from: 0, through: 52, by: 4) {
            let day = asOf.adding(days: -7 * weeks)
            let past = context.snapshot.plan(on: day, log: false, postings: false)
            let gaps = GapAnalysis.of(past: past, on: day, today: context.targets)
            let ids = WorkItems.goalOrder(past).map(\.id), goals = StepLevels.Goals(ids, gaps: gaps)
            for gap in gaps.gaps {
                let levels = StepLevels(gap, goals: goals)
                #expect(levels.needed == ids.map { gaps.goalNeeds[$0]?[gap.skillID] ?? 0 }, "\(sample) \(day) \(gap.skillID)")
                #expect(levels.required == ids.map { gaps.goalRequirements[$0]?[gap.skillID] ?? 0 }, "\(sample) \(day) \(gap.skillID)")
                checked += 1
            }
        }
        #expect(checked > 100)
    }

    /// Prerequisites two deep (a skill of the plan's after TypeScript, TypeScript after
    /// JavaScript), prerequisites of a step only preferred (Kubernetes), steps only a fallback
    /// asks for, goals asking different levels of a skill, an action waiting for another goal's
    /// action and one waiting for a done one.
    static func fixture() throws -> Plan {
        var fixture = PlanFixture(profile: "---\ntitle: Senior Software Engineer\nexperience: 6\ntime: {hours_per_week: 10}\nskills: {Go: 1}\n---\n")
        fixture.add("skills.yml", "- id: frontend-platform\n  name: Frontend Platform\n  category: domain\n  hours: [40, 80, 120]\n  after: [typescript]\n")
        fixture.add("roles/web.md", "---\ntitle: Web Lead\ntrack: ic\nlevel: 4\nrequires: {Frontend Platform: 2, Go: 3}\nprefers: {Kubernetes: 2}\n---\n")
        fixture.add("roles/backend.md", "---\ntitle: Backend Lead\ntrack: ic\nlevel: 4\nrequires: {Go: 2, SQL: 1}\n---\n")
        fixture.add("roles/spare.md", "---\ntitle: Spare Role\ntrack: ic\nlevel: 3\nrequires: {Rust: 2}\n---\n")
        fixture.add("goals/web.md", "---\ntarget: web\nby: 2027-12-31\npriority: high\nalternatives: [spare]\n---\n\n## Actions\n\n"
                    + "- [ ] Ship the design system ~30h id:design-system\n- [ ] Weekly review every:week ~1h\n")
        fixture.add("goals/backend.md", "---\ntarget: backend\nby: 2027-06-30\n---\n\n## Actions\n\n"
                    + "- [ ] Pair on the API ~10h after:design-system\n- [x] Read the SQL book ~5h id:sql-book\n- [ ] Index tuning ~4h after:sql-book\n")
        let (read, diagnostics) = fixture.read()
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics)")
        return try #require(read)
    }

    @Test func prerequisitesFallbacksAndSharedSkillsCountTheSame() throws {
        let plan = try Self.fixture()
        let day = Day(year: 2026, month: 11, day: 23)!
        let gaps = GapAnalysis.of(plan, market: Market.of(plan, asOf: day))
        let goals = WorkItems.goalOrder(plan)
        let made = WorkItems.build(plan, gaps: gaps)
        #expect(made.contains { $0.id == "step:javascript:1" && $0.title.hasSuffix("before TypeScript") }, "\(made.map { ($0.id, $0.title) })")
        #expect(made.contains { $0.id == "step:containers:1" && $0.goalIDs.isEmpty }, "a prerequisite of a preferred step")
        #expect(made.contains { $0.id == "step:rust:1" && $0.goalIDs.isEmpty }, "a step only the fallback asks for")
        let lean = RemainingHours.of(plan, gaps: gaps, goals: goals, start: day)
        #expect(lean == Self.fromItems(plan, gaps: gaps, goals: goals, start: day))
        #expect(lean.count == 2 && lean.values.allSatisfy { $0 > 0 }, "\(lean)")
        // Done by hand for the backend goal: Go 1 -> 2 (taxonomy hours), SQL 0 -> 1, its two undone
        // actions, and what the pairing waits for: the web goal's design system (30 hours).
        let taxonomy = plan.catalog.taxonomy
        let backend = GapAnalysis.stepHours("go", toLevel: 2, taxonomy: taxonomy).0
            + GapAnalysis.stepHours("sql", toLevel: 1, taxonomy: taxonomy).0 + 10 + 4 + 30
        #expect(lean["backend"] == Numbers.round(backend, places: 1))
    }

    /// Two active goals of one id (a plan made in code; the reader reports the second of two
    /// goal files of one name) count as the work items count them: by id.
    @Test func goalsOfOneIdCountTheSame() throws {
        var plan = try Self.fixture()
        let backend = try #require(plan.goals.firstIndex { $0.id == "backend" })
        plan.goals[backend].id = "web"
        let day = Day(year: 2026, month: 11, day: 23)!
        let gaps = GapAnalysis.of(plan, market: Market.of(plan, asOf: day))
        let goals = WorkItems.goalOrder(plan)
        #expect(goals.map(\.id) == ["web", "web"])
        let lean = RemainingHours.of(plan, gaps: gaps, goals: goals, start: day)
        #expect(lean == Self.fromItems(plan, gaps: gaps, goals: goals, start: day))
        let asked = StepLevels.Goals(goals.map(\.id), gaps: gaps)
        for gap in gaps.gaps {
            let levels = StepLevels(gap, goals: asked)
            #expect(levels.needed == goals.map { gaps.goalNeeds[$0.id]?[gap.skillID] ?? 0 }, "\(gap.skillID)")
            #expect(levels.required == goals.map { gaps.goalRequirements[$0.id]?[gap.skillID] ?? 0 }, "\(gap.skillID)")
        }
    }
}
