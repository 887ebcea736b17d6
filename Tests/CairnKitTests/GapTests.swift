import Testing
@testable import CairnKit

/// Section 4 of analysis.md with hand-computed numbers.
@Suite struct GapTests {
    static let asOf = Day(year: 2026, month: 11, day: 23)!

    /// Goal role: requires Go 3, Kubernetes 2, SQL 2; prefers Terraform 2. Fallback: requires Rust 2, Go 1.
    static func plan(profile: String, fallback: String = "{Rust: 2, Go: 1}", extra: [(String, String)] = []) throws -> (Plan, GapAnalysis) {
        var fixture = PlanFixture(profile: profile)
        fixture.add("roles/target.md", "---\ntitle: Target Role\ntrack: ic\nlevel: 4\nrequires: {Go: 3, Kubernetes: 2, SQL: 2}\nprefers: {Terraform: 2}\n---\n")
        fixture.add("roles/fallback.md", "---\ntitle: Fallback Role\ntrack: ic\nlevel: 3\nrequires: \(fallback)\n---\n")
        fixture.add("goals/g.md", "---\ntarget: target\nby: 2028-06-30\nalternatives: [fallback]\n---\n")
        for (path, text) in extra { fixture.add(path, text) }
        let (plan, diagnostics) = fixture.read()
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics)")
        let read = try #require(plan)
        return (read, GapAnalysis.of(read, market: Market.of(read, asOf: asOf)))
    }

    static let profile = "---\ntitle: Senior Software Engineer\nexperience: 6\ntime: {hours_per_week: 10}\nskills: {Go: 2, Kubernetes: 1, SQL: 2}\n---\n"

    @Test func neededLevelsAndRoleTiers() throws {
        let (_, analysis) = try Self.plan(profile: Self.profile)
        let gaps = Dictionary(uniqueKeysWithValues: analysis.gaps.map { ($0.skillID, $0) })
        // Kubernetes: required, held at 1 -> P0; Go: required, held at 2 -> P1;
        // Terraform: preferred -> P2; Rust: only the fallback asks -> P3. SQL: held at the level needed.
        #expect(gaps["kubernetes"]?.priority == .p0 && gaps["kubernetes"]?.gap == 1)
        #expect(gaps["go"]?.priority == .p1 && gaps["go"]?.needed == 3)
        #expect(gaps["terraform"]?.priority == .p2 && gaps["terraform"]?.needed == 2)
        #expect(gaps["rust"]?.priority == .p3 && gaps["rust"]?.needed == 2 && gaps["rust"]?.goalIDs == [])
        #expect(gaps["sql"] == nil)
        #expect(gaps["rust"]?.needs.map(\.source) == [.fallbackRequired])
        // Order: priority first, then the larger gap, then the name.
        #expect(analysis.gaps.map(\.skillID) == ["kubernetes", "go", "terraform", "rust"])
        #expect(analysis.goalNeeds["g"]?["go"] == 3 && analysis.goalNeeds["g"]?["rust"] == nil)
    }

    @Test func postingsRaiseNeededLevelAndFrequencyTier() throws {
        // 4 of 5 target postings require Terraform (80%): the frequency tier P0 beats the role tier P2.
        // One requires Rust at 3: Rust's needed level comes from the postings now (share 20%, P2).
        var jobs: [(String, String)] = []
        for n in 0..<4 { jobs.append(("jobs/j\(n).md", "---\ntitle: Target Role\nrequires: [Terraform]\n---\n")) }
        jobs.append(("jobs/j4.md", "---\ntitle: Target Role\nrequires: {Rust: 3}\n---\n"))
        let (_, analysis) = try Self.plan(profile: Self.profile, extra: jobs)
        let terraform = try #require(analysis.gap("terraform"))
        #expect(terraform.roleTier == .p2 && terraform.frequencyTier == .p0 && terraform.priority == .p0)
        #expect(terraform.requiredBy == 4 && terraform.postings == 5)
        let rust = try #require(analysis.gap("rust"))
        // Rust is no longer needed only by the fallback: no role tier, the frequency tier decides.
        #expect(rust.needed == 3 && rust.roleTier == nil && rust.frequencyTier == .p2 && rust.priority == .p2)
        #expect(rust.goalIDs == ["g"])
    }

    @Test func halfOfTheTargetPostingsMakeARequirementEachPostingCountedOnce() throws {
        // Rust in 2 of 4 target postings (50%): required for the goal's date, at proficient.
        // Terraform in 1 of 4, listed twice there: counted once, so not required; its needed
        // level is the highest asked, the posting's 3 over the role's preferred 2.
        let jobs = [("jobs/j0.md", "---\ntitle: Target Role\nrequires: {Terraform: 3}\n---\n"),
                    ("jobs/j1.md", "---\ntitle: Target Role\nrequires: [Rust]\n---\n"),
                    ("jobs/j2.md", "---\ntitle: Target Role\nrequires: [Rust]\n---\n"),
                    ("jobs/j3.md", "---\ntitle: Target Role\nrequires: [SQL]\n---\n")]
        var (plan, _) = try Self.plan(profile: Self.profile, extra: jobs)
        let index = try #require(plan.postings.firstIndex { $0.requires.first?.skillID == "terraform" })
        plan.postings[index].requires.append(plan.postings[index].requires[0])
        let needs = GoalNeeds.of(plan)
        #expect(needs.requirements["g"] == ["go": 3, "kubernetes": 2, "sql": 2, "rust": 2])
        #expect(needs.levels["g"]?["terraform"] == 3 && needs.levels["g"]?["rust"] == 2)
        #expect(needs.bySkill["terraform"]?.map(\.source) == [.preferred, .postings])
    }

    /// A plan made in code can hold two active goals of one id (the reader reports the second of
    /// two files of one name): they share their maps, each skill at the higher of the two levels.
    @Test func goalsOfOneIdShareTheirLevels() throws {
        var (plan, _) = try Self.plan(profile: Self.profile, extra: [
            ("roles/other.md", "---\ntitle: Other Role\ntrack: ic\nlevel: 4\nrequires: {Go: 2, Rust: 1}\nprefers: {Terraform: 3}\n---\n"),
            ("goals/other.md", "---\ntarget: other\nby: 2028-06-30\n---\n"),
        ])
        let other = try #require(plan.goals.firstIndex { $0.id == "other" })
        plan.goals[other].id = "g"
        #expect(plan.goals.filter { $0.status == .active }.map(\.id) == ["g", "g"])
        let needs = GoalNeeds.of(plan)
        #expect(needs.requirements["g"] == ["go": 3, "kubernetes": 2, "sql": 2, "rust": 1])
        #expect(needs.levels["g"] == ["go": 3, "kubernetes": 2, "sql": 2, "terraform": 3, "rust": 1])
    }

    @Test func effortFromTaxonomyDefaultAndResource() throws {
        // Go 2 -> 3: the taxonomy's third step, 220 h. An ad-hoc skill: 50 h per step.
        // Kubernetes 1 -> 2 through a 40 h resource that also raises Containers (held at 0): 20 h.
        let profile = "---\ntitle: Senior Software Engineer\nexperience: 6\ntime: {hours_per_week: 10}\nskills: {Go: 2, Kubernetes: 1, SQL: 2, Rust: 2}\n---\n"
        let (_, analysis) = try Self.plan(profile: profile, fallback: "{Widgetry: 2}", extra: [
            ("resources/ckad.md", "---\ntitle: CKAD\nkind: certification\nskills: {Kubernetes: 2, Containers: 2}\nhours: 40\ncost: 445\n---\n"),
        ])
        let go = try #require(analysis.gap("go"))
        #expect(go.steps == [GapStep(level: 3, hours: 220, basis: "taxonomy", resourceID: nil)] && go.effortHours == 220)
        #expect(go.weeks == 22 && go.bucket == .longTerm)
        let kubernetes = try #require(analysis.gap("kubernetes"))
        #expect(kubernetes.steps == [GapStep(level: 2, hours: 20, basis: "resource", resourceID: "ckad")])
        #expect(kubernetes.resourceID == "ckad" && kubernetes.weeks == 2 && kubernetes.bucket == .quickWin)
        let widgetry = try #require(analysis.gap("widgetry"))
        #expect(widgetry.effortHours == 100 && widgetry.steps.allSatisfy { $0.basis == "default" && $0.hours == 50 })
    }

    @Test func resourceCoversOnlyTheStepsUpToItsLevel() throws {
        // Kubernetes 0 -> 2 needed; the resource reaches 1 in 12 h: step 1 = 12 h, step 2 = taxonomy 80 h.
        let profile = "---\ntitle: Senior Software Engineer\nexperience: 6\nskills: {Go: 3, SQL: 2}\n---\n"
        let (_, analysis) = try Self.plan(profile: profile, extra: [
            ("resources/intro.md", "---\ntitle: Intro\nkind: course\nskills: {Kubernetes: 1}\nhours: 12\n---\n"),
        ])
        let kubernetes = try #require(analysis.gap("kubernetes"))
        #expect(kubernetes.steps.map(\.hours) == [12, 80] && kubernetes.steps.map(\.basis) == ["resource", "taxonomy"])
        #expect(kubernetes.weeks == nil && kubernetes.bucket == .longTerm, "no hours per week: no weeks, long-term")
    }

    @Test(arguments: [(2.0, EffortBucket.quickWin), (2.1, .medium), (13, .medium), (13.1, .longTerm), (0, .quickWin)])
    func bucketBoundaries(weeks: Double, bucket: EffortBucket) {
        #expect(EffortBucket(weeks: weeks) == bucket)
    }

    @Test func resourcesAreFoundBySkillEachOnceInTheirOrder() throws {
        var (plan, _) = try Self.plan(profile: Self.profile, extra: [
            ("resources/a.md", "---\ntitle: A\nkind: course\nskills: {Kubernetes: 1, Go: 3}\nhours: 5\n---\n"),
            ("resources/b.md", "---\ntitle: B\nkind: course\nskills: {Go: 3}\nhours: 9\n---\n"),
        ])
        let a = try #require(plan.resources.firstIndex { $0.id == "a" }), b = try #require(plan.resources.firstIndex { $0.id == "b" })
        plan.resources[a].skills.append(plan.resources[a].skills[0])
        let bySkill = GapAnalysis.resourcesBySkill(plan.resources)
        #expect(bySkill == ["kubernetes": [a], "go": [a, b].sorted()])
        // Go 2 -> 3: both reach it; A's 5 h (Kubernetes is held at 1 already, so all go to Go) beat B's 9 h.
        let raised = GapAnalysis.raisedCounts(plan)
        #expect(raised[a] == 1 && raised[b] == 1, "Kubernetes is held at 1: A raises Go only")
        #expect(GapAnalysis.chooseResource("go", current: 2, needed: 3, plan: plan, among: bySkill["go"]!, raised: raised)?.0.id == "a")
        #expect(GapAnalysis.chooseResource("go", current: 2, needed: 3, plan: plan, among: [b], raised: raised)?.0.id == "b")
    }

    @Test func chosenResourceCoversMostStepsThenFewestHours() throws {
        let profile = "---\ntitle: Senior Software Engineer\nexperience: 6\nskills: {Go: 3, SQL: 2}\n---\n"
        let (_, analysis) = try Self.plan(profile: profile, extra: [
            ("resources/a.md", "---\ntitle: A\nkind: course\nskills: {Kubernetes: 1}\nhours: 5\n---\n"),
            ("resources/b.md", "---\ntitle: B\nkind: course\nskills: {Kubernetes: 2}\nhours: 90\n---\n"),
            ("resources/c.md", "---\ntitle: C\nkind: course\nskills: {Kubernetes: 2}\nhours: 60\n---\n"),
            ("resources/d.md", "---\ntitle: D\nkind: course\nskills: {Kubernetes: 2}\nhours: 10\nstatus: done\n---\n"),
        ])
        let kubernetes = try #require(analysis.gap("kubernetes"))
        #expect(kubernetes.resourceID == "c" && kubernetes.steps.map(\.hours) == [30, 30])
    }
}
