import Testing
@testable import CairnKit

/// Section 3 of analysis.md: target postings, shares, tiers, salaries, demand.
@Suite struct MarketTests {
    @Test(arguments: [(0.80, Priority.p0), (0.7999, .p1), (0.50, .p1), (0.4999, .p2), (0.20, .p2), (0.1999, .p3), (0, .p3), (1, .p0)])
    func frequencyTierBoundaries(share: Double, tier: Priority) {
        #expect(Priority(share: share) == tier)
    }

    static func job(_ id: String, _ title: String, requires: String, status: String = "interested", posted: String = "2026-10-01",
                    salary: String? = nil) -> (String, String) {
        ("jobs/\(id).md", "---\ntitle: \(title)\nstatus: \(status)\nposted: \(posted)\nrequires: [\(requires)]\n\(salary.map { "salary: \($0)\n" } ?? "")---\n")
    }

    @Test func sharesAndTiersOverTargetPostings() throws {
        var fixture = PlanFixture()
        fixture.add("goals/staff.md", "---\ntarget: staff-engineer\n---\n")
        // Five staff postings: Go in 4 (80% P0), Kubernetes in 3 (60% P1), AWS in 1 (20% P2); one rejected, one other role.
        for (path, text) in [
            Self.job("a", "Staff Engineer", requires: "Go, Kubernetes, AWS"),
            Self.job("b", "Staff Software Engineer", requires: "Go, Kubernetes"),
            Self.job("c", "Staff Engineer, Payments", requires: "Go, Kubernetes"),
            Self.job("d", "Staff Engineer", requires: "Go"),
            Self.job("e", "Staff Engineer", requires: "Python"),
            Self.job("f", "Staff Engineer", requires: "Go, Rust", status: "rejected"),
            Self.job("g", "Frontend Engineer", requires: "React"),
        ] { fixture.add(path, text) }
        let plan = try #require(fixture.read().plan)
        let market = Market.of(plan, asOf: Day(year: 2026, month: 11, day: 23)!)
        #expect(market.targetPostingIDs == ["a", "b", "c", "d", "e"])
        #expect(!market.usesAllPostings)
        let bySkill = Dictionary(uniqueKeysWithValues: market.frequencies.map { ($0.skillID, $0) })
        #expect(bySkill["go"]?.requiredShare == 0.8 && bySkill["go"]?.tier == .p0)
        #expect(bySkill["kubernetes"]?.requiredShare == 0.6 && bySkill["kubernetes"]?.tier == .p1)
        #expect(bySkill["aws"]?.requiredShare == 0.2 && bySkill["aws"]?.tier == .p2)
        #expect(bySkill["rust"] == nil, "rejected postings are not target postings")
        #expect(market.frequencies.first?.skillID == "go")
        #expect(market.pipeline.first { $0.status == "rejected" }?.count == 1)
    }

    @Test func aPostingListingASkillTwiceCountsOnce() throws {
        var fixture = PlanFixture()
        fixture.add("goals/staff.md", "---\ntarget: staff-engineer\n---\n")
        fixture.add("jobs/a.md", "---\ntitle: Staff Engineer\nrequires: [Go]\nprefers: [Rust]\n---\n")
        fixture.add("jobs/b.md", "---\ntitle: Staff Engineer\nrequires: [SQL]\n---\n")
        var plan = try #require(fixture.read().plan)
        // The reader refuses twins; a plan built otherwise may hold them.
        let a = try #require(plan.postings.firstIndex { $0.id == "a" })
        plan.postings[a].requires += plan.postings[a].requires
        plan.postings[a].prefers += plan.postings[a].prefers
        let market = Market.of(plan, asOf: Day(year: 2026, month: 11, day: 23)!)
        let bySkill = Dictionary(uniqueKeysWithValues: market.frequencies.map { ($0.skillID, $0) })
        #expect(bySkill["go"]?.requiredBy == 1 && bySkill["go"]?.requiredShare == 0.5 && bySkill["go"]?.tier == .p1)
        #expect(bySkill["rust"]?.preferredBy == 1 && bySkill["rust"]?.preferredShare == 0.5)
    }

