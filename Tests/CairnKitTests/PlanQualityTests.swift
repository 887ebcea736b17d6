import Testing
@testable import CairnKit

/// Section 11 of analysis.md: a plan that passes every check, then each check failed by one change.
@Suite struct PlanQualityTests {
    /// A Monday: the schedule's week 0 starts on as_of.
    static let asOf = Day(year: 2026, month: 11, day: 23)!

    /// A plan passing every check (p0-resources does not apply: Test Role asks for no skill).
    /// At 2 hours a week the talk and the coffee end in 2026-Q4 and the five 12-hour pieces of
    /// work one after the other in 2027-Q1, Q1, Q2, Q2 and Q3.
    struct Builder {
        var settings: String? = "review: [monthly]\n"
        var time = "time:\n  hours_per_week: 2\n  budget: 500\n"
        var checklist = "checklist:\n  values_aligned: true\n  network_mapped: true\n  personal_brand: true\n  mentor: true\n  manager_discussed: true\n"
        var body = "## Strengths\n\nCalm in incidents.\n\n## Values\n\nHonesty.\n"
        var role = "---\ntitle: Test Role\ntrack: ic\nlevel: 4\n---\n"
        var goal = "target: test-role\nby: 2032-01-31\nalternatives: [backup-role]\n"
        var actions = [
            "- [ ] Give a talk at the guild due:2026-12-01 #public-speaking ~2h",
            "- [ ] Coffee with a peer outside the team #professional-networking ~1h due:2027-06-30",
            "- [ ] Piece A ~12h", "- [ ] Piece B ~12h", "- [ ] Piece C ~12h", "- [ ] Piece D ~12h", "- [ ] Piece E ~12h",
        ]
        var posting: String? = "---\ntitle: Test Role\nposted: 2026-11-02\nsalary: {min: 100, max: 200, currency: USD}\n---\n"
        var log: String? = "## 2026-11-20\n- 1h Go: practice\n"
        var files: [(String, String)] = []

        var profile: String { "---\ntitle: Senior Software Engineer\nexperience: 6\n\(time)\(checklist)---\n\n\(body)" }

        func plan() throws -> Plan {
            var fixture = PlanFixture(profile: profile)
            if let settings { fixture.add("cairn.yml", settings) }
            fixture.add("roles/test-role.md", role)
            fixture.add("roles/backup-role.md", "---\ntitle: Backup Role\ntrack: ic\nlevel: 3\n---\n")
            fixture.add("goals/g.md", "---\n\(goal)---\n\n## Actions\n" + actions.joined(separator: "\n") + "\n")
            if let posting { fixture.add("jobs/test-role.md", posting) }
            if let log { fixture.add("log/2026-11.md", log) }
            for (path, text) in files { fixture.add(path, text) }
            let (plan, diagnostics) = fixture.read()
            #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics)")
            return try #require(plan)
        }

        func quality() throws -> PlanQuality { Analysis.of(try plan(), asOf: PlanQualityTests.asOf).quality }

        func check(_ id: String) throws -> QualityCheck { try #require(try quality().checks.first { $0.id == id }) }
    }

