import Testing
@testable import CairnKit

/// Section 6 of analysis.md, case by case.
@Suite struct MatchRuleTests {
    @Test(arguments: [
        (WorkMode.remote, WorkMode.remote, false, 20.0), (.remote, .hybrid, false, 10), (.remote, .onsite, true, 0), (.remote, .onsite, false, 0),
        (.hybrid, .remote, false, 20), (.hybrid, .hybrid, false, 20), (.hybrid, .onsite, true, 10), (.hybrid, .onsite, false, 10),
        (.onsite, .remote, false, 15), (.onsite, .hybrid, false, 18), (.onsite, .onsite, true, 20), (.onsite, .onsite, false, 5),
        (.flexible, .remote, false, 18), (.flexible, .hybrid, false, 18), (.flexible, .onsite, true, 18), (.flexible, .onsite, false, 18),
    ])
    func locationTable(preference: WorkMode, mode: WorkMode, sameCity: Bool, points: Double) {
        #expect(JobMatching.locationPoints(preference: preference, mode: mode, sameCity: sameCity) == points)
    }

    static func posting(experience: String? = nil, salary: SalaryRange? = nil, requires: [(String, Level)] = []) -> Posting {
        let here = SourceLocation(path: "jobs/x.md", line: 1)
        return Posting(id: "x", title: "Staff Engineer", salary: salary,
                       requires: requires.map { SkillRequirement(skillID: $0.0, level: $0.1, location: here) },
                       experience: experience.flatMap(YearsRange.init(text:)), location: here)
    }

    @Test(arguments: [
        ("5-8", 6.0, 15.0), ("5-8", 5, 12), ("5-8", 8, 15), ("5-8", 13, 15), ("5-8", 13.5, 10), ("5-8", 4, 8), ("5-8", 3, 5),
        ("5-8", 2.5, 0), ("5+", 5, 15), ("5+", 30, 15), ("5", 4.5, 8), ("5", 3.5, 5), ("5", 2, 0),
    ])
    func experienceCases(asked: String, years: Double, points: Double) {
        #expect(JobMatching.experience(Self.posting(experience: asked), years: years).0 == points)
    }

    @Test func experienceNotAskedIsFull() {
        #expect(JobMatching.experience(Self.posting(), years: 1).0 == 15)
    }

    @Test(arguments: [
        (130_000.0, 15.0), (120_000, 15), (119_999, 12), (100_000, 12), (90_000, 8), (89_999, 3),
    ])
    func salaryCases(postedMaximum: Double, points: Double) {
        var profile = Profile(time: TimeBudget(currency: "USD"), location: SourceLocation(path: "profile.md", line: 1))
        profile.salary = SalaryExpectation(current: 90_000, minimum: 100_000, target: 120_000, currency: "USD")
        let posting = Self.posting(salary: SalaryRange(min: 80_000, max: postedMaximum, currency: "USD"))
        #expect(JobMatching.salary(posting, profile: profile).0 == points)
    }

    @Test func salaryNotPostedOrInAnotherCurrencyIsTen() {
        var profile = Profile(time: TimeBudget(currency: "USD"), location: SourceLocation(path: "profile.md", line: 1))
        profile.salary = SalaryExpectation(minimum: 100_000, target: 120_000, currency: "USD")
        #expect(JobMatching.salary(Self.posting(), profile: profile).0 == 10)
        let euros = Self.posting(salary: SalaryRange(min: 1, max: 200_000, currency: "EUR"))
        #expect(JobMatching.salary(euros, profile: profile).0 == 10)
    }

    @Test func skillCredit() {
        var profile = Profile(time: TimeBudget(currency: "USD"), location: SourceLocation(path: "profile.md", line: 1))
        let here = SourceLocation(path: "profile.md", line: 1)
        profile.skills = [
            HeldSkill(skillID: "go", writtenName: "Go", level: .expert, location: here),
            HeldSkill(skillID: "kubernetes", writtenName: "Kubernetes", level: .proficient, location: here),
            HeldSkill(skillID: "terraform", writtenName: "Terraform", level: .basic, location: here),
        ]
        // Go 3 vs 3: 1.0; Kubernetes 2 vs 3: 0.75; Terraform 1 vs 3: 0.5; AWS missing: 0 -> 30 * 2.25 / 4 = 16.875
        let posting = Self.posting(requires: [("go", .expert), ("kubernetes", .expert), ("terraform", .expert), ("aws", .basic)])
        #expect(JobMatching.skills(posting, profile: profile, taxonomy: Taxonomy()).0 == 16.875)
        // Current 3 meets any level; current 2 meets 2.
        let easy = Self.posting(requires: [("go", .expert), ("kubernetes", .proficient)])
        #expect(JobMatching.skills(easy, profile: profile, taxonomy: Taxonomy()).0 == 30)
        #expect(JobMatching.skills(Self.posting(), profile: profile, taxonomy: Taxonomy()).0 == 30)
    }

