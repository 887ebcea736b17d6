import Foundation
import Testing
@testable import CairnKit

/// What the git history gives in the awkward cases: a renamed goal file, a plan in a subfolder
/// of the repository, revisions that do not read, skills a commit does not list.
@Suite struct GitHistoryTests {
    static let asOf = ProgressHistoryTests.asOf

    @Test func aRenamedGoalFileKeepsItsOlderRevisions() throws {
        let fixture = try ProgressHistoryTests.makeRepository()
        defer { fixture.remove() }
        try fixture.git("mv", "goals/cluster.md", "goals/cluster-engineer.md")
        try fixture.write("log/2026-11.md", ProgressHistoryTests.november.replacingOccurrences(of: "+cluster", with: "+cluster-engineer"))
        try fixture.git("commit", "-q", "-m", "Rename the goal", date: "2026-11-22T12:00:00+00:00")
        let plan = try fixture.plan()
        #expect(plan.history.goalRevisions["cluster-engineer"]?.map(\.commit.subject) == ["Start the plan", "Deploy done", "Rename the goal"])
        #expect(plan.history.goalRevisions["cluster"] == nil)
        let goal = try #require(Analysis.of(plan, asOf: Self.asOf).progress.goals.first)
        #expect(goal.goalID == "cluster-engineer" && goal.start?.day == Day(year: 2026, month: 9, day: 1))
    }

    @Test func aPlanInASubfolderReadsItsOwnFiles() throws {
        let fixture = try GitFixture()
        defer { fixture.remove() }
        try fixture.write("README.md", "notes\n")
        try ProgressHistoryTests.writePlan(in: fixture, folder: "career/")
        try fixture.write("career/profile.md", ProgressHistoryTests.profile("  Go: 1\n"))
        try fixture.commit("Plan", on: "2026-10-01")
        try fixture.write("career/profile.md", ProgressHistoryTests.profile("  Go: 2\n"))
        try fixture.commit("Go to 2", on: "2026-11-02")
        let plan = try fixture.plan(at: fixture.root.appendingPathComponent("career"))
        #expect(plan.history.profileRevisions.map { $0.levels["go"] } == [1, 2])
        let changes = LevelHistory(plan: plan, asOf: Self.asOf).changes
        #expect(changes.map { "\($0.from)->\($0.to) \($0.date!)" } == ["1->2 2026-11-02"])
    }

    @Test func revisionsThatDoNotReadAreNamedAndSkipped() throws {
        let fixture = try GitFixture()
        defer { fixture.remove() }
        try ProgressHistoryTests.writePlan(in: fixture)
        try fixture.write("profile.md", "---\nname: [broken\n---\n")
        try fixture.commit("Broken YAML", on: "2026-10-01")
        try Data([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe, 0x0a, 0x2d, 0x2d, 0x2d, 0x0a]).write(to: fixture.root.appendingPathComponent("profile.md"))
        try fixture.commit("Not UTF-8", on: "2026-10-02")
        try fixture.write("profile.md", ProgressHistoryTests.profile("  Go: 2\n"))
        try fixture.commit("Fixed", on: "2026-10-03")
        let history = try fixture.plan().history
        #expect(history.profileRevisions.map(\.commit.subject) == ["Fixed"])
        #expect(history.unreadable.count == 2 && history.unreadable.contains { $0.hasSuffix("(not UTF-8)") })
        let notes = Analysis.of(try fixture.plan(), asOf: Self.asOf).progress.notes
        #expect(notes.contains { $0.hasPrefix("2 revisions could not be read and are skipped: profile.md@") })
    }

    @Test func aSkillACommitDoesNotListIsNotObservedAndItsFirstListingIsNoChange() throws {
        let fixture = try GitFixture()
        defer { fixture.remove() }
        try ProgressHistoryTests.writePlan(in: fixture)
        try fixture.write("profile.md", ProgressHistoryTests.profile("  Go: 2\n"))
        try fixture.commit("Start", on: "2026-09-01")
        // Written down later, not learned: Python 3 was always there.
        try fixture.write("profile.md", ProgressHistoryTests.profile("  Go: 2\n  Python: 3\n"))
        try fixture.commit("Add Python", on: "2026-10-01")
        // A revision with no skills at all says nothing about them.
        try fixture.write("profile.md", "---\nname: Robin\ntitle: Backend Engineer\nexperience: 4\ntime:\n  hours_per_week: 5\n---\n")
        try fixture.commit("Skills moved out for a moment", on: "2026-10-10")
        try fixture.write("profile.md", ProgressHistoryTests.profile("  Go: 3\n  Python: 3\n"))
        try fixture.commit("Go to 3", on: "2026-11-01")
        let changes = LevelHistory(plan: try fixture.plan(), asOf: Self.asOf).changes
        #expect(changes.map { "\($0.skillID) \($0.from)->\($0.to) \($0.date!)" } == ["go 2->3 2026-11-01"])
    }

    @Test func anUndatedRaiseStopsHoursCountingAgainstTheNextStep() throws {
        let fixture = try ProgressHistoryTests.makeRepository()
        defer { fixture.remove() }
        // Kubernetes 3 written but not committed: the 2 h logged after 11-15 went into that step.
        try fixture.write("profile.md", ProgressHistoryTests.profile("  Go: 2\n  Kubernetes: 3\n"))
        let analysis = Analysis.of(try fixture.plan(), asOf: Self.asOf)
        #expect(analysis.gaps.gap("kubernetes") == nil)
        #expect(analysis.progress.undatedLevelChanges.map { "\($0.skillID) \($0.from)->\($0.to)" } == ["kubernetes 2->3"])
        let credit = StepCredit(log: WorkLog(plan: try fixture.plan(), needs: GoalNeeds.of(try fixture.plan()), asOf: Self.asOf),
                                levels: LevelHistory(plan: try fixture.plan(), asOf: Self.asOf), asOf: Self.asOf)
        #expect(credit.since("kubernetes", goals: ["cluster"]) == nil && credit.since("go", goals: ["cluster"]) != nil)
    }
}