    @Test func aCompletePlanPassesEveryCheck() throws {
        let quality = try Builder().quality()
        #expect(quality.checks.filter { $0.status == .failed }.map(\.id) == [])
        #expect(quality.checks.filter { $0.status == .notApplicable }.map(\.id) == ["p0-resources"])
        #expect(quality.passed == 22 && quality.applicable == 22 && quality.score == 100 && quality.band == .excellent)
        #expect(quality.checks.map(\.id) == [
            "active-goal", "long-term-goal", "goal-dates", "measurable-actions", "p0-resources", "hours-per-week", "budget-set",
            "budget-covers-costs", "networking-actions", "visibility-actions", "checklist-network-mapped", "checklist-personal-brand",
            "fallbacks", "quarterly-milestones", "action-due-soon", "recent-log", "review-cadence", "strengths-written",
            "values-written", "checklist-values-aligned", "salary-data", "checklist-mentor", "checklist-manager-discussed",
        ])
    }

    // MARK: goals

    @Test func activeGoal() throws {
        var builder = Builder()
        builder.goal += "status: paused\n"
        let quality = try builder.quality()
        let check = try #require(quality.checks.first { $0.id == "active-goal" })
        #expect(check.status == .failed && check.findings.first?.location == SourceLocation(path: "profile.md", line: 1))
        #expect(quality.checks.first { $0.id == "goal-dates" }?.status == .notApplicable)
    }

    @Test(arguments: [("2031-11-23", QualityStatus.passed), ("2031-11-22", .failed)])
    func longTermGoalFiveYearsOrMoreAhead(by: String, status: QualityStatus) throws {
        var builder = Builder()
        builder.goal = builder.goal.replacingOccurrences(of: "2032-01-31", with: by)
        let check = try builder.check("long-term-goal")
        #expect(check.status == status)
        if status == .failed {
            #expect(check.findings.first?.message == "no active goal is dated 5 years or more ahead (on or after 2031-11-23)")
            #expect(check.findings.first?.location == SourceLocation(path: "goals/g.md", line: 3))
            #expect(check.findings.first?.fix.hasSuffix("with `by: 2031-12` or later, or move `by:` of goals/g.md there") == true)
        }
    }

    @Test func goalDates() throws {
        var builder = Builder()
        builder.files = [("goals/undated.md", "---\ntarget: test-role\nalternatives: [backup-role]\n---\n- [ ] Something ~2h\n")]
        let check = try builder.check("goal-dates")
        #expect(check.status == .failed && check.findings.count == 1)
        #expect(check.findings[0].message == "the goal 'undated' has no date")
        #expect(check.findings[0].location == SourceLocation(path: "goals/undated.md", line: 2))
    }

    @Test func measurableActionsNeedADueDateAnEstimateOrARecurrence() throws {
        var builder = Builder()
        builder.files = [("goals/vague.md", "---\ntarget: test-role\nby: 2030-01-31\nalternatives: [backup-role]\n---\n"
            + "- [ ] Think about it\n- [x] Done already ~3h done:2026-10-01\n")]
        let check = try builder.check("measurable-actions")
        #expect(check.status == .failed && check.findings.map(\.message) == ["the goal 'vague' has no open action with a due date, an estimate or a recurrence"])
        #expect(check.findings[0].location == SourceLocation(path: "goals/vague.md", line: 7))
        for measurable in ["- [ ] Think about it every:month", "- [ ] Think about it due:2027-01-31", "- [ ] Think about it ~1h"] {
            builder.files = [("goals/vague.md", "---\ntarget: test-role\nby: 2030-01-31\nalternatives: [backup-role]\n---\n\(measurable)\n")]
            #expect(try builder.check("measurable-actions").status == .passed, "\(measurable)")
        }
    }

    @Test func fallbacks() throws {
        var builder = Builder()
        builder.goal = builder.goal.replacingOccurrences(of: "alternatives: [backup-role]\n", with: "")
        let check = try builder.check("fallbacks")
        #expect(check.status == .failed && check.findings[0].message == "the goal 'g' has no fallback role")
        #expect(check.findings[0].fix.hasPrefix("add `alternatives: ["))
        #expect(check.findings[0].location == SourceLocation(path: "goals/g.md", line: 2))
    }

    // MARK: network, visibility, timeline

    @Test func networkingAndVisibilityActions() throws {
        var builder = Builder()
        builder.actions[1] = "- [x] Coffee with a peer outside the team #professional-networking ~1h done:2026-11-01"
        #expect(try builder.check("networking-actions").status == .failed, "a done action does not count")
        builder.actions[1] = "- [ ] Meetup every:month #community-building ~1h"
        #expect(try builder.check("networking-actions").status == .passed)

        builder.actions[0] = "- [ ] Give a talk at the guild due:2026-12-01 ~2h"
        let visibility = try builder.check("visibility-actions")
        #expect(visibility.status == .failed)
        #expect(visibility.findings[0].message == "no open action of an active goal is tagged #personal-branding, #public-speaking, "
            + "#content-creation, #open-source, #developer-relations")
        #expect(visibility.findings[0].location.path == "goals/g.md")
    }

    @Test func quarterlyMilestones() throws {
        let plan = try Builder().plan()
        let analysis = Analysis.of(plan, asOf: Self.asOf)
        #expect(analysis.schedule.quarters.map(\.quarter) == ["2026-Q4", "2027-Q1", "2027-Q2", "2027-Q3"])
        var schedule = analysis.schedule
        schedule.quarters[2].milestones = []
        let facts = PlanFacts(plan: plan, asOf: Self.asOf, market: analysis.market, gaps: analysis.gaps, schedule: schedule,
                              readiness: analysis.readiness, costs: analysis.learningCosts)
        let check = try #require(PlanQuality.of(facts).checks.first { $0.id == "quarterly-milestones" })
        #expect(check.status == .failed && check.findings[0].message == "no milestone in 2027-Q2")
        #expect(check.findings[0].fix.hasPrefix("add actions due in 2027-Q2 (due:2027-06-30) to goals/g.md"))

        var builder = Builder()
        builder.actions.removeLast(3)
        #expect(try builder.check("quarterly-milestones").findings.first?.message == "no milestone in 2027-Q2 and 2027-Q3")
    }

    @Test(arguments: [("2026-12-07", QualityStatus.passed), ("2026-12-08", .failed), ("2026-11-23", .passed), ("2026-11-22", .failed)])
    func actionDueWithinFourteenDays(due: String, status: QualityStatus) throws {
        var builder = Builder()
        builder.actions[0] = "- [ ] Give a talk at the guild due:\(due) #public-speaking ~2h"
        let check = try builder.check("action-due-soon")
        #expect(check.status == status)
        if status == .failed { #expect(check.findings[0].message == "no open action is due between 2026-11-23 and 2026-12-07") }
    }

    // MARK: time and budget

    @Test func hoursPerWeekAndBudgetSet() throws {
        var builder = Builder()
        builder.time = "time:\n  budget: 500\n"
        let hours = try builder.check("hours-per-week")
        #expect(hours.status == .failed && hours.findings[0].location == SourceLocation(path: "profile.md", line: 4))
        builder.time = "time:\n  hours_per_week: 0\n  budget: 500\n"
        #expect(try builder.check("hours-per-week").findings.first?.message == "time.hours_per_week is 0")

        builder.time = "time:\n  hours_per_week: 2\n"
        let budget = try builder.check("budget-set")
        #expect(budget.status == .failed && budget.findings[0].message == "no yearly learning budget is set")
        #expect(try builder.check("budget-covers-costs").status == .notApplicable)
        builder.time = "time:\n  hours_per_week: 2\n  budget: 0\n"
        #expect(try builder.check("budget-set").status == .passed)
        #expect(try builder.check("budget-covers-costs").status == .passed, "nothing to pay")
    }

    /// Test Role asks for Terraform 1 and a 300 USD course covers it.
    static func withCourse(budget: Int?) -> Builder {
        var builder = Builder()
        builder.role = "---\ntitle: Test Role\ntrack: ic\nlevel: 4\nrequires: {Terraform: 1}\n---\n"
        builder.time = "time:\n  hours_per_week: 2\n" + (budget.map { "  budget: \($0)\n" } ?? "")
        builder.files = [("resources/tf.md", "---\ntitle: Terraform course\nkind: course\nskills: {Terraform: 1}\nhours: 10\ncost: 300\n---\n")]
        return builder
    }

    @Test(arguments: [(300, QualityStatus.passed), (299, .failed)])
    func budgetCoversScheduledCosts(budget: Int, status: QualityStatus) throws {
        let check = try Self.withCourse(budget: budget).check("budget-covers-costs")
        #expect(check.status == status)
        if status == .failed {
            #expect(check.findings[0].message == "the resources scheduled to start by 2027-11-23 cost 300 USD, above the budget of 299 USD")
            #expect(check.findings[0].location == SourceLocation(path: "profile.md", line: 6, column: 3))
        }
    }

    @Test func resourceForEveryP0Gap() throws {
        #expect(try Self.withCourse(budget: 500).check("p0-resources").status == .passed)
        var builder = Self.withCourse(budget: 500)
        builder.files = []
        let check = try builder.check("p0-resources")
        #expect(check.status == .failed && check.findings[0].message == "no resource for the P0 gap Terraform (0 -> 1)")
        #expect(check.findings[0].fix.hasPrefix("add a file such as resources/terraform.md with"))
        #expect(check.findings[0].location == SourceLocation(path: "goals/g.md", line: 2))
    }

    // MARK: tracking

    @Test(arguments: [("2026-10-24", QualityStatus.passed), ("2026-10-23", .failed)])
    func logEntryWithinThirtyDays(date: String, status: QualityStatus) throws {
        var builder = Builder()
        builder.log = "## \(date)\n- 1h Go: practice\n"
        let check = try builder.check("recent-log")
        #expect(check.status == status)
        if status == .failed {
            #expect(check.findings[0].message == "no log entry between 2026-10-24 and 2026-11-23 (the last is on 2026-10-23)")
            #expect(check.findings[0].location == SourceLocation(path: "log/2026-11.md", line: 2))
        }
        builder.log = nil
        #expect(try builder.check("recent-log").findings.first?.location == SourceLocation(path: "profile.md", line: 1))
    }

    @Test func reviewCadenceInCairnYml() throws {
        var builder = Builder()
        builder.settings = "currency: USD\n"
        let inFile = try builder.check("review-cadence")
        #expect(inFile.status == .failed && inFile.findings[0].location == SourceLocation(path: "cairn.yml", line: 1))
        #expect(inFile.findings[0].fix == "add `review: [monthly, quarterly]` to cairn.yml")

        builder.settings = nil
        let noFile = try builder.check("review-cadence")
        #expect(noFile.findings[0].location == SourceLocation(path: "profile.md", line: 1))
        #expect(noFile.findings[0].fix == "create cairn.yml with the line `review: [monthly, quarterly]`")
    }

    // MARK: self-knowledge, market, checklist

    @Test func strengthsAndValuesWrittenDown() throws {
        var builder = Builder()
        builder.body = "## My strengths\n\n- Go\n\n## Core values\n\n- Honesty\n"
        #expect(try builder.check("strengths-written").status == .passed)
        #expect(try builder.check("values-written").status == .passed)

        builder.body = "## Strengths\n\n## Motivations\n\nScope.\n"
        let empty = try builder.check("strengths-written")
        #expect(empty.findings.map(\.message) == ["the Strengths section of the profile is empty"])
        #expect(empty.findings[0].location.line == 15)
        let missing = try builder.check("values-written")
        #expect(missing.findings.map(\.message) == ["no Values section in the profile"])
        #expect(missing.findings[0].fix == "write what matters to you in work under a `## Values` heading in the body of profile.md")
    }

    @Test func salaryDataForEveryTargetRole() throws {
        var builder = Builder()
        builder.posting = "---\ntitle: Test Role\nposted: 2026-11-02\n---\n"
        let check = try builder.check("salary-data")
        #expect(check.status == .failed && check.findings[0].message == "no saved posting for Test Role has a salary")
        builder.posting = "---\ntitle: Test Role\nstatus: rejected\nsalary: {min: 100, max: 200, currency: USD}\n---\n"
        #expect(try builder.check("salary-data").status == .failed, "rejected postings do not count")
    }

    @Test func checklistItemsFalseOrAbsentFail() throws {
        var builder = Builder()
        builder.checklist = builder.checklist.replacingOccurrences(of: "mentor: true", with: "mentor: false")
            .replacingOccurrences(of: "  manager_discussed: true\n", with: "")
        let quality = try builder.quality()
        let mentor = try #require(quality.checks.first { $0.id == "checklist-mentor" })
        #expect(mentor.status == .failed && mentor.section == "Support")
        #expect(mentor.findings[0].message == "checklist.mentor is false: you have no mentor or coach yet")
        #expect(mentor.findings[0].location == SourceLocation(path: "profile.md", line: 11, column: 3))
        let manager = try #require(quality.checks.first { $0.id == "checklist-manager-discussed" })
        #expect(manager.findings[0].message == "the checklist does not say whether you have discussed your goals with your manager (manager_discussed)")
        #expect(manager.findings[0].fix == "add `manager_discussed: true` (or false until it is done) under `checklist:` in profile.md")
        #expect(manager.findings[0].location == SourceLocation(path: "profile.md", line: 7))
        // 20 of 22 applicable passed: 90.909... -> 91.
        #expect(quality.score == 91 && quality.band == .excellent)

        builder.checklist = ""
        let none = try builder.quality()
        #expect(none.checks.filter { $0.id.hasPrefix("checklist-") && $0.status == .failed }.count == 5)
        #expect(none.checks.first { $0.id == "checklist-mentor" }?.findings[0].location == SourceLocation(path: "profile.md", line: 1))
    }

    // MARK: score

    static func checks(passed: Int, failed: Int, notApplicable: Int = 0) -> [QualityCheck] {
        (0..<passed).map { QualityCheck.result("p\($0)", "S", "t", findings: [], detail: "") }
            + (0..<failed).map { QualityCheck.result("f\($0)", "S", "t", findings: [QualityFinding(message: "m", fix: "f", location: SourceLocation(path: "p", line: 1))], detail: "") }
            + (0..<notApplicable).map { QualityCheck.notApplicable("n\($0)", "S", "t", because: "") }
    }

    @Test(arguments: [(9, 1, 90, QualityBand.excellent), (8, 1, 89, .good), (4, 1, 80, .good), (15, 4, 79, .needsWork),
                      (7, 3, 70, .needsWork), (9, 4, 69, .significantWork), (7, 1, 88, .good), (1, 7, 13, .significantWork)])
    func scoreIsPassedOverApplicableRoundedHalfUp(passed: Int, failed: Int, score: Int, band: QualityBand) {
        // 8/9 = 88.9 -> 89; 15/19 = 78.9 -> 79; 9/13 = 69.2 -> 69; 7/8 = 87.5 -> 88; 1/8 = 12.5 -> 13.
        let quality = PlanQuality.scored(Self.checks(passed: passed, failed: failed, notApplicable: 3))
        #expect(quality.applicable == passed + failed && quality.passed == passed)
        #expect(quality.score == score && quality.band == band)
    }

    @Test(arguments: [(90, QualityBand.excellent), (89, .good), (80, .good), (79, .needsWork), (70, .needsWork), (69, .significantWork), (0, .significantWork)])
    func bandBoundaries(score: Int, band: QualityBand) {
        #expect(QualityBand(score: score) == band)
    }

    // MARK: cairn check

    @Test func failedChecksBecomeWarningsQuotingTheLineToChange() throws {
        var builder = Builder()
        builder.settings = "currency: USD\n"
        let quality = try builder.quality()
        let files = [SourceFile(path: "cairn.yml", text: "currency: USD\n"), SourceFile(path: "profile.md", text: builder.profile)]
        let diagnostics = PlanCheck.advice(quality, files: files)
        #expect(diagnostics.map { DiagnosticFormatter.text($0) } == ["""
            cairn.yml:1:1: warning: no review cadence is set (check review-cadence) [plan-quality]
              currency: USD
              ^
              hint: add `review: [monthly, quarterly]` to cairn.yml

            """])
    }

    @Test func planCheckAddsAdviceOnlyWithoutErrors() throws {
        var fixture = PlanFixture(profile: "---\ntitle: Senior Software Engineer\n---\n")
        let (_, advised) = PlanCheck.run(fixture.input) { _ in Self.asOf }
        #expect(advised.items.contains { $0.code == .planQuality && $0.severity == .warning })
        fixture.add("goals/g.md", "---\ntarget: no-such-role\n---\n")
        let (_, broken) = PlanCheck.run(fixture.input) { _ in Self.asOf }
        #expect(broken.errorCount > 0 && !broken.items.contains { $0.code == .planQuality })
    }
}
