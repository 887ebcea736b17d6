import Testing
@testable import CairnKit

@Suite struct ProfileReaderTests {
    static let profile = """
        ---
        name: Ada Example
        title: Senior Software Engineer
        experience: 6.5
        in_role_since: 2024-02
        domain: payments
        location: Berlin, Germany
        remote: Hybrid
        industries: [fintech, developer tools]
        salary: {current: 90_000, minimum: 95000, target: 120000, currency: eur}
        time: {hours_per_week: 6, budget: 1500}
        skills:
          Go: 3
          sql: proficient
          k8s:
            level: basic
            years: 1.5
            last_used: 2026-05
            facets: {Operators: 1, Helm charts: 2}
          Python / Machine Learning: 2
          Python / Web: 1
          CI/CD: 2
        evidence:
          - title: Led the ledger migration
            date: 2026-03-10
            skills: [Go, system-design]
          - Spoke at the Berlin Go meetup
        situation: {clear_path: false, manager_support: yes}
        preferences: {technical_depth: true}
        checklist: {mentor: true}
        ---

        ## Strengths

        Calm in incidents.

        ## Values

        Craft over speed.
        """

    @Test func readsEveryScalarField() throws {
        let (plan, diagnostics) = PlanFixture(profile: Self.profile).read()
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let profile = try #require(plan?.profile)
        #expect(profile.name == "Ada Example")
        #expect(profile.title == "Senior Software Engineer")
        #expect(profile.roleID == "senior-engineer")
        #expect(profile.experience == 6.5)
        #expect(profile.inRoleSince == Day(year: 2024, month: 2, day: 1))
        #expect(profile.domain == "payments")
        #expect(profile.city == "Berlin, Germany")
        #expect(profile.remote == .hybrid)
        #expect(profile.industries == ["fintech", "developer tools"])
        #expect(profile.salary == SalaryExpectation(current: 90_000, minimum: 95_000, target: 120_000, currency: "EUR"))
        #expect(profile.time == TimeBudget(hoursPerWeek: 6, budget: 1500, currency: "USD"))
        #expect(profile.situation == ["clear_path": false, "manager_support": true])
        #expect(profile.preferences == ["technical_depth": true])
        #expect(profile.checklist == ["mentor": true])
    }

    @Test func readsSkillsInEveryFormWithLocations() throws {
        let profile = try #require(PlanFixture(profile: Self.profile).read().plan?.profile)
        #expect(profile.skills.map(\.skillID) == ["go", "sql", "kubernetes", "python", "ci-cd"])
        #expect(profile.skill("go")?.level == .expert)
        #expect(profile.skill("sql")?.level == .proficient)
        let kubernetes = try #require(profile.skill("kubernetes"))
        #expect(kubernetes.level == .basic)
        #expect(kubernetes.years == 1.5)
        #expect(kubernetes.lastUsed == Day(year: 2026, month: 5, day: 1))
        #expect(kubernetes.facets.map(\.name) == ["Operators", "Helm charts"])
        #expect(kubernetes.facets.map(\.level) == [.basic, .proficient])
        #expect(kubernetes.writtenName == "k8s")
        #expect(kubernetes.location == SourceLocation(path: "profile.md", line: 15, column: 3))
        let python = try #require(profile.skill("python"))
        #expect(python.facets.map(\.name) == ["Machine Learning", "Web"])
        #expect(python.level == .proficient, "a skill named only through facets takes its highest facet level")
        #expect(profile.skill("ci-cd")?.facets.isEmpty == true, "CI/CD is a skill, not a facet")
    }

    @Test func readsEvidenceAndBodySections() throws {
        let profile = try #require(PlanFixture(profile: Self.profile).read().plan?.profile)
        #expect(profile.evidence.count == 2)
        #expect(profile.evidence[0].title == "Led the ledger migration")
        #expect(profile.evidence[0].date == Day(year: 2026, month: 3, day: 10))
        #expect(profile.evidence[0].skillIDs == ["go", "system-design"])
        #expect(profile.evidence[1].title == "Spoke at the Berlin Go meetup")
        #expect(profile.sections.map(\.title) == ["Strengths", "Values"])
        #expect(profile.sections[0].markdown == "Calm in incidents.")
        #expect(profile.sections[1].location.line == 37)
    }

    @Test func keysKeepTheirLines() throws {
        let profile = try #require(PlanFixture(profile: Self.profile).read().plan?.profile)
        #expect(profile.fieldLocations["name"] == SourceLocation(path: "profile.md", line: 2, column: 1))
        #expect(profile.fieldLocations["skills"]?.line == 12)
    }

    @Test func yaml11LookalikesReachFieldsAsWritten() throws {
        let (plan, diagnostics) = PlanFixture(profile: "---\nname: NO\ntitle: 1.10\ndomain: 01234\nexperience: 06\n---\n").read()
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let profile = try #require(plan?.profile)
        #expect(profile.name == "NO")
        #expect(profile.title == "1.10")
        #expect(profile.domain == "01234")
        #expect(profile.experience == 6, "a number field reads 06 as decimal")
    }

    @Test func quotedTextAndNullsAreDistinct() throws {
        let profile = try #require(PlanFixture(profile: "---\nname: \"~\"\ndomain: ~\n---\n").read().plan?.profile)
        #expect(profile.name == "~")
        #expect(profile.domain == nil)
    }
}