    /// A ranking works each title's seniority and the profile's city out once: its matches are
    /// those of each posting matched alone, titles repeated or not.
    @Test func aRankingMatchesEachPostingAsItAlone() throws {
        var fixture = PlanFixture()
        fixture.add("goals/staff.md", "---\ntarget: staff-engineer\n---\n")
        let titles = ["Staff Engineer", "Senior Engineer", "Staff Engineer", "Principal Engineer", "Senior Engineer", "Engineer"]
        for (index, title) in titles.enumerated() {
            let place = index % 2 == 0 ? "location: Berlin, Germany\nremote: onsite\n" : "remote: remote\n"
            fixture.add("jobs/p\(index).md", "---\ntitle: \(title)\n\(place)---\n")
        }
        var plan = try #require(fixture.read().plan)
        plan.profile.city = "Berlin"
        let ranked = JobMatching.rank(plan)
        let alone = plan.postings.map { JobMatching.match($0, plan: plan) }
        #expect(ranked.count == titles.count)
        #expect(Set(ranked.map(\.postingID)) == Set(alone.map(\.postingID)))
        for match in alone { #expect(ranked.first { $0.postingID == match.postingID } == match, "\(match.postingID)") }
        #expect(ranked.contains { $0.location.reason.hasPrefix("onsite in your city") })
    }

    /// A plan whose goals repeat a target, and whose 24 postings name a role by id or not, repeat
    /// titles, places, ranges and salaries, and ask for skills held at every level and not at all.
    static func repeatingPlan() throws -> Plan {
        let profile = """
            ---
            title: Senior Software Engineer
            experience: 6
            location: Berlin, Germany
            remote: hybrid
            salary: {minimum: 150000, target: 180000, currency: EUR}
            skills:
              Go: {level: 3}
              Kubernetes: {level: 2}
              Terraform: {level: 1}
            ---

            """
        var fixture = PlanFixture(profile: profile)
        fixture.add("goals/staff.md", "---\ntarget: staff-engineer\n---\n")
        fixture.add("goals/again.md", "---\ntarget: staff-engineer\n---\n")
        fixture.add("goals/manage.md", "---\ntarget: engineering-manager\n---\n")
        let titles = ["Staff Engineer", "Engineering Manager", "Senior Engineer", "Principal Engineer", "Engineer", "Staff Engineer"]
        let places = ["location: Berlin, Germany\nremote: onsite\n", "remote: remote\n", "location: Paris, France\nremote: hybrid\n",
                      "location: Berlin, Germany\nremote: hybrid\n", "location: Berlin, Germany\n"]
        let ranges = ["experience: 5\n", "experience: 5-8\n", "experience: 10+\n", ""]
        let salaries = ["salary: {min: 140000, max: 190000, currency: EUR}\n", "salary: {max: 120000, currency: USD}\n", ""]
        let asks = ["requires:\n  Go: 3\n  Kubernetes: 3\n  Terraform: 2\n  AWS: 1\n", "requires:\n  Go: 2\n", ""]
        for index in 0 ..< 24 {
            let role = index % 5 == 0 ? "role: staff-engineer\n" : ""
            fixture.add("jobs/p\(index).md", "---\ntitle: \(titles[index % titles.count])\n\(role)\(places[index % places.count])"
                        + "\(ranges[index % ranges.count])\(salaries[index % salaries.count])\(asks[index % asks.count])---\n")
        }
        return try #require(fixture.read().plan)
    }

    /// Matches are ranked by total, highest first, then by title, then by posting id; the plan
    /// repeats titles at one total, so both tie-breaks are met.
    @Test func matchesAreRankedByTotalThenTitleThenID() throws {
        let ranked = JobMatching.rank(try Self.repeatingPlan())
        #expect(zip(ranked, ranked.dropFirst()).contains { $0.total == $1.total && $0.title == $1.title })
        for (a, b) in zip(ranked, ranked.dropFirst()) {
            #expect(a.total > b.total || (a.total == b.total && (a.title, a.postingID) < (b.title, b.postingID)),
                    "\(a.postingID) (\(a.total), \(a.title)) before \(b.postingID) (\(b.total), \(b.title))")
        }
    }

    /// A ranking by numbers (`rank(named:)`: the roles each posting names and its skills by
    /// number, from `TargetMatches`) gives the matches of a ranking by names and ids, on each sample.
    @Test(arguments: ["senior-to-staff", "engineer-to-manager", "backend-to-platform"])
    func aRankingByNumbersIsOneByNames(sample: String) throws {
        let (plan, _) = try AnalysisEncodingTests.sample(sample)
        let current = ProgressContext(plan, asOf: plan.settings.asOf!).current
        #expect(!current.postings.isEmpty)
        #expect(JobMatching.rank(current, named: TargetMatches(current)) == JobMatching.rank(current))
    }

