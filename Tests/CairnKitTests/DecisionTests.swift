import Testing
@testable import CairnKit

/// Section 10 of analysis.md: which side each answer and computed fact supports, with its source.
@Suite struct DecisionTests {
    static let asOf = Day(year: 2026, month: 11, day: 23)!

    static func decisions(profile: String, role: String = "---\ntitle: Test Role\ntrack: ic\nlevel: 4\n---\n",
                          goal: String = "---\ntarget: test-role\n---\n", files: [(String, String)] = []) throws -> [String: DecisionFramework] {
        var fixture = PlanFixture(profile: profile)
        fixture.add("roles/test-role.md", role)
        fixture.add("goals/g.md", goal)
        for (path, text) in files { fixture.add(path, text) }
        let (plan, diagnostics) = fixture.read()
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics)")
        let analysis = Analysis.of(try #require(plan), asOf: asOf)
        return Dictionary(uniqueKeysWithValues: analysis.decisions.map { ($0.id, $0) })
    }

    static func profile(_ extra: String) -> String { "---\ntitle: Senior Software Engineer\nexperience: 6\n\(extra)---\n" }

    static func signal(_ framework: DecisionFramework?, from source: String) -> DecisionSignal? {
        framework?.signals.first { $0.source == source }
    }

    @Test func situationAnswersSupportTheSideTheSeedsGiveThem() throws {
        let all = """
            situation:
              clear_path: true
              manager_support: true
              recent_impact: true
              company_values_retention: true
              compressed_bands: true
              growth_limited: true
              political_barriers: true
              maximized_role: true
              running_from_problems: true

            """
        let framework = try #require(try Self.decisions(profile: Self.profile(all))["internal-vs-external"])
        let profileSignals = framework.signals.filter { $0.source.hasPrefix("profile.md") }
        #expect(profileSignals.map(\.source) == ProfileReader.situationKeys.map { "profile.md situation.\($0)" })
        #expect(profileSignals.map(\.side) == [.internalPromotion, .internalPromotion, .internalPromotion, .internalPromotion,
                                               .externalMove, .externalMove, .externalMove, .externalMove, .internalPromotion])
        #expect(profileSignals[0].text == "A clear promotion path at your company")
        #expect(profileSignals[8].text == "Moving would be running from problems, and they follow")
    }

    @Test func falseAnswersCountOnlyWhereTheSeedsListTheConcern() throws {
        let none = """
            situation:
              clear_path: false
              manager_support: false
              recent_impact: false
              company_values_retention: false
              compressed_bands: false
              growth_limited: false
              political_barriers: false
              maximized_role: false
              running_from_problems: false

            """
        let framework = try #require(try Self.decisions(profile: Self.profile(none))["internal-vs-external"])
        // "No clear path forward" is a concern about staying; "haven't maximized the current role" one about moving.
        #expect(Self.signal(framework, from: "profile.md situation.clear_path")?.side == .externalMove)
        #expect(Self.signal(framework, from: "profile.md situation.clear_path")?.text == "No clear path forward at your company")
        #expect(Self.signal(framework, from: "profile.md situation.maximized_role")?.side == .internalPromotion)
        #expect(framework.signals.filter { $0.source.hasPrefix("profile.md") }.count == 2)
        #expect(!framework.notes.contains { $0.hasPrefix("not answered") })
    }

    @Test func preferencesSupportICOrManagementAndUnansweredKeysAreNoted() throws {
        let answers = """
            preferences:
              technical_depth: true
              hands_on: true
              give_up_coding: false
              developing_people: true

            """
        let framework = try #require(try Self.decisions(profile: Self.profile(answers))["ic-vs-management"])
        let answered = framework.signals.filter { $0.source.hasPrefix("profile.md") }
        #expect(answered.map(\.side) == [.ic, .ic, .management])
        #expect(answered.map(\.source) == ["profile.md preferences.technical_depth", "profile.md preferences.hands_on",
                                                    "profile.md preferences.developing_people"])
        #expect(answered.map(\.text) == ["You love technical depth", "You want to stay hands-on", "You enjoy developing people"])
        #expect(framework.notes.contains("not answered under `preferences:` in profile.md: individual_contribution, "
            + "uncomfortable_with_ambiguity, organizational_leverage, comfortable_with_ambiguity"))
        // Computed: Test Role (no skills) 100 against Engineering Manager, one `next` link from senior-engineer, 40.
        #expect(framework.signals.last?.text == "More ready on the IC track: Test Role 100 on the IC track, Engineering Manager 40 on the management track")
        #expect(framework.sides == [DecisionSideCount(side: .ic, signals: 3), DecisionSideCount(side: .management, signals: 1)])
        #expect(framework.summary == "3 signals for IC, 1 for management")
    }

    static func seniorPosting(_ id: String, _ amount: Int, currency: String = "USD") -> (String, String) {
        ("jobs/\(id).md", "---\ntitle: Senior Software Engineer\nsalary: {min: \(amount), max: \(amount), currency: \(currency)}\n---\n")
    }

    @Test(arguments: [(85_000, false), (84_999, true)])
    func underpaidBelowEightyFivePercentOfTheMedian(current: Int, underpaid: Bool) throws {
        // Two postings for the current role (senior-engineer) at 90,000 and 110,000: median 100,000; 85% is 85,000.
        let framework = try #require(try Self.decisions(
            profile: Self.profile("salary: {current: \(current), currency: USD}\n"),
            files: [Self.seniorPosting("a", 90_000), Self.seniorPosting("b", 110_000)])["internal-vs-external"])
        let signal = framework.signals.first { $0.source.hasPrefix("computed: salary.current") }
        #expect((signal != nil) == underpaid)
        if underpaid {
            #expect(signal?.side == .externalMove)
            #expect(signal?.source == "computed: salary.current in profile.md against the median of postings for senior-engineer")
            #expect(signal?.text == "Significantly underpaid: salary.current 84,999 USD is 85% of the median 100,000 USD of 2 postings for Senior Software Engineer")
        } else {
            #expect(framework.notes.contains("salary.current 85,000 USD is 85% of the median 100,000 USD of 2 postings for Senior Software Engineer: not underpaid (85% or more)"))
        }
    }

    @Test func underpaidComparesOnlyTheSameCurrency() throws {
        let framework = try #require(try Self.decisions(
            profile: Self.profile("salary: {current: 1, currency: EUR}\n"),
            files: [Self.seniorPosting("a", 90_000), Self.seniorPosting("b", 110_000)])["internal-vs-external"])
        #expect(!framework.signals.contains { $0.source.hasPrefix("computed: salary") })
        #expect(framework.notes.contains("underpaid not computed: no saved posting for Senior Software Engineer with a salary in EUR"))
    }

    @Test(arguments: [(3, DecisionSide?.some(.externalMove), 70), (2, nil, 58), (1, .internalPromotion, 46)])
    func readinessForTheGoalTarget(goLevel: Int, side: DecisionSide?, total: Int) throws {
        // Test Role requires Go 3, no evidence: 40 x d(gap) + 30 (no typical years) + 0 demonstrated.
        // Go 3: 40 + 30 = 70 (good fit); Go 2: 28 + 30 = 58 (stretch); Go 1: 16 + 30 = 46 (aspirational).
        let framework = try #require(try Self.decisions(
            profile: Self.profile("skills: {Go: \(goLevel)}\n"),
            role: "---\ntitle: Test Role\ntrack: ic\nlevel: 4\nrequires: {Go: 3}\n---\n")["internal-vs-external"])
        let signal = framework.signals.first { $0.source == "computed: readiness for test-role" }
        #expect(signal?.side == side)
        let facts = "readiness for Test Role (goal g) is \(total), \(ReadinessTier(total: total).rawValue)"
        if signal == nil { #expect(framework.notes.contains("\(facts): a stretch, a sign for neither side")) } else {
            #expect(signal!.text.hasSuffix(facts))
        }
    }

    static func targetPosting(_ id: String, posted: String) -> (String, String) {
        ("jobs/\(id).md", "---\ntitle: Test Role\nposted: \(posted)\n---\n")
    }

    @Test func marketDemandFromRecentTargetPostings() throws {
        let source = "computed: market demand (target postings posted in the last 90 days)"
        let none = try #require(try Self.decisions(profile: Self.profile(""))["internal-vs-external"])
        #expect(Self.signal(none, from: source) == nil)
        #expect(none.notes.contains("market demand not computed: no saved postings in jobs/"))

        let two = try #require(try Self.decisions(profile: Self.profile(""), files: [
            Self.targetPosting("a", posted: "2026-08-24"), Self.targetPosting("b", posted: "2026-08-25"),
            Self.targetPosting("c", posted: "2026-11-23")])["internal-vs-external"])
        #expect(Self.signal(two, from: source)?.side == .internalPromotion)
        #expect(Self.signal(two, from: source)?.text == "Market timing is poor: 2 of 3 target postings posted in the 90 days up to as-of")

        let three = try #require(try Self.decisions(profile: Self.profile(""), files: [
            Self.targetPosting("a", posted: "2026-08-25"), Self.targetPosting("b", posted: "2026-08-25"),
            Self.targetPosting("c", posted: "2026-11-23")])["internal-vs-external"])
        #expect(Self.signal(three, from: source)?.side == .externalMove)
    }

    @Test(arguments: [(12, 6, DecisionSide?.some(.management)), (6, 12, .ic), (6, 6, nil)])
    func bestReadinessByTrack(icYears: Int, managementYears: Int, side: DecisionSide?) throws {
        // Roles without skills: 40 + 30 x min(1, 6 / years) + 30: 12 years -> 85, 6 years -> 100.
        let framework = try #require(try Self.decisions(
            profile: "---\ntitle: Engineer\nrole: my-role\nexperience: 6\n---\n",
            role: "---\ntitle: Test Role\ntrack: ic\nlevel: 4\nyears: \(icYears)\n---\n",
            goal: "---\ntarget: test-role\nalternatives: [lead]\n---\n",
            files: [("roles/my-role.md", "---\ntitle: My Role\ntrack: ic\nlevel: 3\n---\n"),
                    ("roles/lead.md", "---\ntitle: Team Lead\ntrack: management\nlevel: 4\nyears: \(managementYears)\n---\n")])["ic-vs-management"])
        let signal = framework.signals.first { $0.source == "computed: best readiness by track among the roles assessed" }
        #expect(signal?.side == side)
        let ic = icYears == 6 ? 100 : 85, management = managementYears == 6 ? 100 : 85
        let facts = "Test Role \(ic) on the IC track, Team Lead \(management) on the management track"
        if let signal { #expect(signal.text.hasSuffix(facts)) } else { #expect(framework.notes.contains("equally ready on both tracks: \(facts)")) }
    }

    @Test func theSummaryOnlyCounts() throws {
        let answers = "situation: {clear_path: true, manager_support: true, compressed_bands: true}\n"
        let framework = try #require(try Self.decisions(profile: Self.profile(answers))["internal-vs-external"])
        #expect(framework.title == "Internal promotion vs external move")
        // The readiness for Test Role (no skills, no years) is 100: a sign for a move too.
        #expect(framework.summary == "2 signals for an internal promotion, 2 for an external move")
        #expect(Decisions.summary([DecisionSideCount(side: .ic, signals: 1), DecisionSideCount(side: .management, signals: 0)])
            == "1 signal for IC, 0 for management")
    }
}
