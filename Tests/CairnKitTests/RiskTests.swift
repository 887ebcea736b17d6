import Testing
@testable import CairnKit

/// Section 9 of analysis.md: each risk triggered and not triggered at its boundary, by hand.
@Suite struct RiskTests {
    /// A Monday, so the schedule's week 0 starts on as_of.
    static let asOf = Day(year: 2026, month: 11, day: 23)!
    /// The Sunday ending week 9: exactly 10 weeks from as_of.
    static let tenWeeks = "2027-01-31"
    static let role = "---\ntitle: Test Role\ntrack: ic\nlevel: 4\n---\n"

    static func profile(_ extra: String = "") -> String {
        "---\ntitle: Senior Software Engineer\nexperience: 6\ntime: {hours_per_week: 4}\n\(extra)---\n"
    }

    /// A plan of one goal (`goals/g.md`) targeting Test Role, analysed as of 2026-11-23.
    static func analysis(profile: String = profile(), role: String = role, goal: String = "---\ntarget: test-role\n---\n",
                         files: [(String, String)] = []) throws -> Analysis {
        var fixture = PlanFixture(profile: profile)
        fixture.add("roles/test-role.md", role)
        fixture.add("goals/g.md", goal)
        for (path, text) in files { fixture.add(path, text) }
        let (plan, diagnostics) = fixture.read()
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics)")
        return Analysis.of(try #require(plan), asOf: asOf)
    }

    static func risk(_ kind: RiskKind, in analysis: Analysis) -> Risk? { analysis.risks.first { $0.kind == kind } }

    // MARK: infeasible goal, over-committed