    /// The same on `repeatingPlan`: the parts worked out once a value are those of each posting
    /// matched alone.
    @Test func aRankingByNumbersMatchesEachPostingAlone() throws {
        let plan = try Self.repeatingPlan()
        #expect(plan.postings.count == 24)
        let ranked = JobMatching.rank(plan, named: TargetMatches(plan))
        #expect(ranked == JobMatching.rank(plan))
        for posting in plan.postings {
            #expect(ranked.first { $0.postingID == posting.id } == JobMatching.match(posting, plan: plan), "\(posting.id)")
        }
        // Each kind of fit, skills met in part, each kind of range and salary. Go 3 against 3: 1;
        // Kubernetes 2 against 3: 0.75; Terraform 1 against 2: 0.5; AWS missing: 0 -> 1 met, 2.25.
        let reasons = Set(ranked.flatMap { [$0.titleFit.reason, $0.skills.reason, $0.experience.reason, $0.salary.reason] })
        #expect(reasons.isSuperset(of: ["names the target role Staff Software Engineer", "names the target role Engineering Manager",
                                        "one level above Staff Software Engineer", "one level below Staff Software Engineer"]))
        #expect(reasons.contains("1 of 4 required skills at the level asked; credit 2.25"))
        #expect(reasons.contains("1 of 1 required skills at the level asked; credit 1"))
        #expect(reasons.contains("no experience asked"))
        #expect(reasons.contains { $0.hasPrefix("posted in USD") })
    }

    /// A same-category fit names the posting's role's category as written, which may be the
    /// target's in other bytes (`e` and a combining accent for `é`).
    @Test func aSameCategoryReasonNamesThePostingsCategory() throws {
        let plan = try TargetMatchesTests.cafePlan(category: "Caf\u{E9}", [
            "roles/barista.md": "title: Barista Guru\ntrack: management\nlevel: 8\ncategory: Cafe\u{301}",
            "jobs/a.md": "title: Barista Guru\nrole: barista", "jobs/b.md": "title: Barista Guru\nrole: cafe-lead",
        ])
        let ranked = JobMatching.rank(plan, named: TargetMatches(plan))
        let reasons = Dictionary(uniqueKeysWithValues: ranked.map { ($0.postingID, $0.titleFit.reason) })
        #expect(reasons["a"] == "related to Caf\u{E9} Lead (cafe\u{301})")
        #expect(reasons["a"]?.utf8.elementsEqual("related to Caf\u{E9} Lead (cafe\u{301})".utf8) == true)
        #expect(reasons["b"] == "names the target role Caf\u{E9} Lead")
    }

    @Test func titleRules() throws {
        var fixture = PlanFixture()
        fixture.add("goals/staff.md", "---\ntarget: staff-engineer\n---\n")
        let plan = try #require(fixture.read().plan)
        func points(_ title: String, role: String? = nil) -> Double {
            var posting = Self.posting()
            posting.title = title
            posting.roleID = role ?? plan.catalog.role(named: title)?.id
            var ranking = JobMatching.Ranking(plan)
            return JobMatching.title(posting, plan: plan, ranking: &ranking).0
        }
        #expect(points("Staff Software Engineer, Payments") == 20, "names an alias of the target")
        #expect(points("Staff Platform Engineer") == 15, "same level (4), other title")
        #expect(points("Principal Engineer") == 10, "same track, one level up")
        #expect(points("Senior Backend Engineer") == 5, "same track, one level down")
        #expect(points("Junior Developer") == 10, "related: same catalog category, levels apart")
        #expect(points("Data Scientist") == 0, "other category, other level")
        #expect(points("Engineering Manager") == 15, "managers sit at level 4 too")
        // The reason is the best fit's, against its target.
        func reason(_ title: String) -> String {
            var posting = Self.posting()
            posting.title = title
            posting.roleID = plan.catalog.role(named: title)?.id
            var ranking = JobMatching.Ranking(plan)
            return JobMatching.title(posting, plan: plan, ranking: &ranking).1
        }
        #expect(reason("Staff Software Engineer, Payments") == "names the target role Staff Software Engineer")
        #expect(reason("Staff Platform Engineer") == "same level as Staff Software Engineer, other title")
        #expect(reason("Principal Engineer") == "one level above Staff Software Engineer")
        #expect(reason("Senior Backend Engineer") == "one level below Staff Software Engineer")
        #expect(reason("Junior Developer") == "related to Staff Software Engineer (engineering)")
        #expect(reason("Data Scientist") == "unrelated to Staff Software Engineer")
    }
}
