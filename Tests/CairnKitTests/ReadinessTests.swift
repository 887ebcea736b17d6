import Testing
@testable import CairnKit

/// Section 5 of analysis.md with hand-computed numbers.
@Suite struct ReadinessTests {
    static let asOf = Day(year: 2026, month: 11, day: 23)!

    /// A role requiring Go 3, Kubernetes 2, SQL 2 and preferring Terraform 2, typical years 8.
    static let role = """
        ---
        title: Test Role
        track: ic
        level: 4
        years: 8
        requires: {Go: 3, Kubernetes: 2, SQL: 2}
        prefers: {Terraform: 2}
        ---
        """

    static func plan(profile: String, goal: String? = nil) throws -> Plan {
        var fixture = PlanFixture(profile: profile)
        fixture.add("roles/test-role.md", role)
        fixture.add("goals/g.md", goal ?? "---\ntarget: test-role\n---\n- [x] Shipped the SQL migration #sql done:2026-01-15\n- [x] Old Go work #go done:2024-11-22\n")
        let (plan, diagnostics) = fixture.read()
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        return try #require(plan)
    }

    @Test func partsByHand() throws {
        let plan = try Self.plan(profile: """
            ---
            title: Senior Software Engineer
            experience: 6
            skills: {Go: 3, Kubernetes: 1}
            evidence:
              - title: Ran the cluster upgrade
                date: 2024-11-23
                skills: [Kubernetes]
            ---
            """)
        let readiness = Readiness.of(plan.catalog.roles["test-role"]!, plan: plan, evidence: EvidenceIndex(plan: plan), asOf: Self.asOf)
        // Technical: Go gap 0 -> 1.0; Kubernetes gap 1 -> 0.7; SQL gap 2 -> 0.4; Terraform (w 0.5) gap 2 -> 0.4.
        // 40 * (1 + 0.7 + 0.4 + 0.5 * 0.4) / 3.5 = 40 * 2.3 / 3.5 = 26.2857...
        #expect(readiness.technical.points == 26.3)
        #expect(readiness.technical.skills.map(\.credit) == [1.0, 0.7, 0.4, 0.4])
        #expect(readiness.technical.skills.map(\.weight) == [1, 1, 1, 0.5])
        // Experience: 30 * min(1, 6 / 8) = 22.5.
        #expect(readiness.experience.points == 22.5)
        // Demonstrated: Kubernetes evidence on 2024-11-23 is exactly 24 months before as_of (inside);
        // SQL done 2026-01-15 (inside); Go done 2024-11-22 (one day too old). 30 * 2 / 3 = 20.
        #expect(readiness.demonstrated.backed.map(\.skillID) == ["kubernetes", "sql"])
        #expect(readiness.demonstrated.unbacked == ["go"])
        #expect(readiness.demonstrated.points == 20)
        // Total 26.2857 + 22.5 + 20 = 68.79 -> 69, stretch.
        #expect(readiness.total == 69)
        #expect(readiness.tier == .stretch)
    }

    @Test(arguments: [(85, ReadinessTier.readyNow), (84, .goodFit), (70, .goodFit), (69, .stretch), (55, .stretch), (54, .aspirational), (0, .aspirational)])
    func tierBoundaries(total: Int, tier: ReadinessTier) {
        #expect(ReadinessTier(total: total) == tier)
    }

    @Test func creditTable() {
        #expect([0, 1, 2, 3].map(Readiness.credit(gap:)) == [1.0, 0.7, 0.4, 0.15])
    }

    @Test func roleWithoutYearsOrSkillsGivesFullParts() throws {
        var fixture = PlanFixture()
        fixture.add("roles/open.md", "---\ntitle: Open\ntrack: ic\nlevel: 2\n---\n")
        let plan = try #require(fixture.read().plan)
        let readiness = Readiness.of(plan.catalog.roles["open"]!, plan: plan, evidence: EvidenceIndex(plan: plan), asOf: Self.asOf)
        #expect(readiness.technical.points == 40 && readiness.experience.points == 30 && readiness.demonstrated.points == 30)
        #expect(readiness.total == 100 && readiness.tier == .readyNow)
    }

    @Test func weightsFromSettingsScaleTheParts() throws {
        var fixture = PlanFixture(profile: "---\nexperience: 4\n---\n")
        fixture.add("cairn.yml", "weights:\n  readiness: {technical: 50, experience: 40, demonstrated: 10}\n")
        fixture.add("roles/r.md", "---\ntitle: R\ntrack: ic\nlevel: 2\nyears: 8\n---\n")
        let plan = try #require(fixture.read().plan)
        let readiness = Readiness.of(plan.catalog.roles["r"]!, plan: plan, evidence: EvidenceIndex(plan: plan), asOf: Self.asOf)
        #expect(readiness.experience.points == 20 && readiness.experience.maximum == 40)
        #expect(readiness.total == 80)
    }
}