    @Test func infeasibleWhenTheWorkEndsAfterTheGoalDate() throws {
        // 4 hours a week for 10 weeks is 40 hours: ~40h ends on the goal's Sunday, ~41h a week later.
        let fits = try Self.analysis(goal: "---\ntarget: test-role\nby: \(Self.tenWeeks)\n---\n- [ ] Build it ~40h\n")
        #expect(fits.schedule.goals[0].feasible == true)
        #expect(Self.risk(.infeasibleGoal, in: fits) == nil)

        let late = try Self.analysis(goal: "---\ntarget: test-role\nby: \(Self.tenWeeks)\n---\n- [ ] Build it ~41h\n")
        let risk = try #require(Self.risk(.infeasibleGoal, in: late))
        #expect(risk.id == "infeasible-goal:g" && risk.goalID == "g" && risk.severity == .high)
        #expect(risk.evidence == [
            "its work ends 2027-02-07, after its date 2027-01-31",
            "it needs 4.1 hours a week for the 10 weeks left (41 hours of work); its share is 4 hours a week",
        ])
        #expect(risk.sources == ["goals/g.md", "profile.md"])
        #expect(risk.mitigation.contains("Give the goal 5 hours a week"))
        #expect(risk.mitigation.contains("move `by:` in goals/g.md to 2027-02-07 or later"))
    }

    @Test func overCommittedAboveOneAndAHalfTimesTheHours() throws {
        // Capacity 4, limit 1.5 x 4 = 6 hours a week; over 10 weeks 60 hours need exactly 6.0.
        let atLimit = try Self.analysis(goal: "---\ntarget: test-role\nby: \(Self.tenWeeks)\n---\n- [ ] Build it ~60h\n")
        #expect(atLimit.schedule.goals[0].neededHoursPerWeek == 6)
        #expect(Self.risk(.overCommitted, in: atLimit) == nil)

        let over = try Self.analysis(goal: "---\ntarget: test-role\nby: \(Self.tenWeeks)\n---\n- [ ] Build it ~61h\n")
        let risk = try #require(Self.risk(.overCommitted, in: over))
        #expect(risk.evidence.last == "together 6.1 hours a week, above 1.5 × 4 = 6 (time.hours_per_week in profile.md)")
    }

    @Test func overCommittedNeedsHoursPerWeek() throws {
        let analysis = try Self.analysis(profile: "---\ntitle: Senior Software Engineer\n---\n",
                                         goal: "---\ntarget: test-role\nby: \(Self.tenWeeks)\n---\n- [ ] Build it ~61h\n")
        #expect(Self.risk(.overCommitted, in: analysis) == nil)
        #expect(Self.risk(.infeasibleGoal, in: analysis) != nil, "nothing is placed without hours")
    }

    // MARK: fallbacks

    @Test func noFallbackForAnActiveGoalWithoutAlternatives() throws {
        let without = try Self.analysis()
        let risk = try #require(Self.risk(.noFallback, in: without))
        #expect(risk.id == "no-fallback:g" && risk.evidence.first == "goals/g.md lists no `alternatives`")
        #expect(risk.mitigation.hasPrefix("Add `alternatives: ["))

        let with = try Self.analysis(goal: "---\ntarget: test-role\nalternatives: [staff-engineer]\n---\n")
        #expect(Self.risk(.noFallback, in: with) == nil)
        let paused = try Self.analysis(goal: "---\ntarget: test-role\nstatus: paused\n---\n")
        #expect(Self.risk(.noFallback, in: paused) == nil)
    }

    @Test func bestFallbackIsTheMostReadyAlternativeTiesInListedOrder() throws {
        // Readiness of roles without skills: 40 + 30 * min(1, 6 / years) + 30: 12 years -> 85, 6 years -> 100.
        let files = [("roles/alt-a.md", "---\ntitle: Alt A\ntrack: ic\nlevel: 3\nyears: 12\n---\n"),
                     ("roles/alt-b.md", "---\ntitle: Alt B\ntrack: ic\nlevel: 3\nyears: 6\n---\n"),
                     ("roles/alt-c.md", "---\ntitle: Alt C\ntrack: ic\nlevel: 3\nyears: 6\n---\n"),
                     ("goals/h.md", "---\ntarget: test-role\nalternatives: [alt-c, alt-b]\n---\n")]
        let analysis = try Self.analysis(goal: "---\ntarget: test-role\nalternatives: [alt-a, alt-b, alt-c]\n---\n", files: files)
        let byGoal = Dictionary(uniqueKeysWithValues: analysis.fallbacks.map { ($0.goalID, $0) })
        #expect(byGoal["g"]?.options.map(\.roleID) == ["alt-b", "alt-c", "alt-a"])
        #expect(byGoal["g"]?.options.map(\.readiness) == [100, 100, 85])
        #expect(byGoal["g"]?.best == FallbackOption(roleID: "alt-b", title: "Alt B", readiness: 100, tier: .readyNow))
        #expect(byGoal["h"]?.best?.roleID == "alt-c")
        let none = try Self.analysis()
        #expect(none.fallbacks.map(\.goalID) == ["g"] && none.fallbacks[0].best == nil)
    }

    // MARK: market

    static func posting(_ id: String, posted: String, salary: String? = nil) -> (String, String) {
        ("jobs/\(id).md", "---\ntitle: Test Role\nposted: \(posted)\n\(salary.map { "salary: \($0)\n" } ?? "")---\n")
    }

    @Test func thinMarketBelowThreeRecentTargetPostings() throws {
        // The window is 2026-08-25 (as_of - 90) through as_of, both included.
        let three = try Self.analysis(files: [Self.posting("a", posted: "2026-08-25"), Self.posting("b", posted: "2026-11-13"),
                                              Self.posting("c", posted: "2026-11-23")])
        #expect(Self.risk(.thinMarket, in: three) == nil)

        let two = try Self.analysis(files: [Self.posting("a", posted: "2026-08-24"), Self.posting("b", posted: "2026-11-13"),
                                            Self.posting("c", posted: "2026-11-23")])
        let risk = try #require(Self.risk(.thinMarket, in: two))
        #expect(risk.evidence == ["2 of 3 target postings posted between 2026-08-25 and 2026-11-23"])
        #expect(risk.sources == ["jobs/b.md", "jobs/c.md"])
        #expect(risk.summary == "Few recent postings for Test Role")
    }

    @Test func salaryTargetAboveTheUpperQuartileOfPostedMaxima() throws {
        // USD maxima 100, 200, 300, 400: upper quartile at rank 0.75 x 3 = 2.25 -> 300 + 0.25 x 100 = 325.
        // The EUR posting and the one with only a minimum are left out.
        let postings = [Self.posting("a", posted: "2026-11-01", salary: "{min: 50, max: 100, currency: USD}"),
                        Self.posting("b", posted: "2026-11-01", salary: "{min: 50, max: 200, currency: USD}"),
                        Self.posting("c", posted: "2026-11-01", salary: "{min: 50, max: 300, currency: USD}"),
                        Self.posting("d", posted: "2026-11-01", salary: "{min: 50, max: 400, currency: USD}"),
                        Self.posting("e", posted: "2026-11-01", salary: "{min: 900, max: 1000, currency: EUR}"),
                        Self.posting("f", posted: "2026-11-01", salary: "{min: 5000, currency: USD}")]
        let atQuartile = try Self.analysis(profile: Self.profile("salary: {target: 325, currency: USD}\n"), files: postings)
        #expect(Self.risk(.salaryAboveMarket, in: atQuartile) == nil)

        let above = try Self.analysis(profile: Self.profile("salary: {target: 326, currency: USD}\n"), files: postings)
        let risk = try #require(Self.risk(.salaryAboveMarket, in: above))
        #expect(risk.evidence == ["salary.target 326 USD in profile.md",
                                  "upper quartile of the posted maxima of 4 target postings in USD: 325 USD; highest 400 USD"])
        #expect(risk.sources == ["profile.md", "jobs/a.md", "jobs/b.md", "jobs/c.md", "jobs/d.md"])

        let otherCurrency = try Self.analysis(profile: Self.profile("salary: {target: 999999, currency: GBP}\n"), files: postings)
        #expect(Self.risk(.salaryAboveMarket, in: otherCurrency) == nil, "no posting in GBP: nothing to compare")
    }

    /// The risks read the target postings the analysis made (`PlanFacts.madeTargets`): they are
    /// those of facts that make their own, on each sample and with the salary and market risks.
    @Test(arguments: ["senior-to-staff", "engineer-to-manager", "backend-to-platform", ""])
    func theTargetPostingsMadeAreThePlans(sample: String) throws {
        let (plan, analysis): (Plan, Analysis)
        if sample.isEmpty {
            var fixture = PlanFixture(profile: Self.profile("salary: {target: 326, currency: USD}\n"))
            fixture.add("roles/test-role.md", Self.role)
            fixture.add("goals/g.md", "---\ntarget: test-role\n---\n")
            fixture.add("jobs/a.md", "---\ntitle: Test Role\nposted: 2026-11-01\nsalary: {max: 100, currency: USD}\n---\n")
            fixture.add("jobs/b.md", "---\ntitle: Test Role\nposted: 2026-11-01\nsalary: {max: 400, currency: USD}\n---\n")
            fixture.add("jobs/c.md", "---\ntitle: Other\nposted: 2026-11-01\nsalary: {max: 900, currency: USD}\n---\n")
            plan = try #require(fixture.read().plan)
            analysis = Analysis.of(plan, asOf: Self.asOf)
            #expect(Set(analysis.risks.map(\.kind)).isSuperset(of: [.thinMarket, .salaryAboveMarket]))
        } else {
            (plan, analysis) = try AnalysisEncodingTests.sample(sample)
        }
        let current = ProgressContext(plan, asOf: analysis.asOf).current
        let facts = PlanFacts(plan: current, asOf: analysis.asOf, market: analysis.market, gaps: analysis.gaps,
                              schedule: analysis.schedule, readiness: analysis.readiness, costs: analysis.learningCosts)
        #expect(facts.madeTargets == nil)
        #expect(Risks.of(facts) == analysis.risks)
    }

    @Test func moreThanThreeP0Gaps() throws {
        let three = try Self.analysis(role: "---\ntitle: Test Role\ntrack: ic\nlevel: 4\nrequires: {Go: 2, Rust: 2, SQL: 2}\n---\n")
        #expect(three.gaps.gaps.filter { $0.priority == .p0 }.count == 3)
        #expect(Self.risk(.tooManyP0Gaps, in: three) == nil)

        let four = try Self.analysis(role: "---\ntitle: Test Role\ntrack: ic\nlevel: 4\nrequires: {Go: 2, Rust: 2, SQL: 2, Kubernetes: 2}\n---\n")
        let risk = try #require(Self.risk(.tooManyP0Gaps, in: four))
        #expect(risk.summary == "4 critical (P0) gaps at once")
        #expect(risk.evidence[0] == "P0 gaps: Go (0 -> 2), Kubernetes (0 -> 2), Rust (0 -> 2), SQL (0 -> 2)")
        #expect(risk.sources == ["goals/g.md"])
    }

    // MARK: activity

    static func evidence(_ date: String) -> String {
        "evidence:\n  - title: Shipped it\n    date: \(date)\n    skills: [Go]\n"
    }

    @Test func staleProfileAfterNinetyDaysWithoutAChange() throws {
        // The window is 2026-08-25 (as_of - 90) through as_of.
        let fresh = try Self.analysis(profile: Self.profile(Self.evidence("2026-08-25")))
        #expect(Self.risk(.staleProfile, in: fresh) == nil)

        let stale = try Self.analysis(profile: Self.profile(Self.evidence("2026-08-24")))
        let risk = try #require(Self.risk(.staleProfile, in: stale))
        #expect(risk.severity == .low && risk.evidence[0] == "the last change is 2026-08-24, 91 days before 2026-11-23")

        // A level change in the log counts; one after as_of does not.
        let levelled = try Self.analysis(profile: Self.profile(Self.evidence("2026-08-24")),
                                         files: [("log/2026-08.md", "## 2026-08-25\n- level Go 2\n")])
        #expect(Self.risk(.staleProfile, in: levelled) == nil)
        let future = try Self.analysis(files: [("log/2026-12.md", "## 2026-12-01\n- level Go 2\n")])
        #expect(Self.risk(.staleProfile, in: future)?.evidence[0] == "no `level` entry in log/ and no dated evidence in profile.md")
    }

    @Test(arguments: [("2026-10-25", false), ("2026-10-24", false), ("2026-10-23", true)])
    func inactiveWithoutALogEntryInThirtyDays(lastEntry: String, inactive: Bool) throws {
        // 29, 30 and 31 days before as_of: the window is as_of - 30 through as_of.
        let analysis = try Self.analysis(files: [("log/2026-10.md", "## \(lastEntry)\n- 1h Go: practice\n")])
        #expect((Self.risk(.inactive, in: analysis) != nil) == inactive)
        if inactive {
            #expect(Self.risk(.inactive, in: analysis)?.evidence == ["the last log entry is on 2026-10-23, 31 days before 2026-11-23 (log/2026-10.md:2:1)"])
        }
    }

    @Test func inactiveWithoutAnyLogEntryUpToAsOf() throws {
        let analysis = try Self.analysis(files: [("log/2026-12.md", "## 2026-12-01\n- 1h Go: practice\n")])
        #expect(Self.risk(.inactive, in: analysis)?.evidence == ["log/ has no entry dated on or before 2026-11-23"])
    }

    // MARK: budget

    static let terraformRole = "---\ntitle: Test Role\ntrack: ic\nlevel: 4\nrequires: {Terraform: 1}\n---\n"

    static func course(cost: Int, currency: String = "USD") -> (String, String) {
        ("resources/tf.md", "---\ntitle: Terraform course\nkind: course\nskills: {Terraform: 1}\nhours: 10\ncost: \(cost)\ncurrency: \(currency)\n---\n")
    }

    @Test func budgetExceededByScheduledResources() throws {
        let covered = try Self.analysis(profile: Self.profile().replacingOccurrences(of: "hours_per_week: 4", with: "hours_per_week: 4, budget: 300"),
                                        role: Self.terraformRole, files: [Self.course(cost: 300)])
        #expect(covered.learningCosts.resources.map(\.resourceID) == ["tf"] && covered.learningCosts.total == 300)
        #expect(Self.risk(.budgetExceeded, in: covered) == nil)

        let over = try Self.analysis(profile: Self.profile().replacingOccurrences(of: "hours_per_week: 4", with: "hours_per_week: 4, budget: 299"),
                                     role: Self.terraformRole, files: [Self.course(cost: 300)])
        let risk = try #require(Self.risk(.budgetExceeded, in: over))
        #expect(risk.evidence == ["resources the schedule starts by 2027-11-23: Terraform course 300 USD",
                                  "together 300 USD, above time.budget 299 USD a year"])
        #expect(risk.sources == ["resources/tf.md", "profile.md"])
    }

    @Test func budgetIgnoresOtherCurrenciesAndResourcesStartingAfterTwelveMonths() throws {
        let euros = try Self.analysis(profile: Self.profile().replacingOccurrences(of: "hours_per_week: 4", with: "hours_per_week: 4, budget: 100"),
                                      role: Self.terraformRole, files: [Self.course(cost: 500, currency: "EUR")])
        #expect(euros.learningCosts.otherCurrency == ["tf"] && euros.learningCosts.total == 0)
        #expect(Self.risk(.budgetExceeded, in: euros) == nil)

        // Terraform waits for 100 hours of Slow Prereq at 1 hour a week: its resource starts after 12 months.
        func plan(prerequisiteHours: Int) throws -> Analysis {
            try Self.analysis(
                profile: "---\ntitle: Senior Software Engineer\ntime: {hours_per_week: 1, budget: 100}\n---\n",
                role: Self.terraformRole,
                files: [Self.course(cost: 300),
                        ("skills.yml", "- id: slow-prereq\n  name: Slow Prereq\n  hours: \(prerequisiteHours)\n"
                            + "- id: terraform\n  name: Terraform\n  after: [slow-prereq]\n")])
        }
        let later = try plan(prerequisiteHours: 100)
        #expect(later.learningCosts.resources.isEmpty)
        #expect(Self.risk(.budgetExceeded, in: later) == nil)
        let sooner = try plan(prerequisiteHours: 10)
        #expect(sooner.learningCosts.resources.map(\.resourceID) == ["tf"])
        #expect(Self.risk(.budgetExceeded, in: sooner) != nil)
    }

    // MARK: order

    @Test func risksAreOrderedBySeverityThenKind() throws {
        let analysis = try Self.analysis(goal: "---\ntarget: test-role\nby: \(Self.tenWeeks)\n---\n- [ ] Build it ~61h\n")
        #expect(analysis.risks.map(\.id) == ["infeasible-goal:g", "over-committed", "no-fallback:g", "thin-market", "inactive", "stale-profile"])
        #expect(analysis.risks.map(\.severity) == [.high, .high, .medium, .medium, .medium, .low])
    }
}