    @Test func targetPostingsFoundOnceServeTheNeedsAndTheMarketAlike() throws {
        var fixture = PlanFixture()
        fixture.add("goals/staff.md", "---\ntarget: staff-engineer\n---\n")
        for (path, text) in [Self.job("a", "Staff Engineer", requires: "Go, Kubernetes"), Self.job("b", "Frontend Engineer", requires: "React"),
                             Self.job("c", "Staff Engineer", requires: "Go", status: "rejected")] { fixture.add(path, text) }
        let plan = try #require(fixture.read().plan)
        let asOf = Day(year: 2026, month: 11, day: 23)!
        let targets = Market.targetPostings(plan)
        #expect(targets.postings.map(\.id) == ["a"] && !targets.all)
        #expect(Market.of(plan, asOf: asOf, targets: targets) == Market.of(plan, asOf: asOf))
        #expect(GoalNeeds.of(plan, targets: targets) == GoalNeeds.of(plan))
    }

    @Test func allPostingsWhenNoneMatchATarget() throws {
        var fixture = PlanFixture()
        fixture.add("goals/staff.md", "---\ntarget: staff-engineer\n---\n")
        let (path, text) = Self.job("g", "Frontend Engineer", requires: "React")
        fixture.add(path, text)
        let market = Market.of(try #require(fixture.read().plan), asOf: Day(year: 2026, month: 11, day: 23)!)
        #expect(market.usesAllPostings && market.targetPostingIDs == ["g"])
    }

    @Test func demandCountsTheNinetyDaysUpToAsOf() throws {
        var fixture = PlanFixture()
        fixture.add("goals/staff.md", "---\ntarget: staff-engineer\n---\n")
        // as_of 2026-11-23: the window starts 2026-08-25 (90 days before), inclusive.
        for (id, posted) in [("a", "2026-08-25"), ("b", "2026-08-24"), ("c", "2026-11-23"), ("d", "2026-11-24")] {
            let (path, text) = Self.job(id, "Staff Engineer", requires: "Go", posted: posted)
            fixture.add(path, text)
        }
        let market = Market.of(try #require(fixture.read().plan), asOf: Day(year: 2026, month: 11, day: 23)!)
        #expect(market.demand.postings == 4 && market.demand.recent == 2)
    }

    @Test func salaryQuartilesPerRoleAndCurrency() throws {
        var fixture = PlanFixture()
        for (index, salary) in ["{min: 100, max: 200, currency: USD}", "{min: 150, max: 250, currency: USD}",
                                "{min: 200, max: 300, currency: USD}", "{min: 300, currency: USD}", "{min: 90, max: 110, currency: EUR}"].enumerated() {
            let (path, text) = Self.job("j\(index)", "Staff Engineer", requires: "Go", salary: salary)
            fixture.add(path, text)
        }
        let salaries = Market.salaries(try #require(fixture.read().plan))
        #expect(salaries.map(\.currency) == ["EUR", "USD"])
        let usd = salaries[1]
        // Midpoints 150, 200, 250, 300 -> quartiles by linear interpolation 187.5, 225, 262.5.
        #expect(usd.postings == 4 && usd.minimum == 100 && usd.maximum == 300)
        #expect(usd.lowerQuartile == 187.5 && usd.median == 225 && usd.upperQuartile == 262.5)
        #expect(salaries[0].median == 100)
    }

    @Test func quantiles() {
        #expect(Numbers.quantile([], 0.5) == nil)
        #expect(Numbers.quantile([7], 0.25) == 7)
        #expect(Numbers.quantile([1, 2, 3, 4, 5], 0.25) == 2)
        #expect(Numbers.quantile([1, 2], 0.5) == 1.5)
    }

    @Test func roundingIsHalfUp() {
        #expect(Numbers.roundHalfUp(72.5) == 73)
        #expect(Numbers.roundHalfUp(72.49) == 72)
        #expect(Numbers.roundHalfUp(72.49999999999) == 73, "floating-point noise below a half still rounds up")
        #expect(Numbers.roundHalfUp(28 + 14.5) == 43)
    }

    /// The burn-down's past days pick their target postings from today's: the same postings, the
    /// same needs and gaps, as the plan of each past day gives when matched again. Postings appear
    /// over the days; on the first day none names a target, so all postings stand in.
    @Test func todaysTargetPostingsServeThePastDaysAlike() throws {
        var fixture = PlanFixture()
        fixture.add("goals/staff.md", "---\ntarget: staff-engineer\n---\n")
        fixture.add("goals/manager.md", "---\ntarget: engineering-manager\n---\n")
        for (path, text) in [Self.job("a", "Frontend Engineer", requires: "React", posted: "2026-01-10"),
                             Self.job("b", "Staff Engineer", requires: "Go, Kubernetes", posted: "2026-03-01"),
                             Self.job("c", "Engineering Manager", requires: "Go, Hiring", posted: "2026-05-01"),
                             Self.job("d", "Staff Engineer, Payments", requires: "Go", status: "rejected", posted: "2026-05-02"),
                             Self.job("e", "Senior Staff Engineer", requires: "Kubernetes", posted: "2026-07-01"),
                             Self.job("f", "Staff Engineer", requires: "Go", posted: "2026-12-01")] { fixture.add(path, text) }
        let plan = try #require(fixture.read().plan)
        let context = ProgressContext(plan, asOf: Day(year: 2026, month: 11, day: 23)!)
        let today = context.targets
        // Every bit is what matching the title says, for every posting and role.
        for (p, posting) in today.matches.postings.enumerated() {
            for (r, role) in today.matches.roles.enumerated() {
                #expect(today.matches.names(posting: p, role: r) == Market.names(posting, role), "\(posting.id) \(role.id)")
            }
        }
        #expect(today.postings.map(\.id).sorted() == ["b", "c", "e"], "f is dated after as_of, d rejected")
        for (text, ids) in [("2026-02-01", ["a"]), ("2026-04-01", ["b"]), ("2026-06-01", ["b", "c"]), ("2026-11-22", ["b", "c", "e"])] {
            let day = try #require(DatePeriod(text)).first
            let past = context.snapshot.plan(on: day, log: false)
            let picked = Market.targetPostings(on: day, from: today), found = Market.targetPostings(past)
            #expect(picked.postings.map(\.id).sorted() == ids && picked.all == (text == "2026-02-01"), "\(text)")
            #expect(picked.postings.map(\.id) == found.postings.map(\.id) && picked.all == found.all, "\(text)")
            #expect(GoalNeeds.of(past, targets: picked) == GoalNeeds.of(past, targets: found), "\(text)")
            #expect(Market.of(past, asOf: day, targets: picked) == Market.of(past, asOf: day, targets: found), "\(text)")
            #expect(GapAnalysis.of(past: past, on: day, today: today) == GapAnalysis.of(past, market: Market.of(past, asOf: day, salaries: false),
                                                                                      needs: GoalNeeds.of(past)), "\(text)")
            // The burn-down's plan of the day has no postings and its steps no titles: its gaps and
            // remaining hours are those of the whole plan of the day.
            let lean = context.snapshot.plan(on: day, log: false, postings: false)
            #expect(lean.postings.isEmpty && !past.postings.isEmpty)
            #expect(GapAnalysis.of(past: lean, on: day, today: today) == GapAnalysis.of(past: past, on: day, today: today), "\(text)")
            let goals = WorkItems.goalOrder(context.current)
            let items = WorkItems.build(past, gaps: GapAnalysis.of(past: past, on: day, today: today, credit: context.credit(on: day)))
            #expect(items.contains { $0.kind == .step && !$0.title.isEmpty })
            var whole: [String: Double] = [:]
            for goal in goals {
                let needed = Set(Schedule.neededItems(goal.id, items: items))
                whole[goal.id] = Numbers.round(Schedule.remainingHours(goal, needed: items.filter { needed.contains($0.id) }, all: items,
                                                                       start: day.adding(days: 1 - day.weekday)).hours, places: 1)
            }
            #expect(context.remainingHours(on: day, goals: goals) == whole, "\(text)")
            #expect(whole.values.contains { $0 > 0 }, "\(text)")
        }
    }
}

@Suite struct SalaryGroupingTests {
    @Test func postingsWithoutARoleAreGroupedUnderTheRoleTheirTitleNames() throws {
        var fixture = PlanFixture()
        for (id, title) in [("a", "Staff Engineer, Payments"), ("b", "Staff Software Engineer"), ("c", "Staff Backend Engineer, Ledger")] {
            fixture.add("jobs/\(id).md", "---\ntitle: \(title)\nsalary: {min: 100, max: 200, currency: USD}\n---\n")
        }
        let plan = try #require(fixture.read().plan)
        #expect(plan.postings.allSatisfy { $0.roleID == nil || $0.title == "Staff Software Engineer" })
        let salaries = Market.salaries(plan)
        #expect(salaries.first { $0.roleID == "staff-engineer" }?.postings == 2)
        #expect(salaries.map(\.role).contains("Staff Backend Engineer, Ledger"),
                "its title names Backend Engineer, a mid-level role, against its seniority word: kept apart")
    }
}
