import Testing
@testable import CairnKit

/// Sections 1 and 2 of analysis.md.
@Suite struct PositionTests {
    @Test(arguments: [
        ("Junior Developer", Seniority.junior), ("Associate Engineer", .junior), ("New Grad SWE", .junior), ("Software Engineer I", .junior),
        ("Software Engineer II", .mid), ("Sr. Engineer", .senior), ("Software Engineer III", .senior), ("Tech Lead", .senior),
        ("Senior Staff Engineer", .staff), ("Engineer IV", .staff), ("Principal Engineer", .principal), ("Fellow", .distinguished),
        ("Distinguished Engineer", .distinguished), ("Engineering Manager", .manager), ("Senior Engineering Manager", .seniorManager),
        ("Director of Engineering", .director), ("Head of Platform", .director), ("VP Engineering", .vp),
    ])
    func seniorityFromTitleWords(title: String, seniority: Seniority) {
        #expect(Seniority.fromTitle(title)?.0 == seniority)
    }

    @Test(arguments: [(0.0, Seniority.junior), (1.9, .junior), (2, .mid), (4.9, .mid), (5, .senior), (8, .staff), (11.9, .staff), (12, .principal), (30, .principal)])
    func seniorityFromYears(years: Double, seniority: Seniority) {
        #expect(Seniority.fromYears(years) == seniority)
        #expect(Seniority.fromTitle("Software Engineer") == nil)
    }

    @Test func domainStrengthsAndGrowthAreas() throws {
        var fixture = PlanFixture(profile: "---\ntitle: Software Engineer\nexperience: 6\nskills: {Go: 3, Python: 2, Kubernetes: 2, Linux: 1, Mentoring: 3}\n---\n")
        fixture.add("goals/staff.md", "---\ntarget: staff-engineer\n---\n")
        let position = Position.of(try #require(fixture.read().plan))
        #expect(position.seniority == .senior && position.seniorityReason == "6 years of experience")
        // language: Go 3 + Python 2 = 5 levels; infrastructure: Kubernetes 2 + Linux 1 = 3.
        #expect(position.levelsByCategory.first == CategoryLevels(category: "language", levels: 5, skills: 2))
        #expect(position.domain == "language" && !position.domainIsStated)
        #expect(position.strengths == ["go", "mentoring"])
        #expect(position.growthAreas.contains { $0.skillID == "system-design" && $0.current == 0 && $0.needed == 3 })
        #expect(!position.growthAreas.contains { $0.skillID == "mentoring" })
    }

    static let here = SourceLocation(path: "profile.md", line: 1)
    static let asOf = Day(year: 2026, month: 11, day: 23)!

    func score(_ level: Level, facets: [(String, Level)] = [], lastUsed: Day? = nil) -> SkillScore {
        let skill = HeldSkill(skillID: "python", writtenName: "Python", level: level, lastUsed: lastUsed,
                              facets: facets.map { Facet(name: $0.0, level: $0.1, location: Self.here) }, location: Self.here)
        let plan = Plan(settings: Settings(), profile: Profile(time: TimeBudget(currency: "USD"), location: Self.here), catalog: Catalog(taxonomy: Taxonomy()))
        return SkillMap.score(skill, evidence: EvidenceIndex(plan: plan), taxonomy: Taxonomy(), asOf: Self.asOf)
    }

    @Test func skillScoreByHand() {
        #expect(score(.proficient).score == 67, "2 / 3 * 100 = 66.7")
        #expect(score(.expert).score == 100)
        // Facets 1, 1, 3 (no evidence, weight 1 each): mean 5/3 = 1.667 -> floor to 2.0 because a facet is 3 -> 67.
        let floored = score(.expert, facets: [("A", .basic), ("B", .basic), ("C", .expert)])
        #expect(floored.expertFloor && floored.base == 2 && floored.score == 67)
        // Facets 2, 2, 2: mean 2, three at 2+ -> 2.3 -> 76.7 -> 77.
        let broad = score(.proficient, facets: [("A", .proficient), ("B", .proficient), ("C", .proficient)])
        #expect(broad.breadthBonus && broad.base == 2.3 && broad.score == 77)
        // Level 3 last used 25 months ago: 3 * 0.9 = 2.7 -> 90.
        let stale = score(.expert, lastUsed: Self.asOf.months(before: 25))
        #expect(stale.stale && stale.score == 90)
        #expect(!score(.expert, lastUsed: Self.asOf.months(before: 24)).stale, "exactly 24 months is not more than 24")
    }
}

@Suite struct CareerPathTests {
    @Test func directLinksStayUnderTheRootAndGoalsHangFromIt() throws {
        var fixture = PlanFixture(profile: "---\ntitle: Senior Software Engineer\nrole: senior-engineer\nexperience: 6\n---\n")
        fixture.add("goals/dir.md", "---\ntarget: director-of-engineering\n---\n")
        let plan = try #require(fixture.read().plan)
        let analysis = Analysis.of(plan, asOf: Day(year: 2026, month: 11, day: 23)!)
        let root = try #require(analysis.careerTree)
        #expect(root.roleID == "senior-engineer" && root.transition == nil)
        let direct = Set(plan.catalog.roles["senior-engineer"]!.next.map(\.roleID))
        #expect(direct.isSubset(of: Set(root.children.map(\.roleID))), "every next link of the current role is a child of the root")
        #expect(root.children.first?.transition == .promotion)
        let goal = try #require(root.children.first { $0.roleID == "director-of-engineering" })
        #expect(goal.goals == ["dir"] && goal.transition == .pivot, "a management goal from an IC role is a pivot")
        func all(_ node: PathNode) -> [String] { [node.roleID] + node.children.flatMap(all) }
        #expect(Set(all(root)).count == all(root).count, "no role appears twice")
    }

    @Test func goalKindsAreInferred() throws {
        let plan = try #require(PlanFixture().read().plan)
        let roles = plan.catalog.roles
        #expect(GoalKinds.infer(from: roles["senior-engineer"]!, to: roles["staff-engineer"]!) == .promotion)
        #expect(GoalKinds.infer(from: roles["senior-engineer"]!, to: roles["engineering-manager"]!) == .management)
        #expect(GoalKinds.infer(from: roles["backend-engineer"]!, to: roles["platform-engineer"]!) == .lateral)
    }
}
