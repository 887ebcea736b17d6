import Foundation
import Testing
@testable import CairnKit

/// Progress of a plan kept in a git repository built by the test (analysis section 8): the
/// level history from commits and the log, done dates from commits, gap closure since the
/// goal's first commit, logged hours against the next step, velocity and projection. Every
/// expectation is worked out by hand in the comments.
@Suite struct ProgressHistoryTests {
    static let asOf = Day(year: 2026, month: 11, day: 23)!

    static let role = """
        ---
        title: Cluster Engineer
        track: ic
        level: 2
        years: 3
        requires:
          Kubernetes: 3
          Go: 2
        ---
        Runs the clusters.
        """

    static func profile(_ skills: String) -> String {
        "---\nname: Robin\ntitle: Backend Engineer\nexperience: 4\ntime:\n  hours_per_week: 5\nskills:\n\(skills)---\n"
    }

    static func goal(deployDone: Bool) -> String {
        """
        ---
        target: cluster-engineer
        by: 2027-06-30
        ---
        # Cluster engineer by mid 2027

        ## Actions

        - [\(deployDone ? "x" : " ")] Deploy a service on the cluster #kubernetes ~10h id:deploy
        - [ ] Write the on-call runbook ~4h id:runbook

        """
    }

    static let october = """
        # October 2026

        ## 2026-10-20
        - 3h Kubernetes: cluster lab

        ## 2026-10-31
        - review: monthly

        """

    static let november = """
        # November 2026

        ## 2026-11-01
        - 30m Go: read the release notes +cluster

        ## 2026-11-12
        - 2h Kubernetes: CKA practice

        ## 2026-11-15
        - level Kubernetes 2

        ## 2026-11-18
        - 1h Go: code review +cluster

        ## 2026-11-20
        - 2h Kubernetes: operator tutorial
        - 90m reading about incident reviews

        ## 2026-11-30
        - 1h Kubernetes: after the as-of date

        """

    /// Writes the plan's cairn.yml (as_of 2026-11-23), its role and its goal (deploy not done)
    /// into `folder` of the repository; the profile is each test's own.
    static func writePlan(in fixture: GitFixture, folder: String = "") throws {
        try fixture.write(folder + "cairn.yml", "as_of: 2026-11-23\n")
        try fixture.write(folder + "roles/cluster-engineer.md", role)
        try fixture.write(folder + "goals/cluster.md", goal(deployDone: false))
    }

    /// 09-01 the plan (Go 2, Kubernetes 0); 10-05 Kubernetes 1; 11-10 the deploy action ticked
    /// (no done: date); 11-21 the log and Kubernetes 2. Go 3 is written but not committed.
    static func makeRepository() throws -> GitFixture {
        let fixture = try GitFixture()
        try writePlan(in: fixture)
        try fixture.write("profile.md", profile("  Go: 2\n  Kubernetes: 0\n"))
        try fixture.commit("Start the plan", on: "2026-09-01")
        try fixture.write("profile.md", profile("  Go: 2\n  Kubernetes: 1\n"))
        try fixture.commit("Kubernetes to 1", on: "2026-10-05")
        try fixture.write("goals/cluster.md", goal(deployDone: true))
        try fixture.commit("Deploy done", on: "2026-11-10")
        try fixture.write("log/2026-10.md", october)
        try fixture.write("log/2026-11.md", november)
        try fixture.write("profile.md", profile("  Go: 2\n  Kubernetes: 2\n"))
        try fixture.commit("Kubernetes to 2, and the log", on: "2026-11-21")
        try fixture.write("profile.md", profile("  Go: 3\n  Kubernetes: 2\n"))
        return fixture
    }

    @Test func theHistoryHoldsEachCommitOfProfileAndGoals() throws {
        let fixture = try Self.makeRepository()
        defer { fixture.remove() }
        let history = try fixture.plan().history
        #expect(history.status == .read(shallow: false))
        #expect(history.profileRevisions.map(\.commit.day.description) == ["2026-09-01", "2026-10-05", "2026-11-21"])
        #expect(history.profileRevisions.map { $0.levels["kubernetes"] ?? 0 } == [0, 1, 2])
        #expect(history.goalRevisions["cluster"]?.map(\.commit.subject) == ["Start the plan", "Deploy done"])
        #expect(history.goalRevisions["cluster"]?.last?.done == ["id:deploy"])
    }

    @Test func levelChangesComeFromCommitsTheLogAndTheUncommittedProfile() throws {
        let fixture = try Self.makeRepository()
        defer { fixture.remove() }
        let levels = LevelHistory(plan: try fixture.plan(), asOf: Self.asOf)
        // Kubernetes: recorded at 0 by the first commit, 1 by commit on 10-05, 2 by the log on 11-15;
        // the 11-21 commit repeats 2 and is no change. Go: 2 committed, 3 only in the working tree.
        let seen = levels.changes.map { "\($0.skillID) \($0.from)->\($0.to) \($0.date?.description ?? "undated") \($0.source.kind.rawValue)" }
        #expect(seen == ["kubernetes 0->1 2026-10-05 commit", "kubernetes 1->2 2026-11-15 log", "go 2->3 undated profile"])
        #expect(levels.changes[0].source.text.hasSuffix("(Kubernetes to 1)"))
        #expect(levels.changes[2].source.text == "profile.md, not committed yet")
        #expect(levels.level("kubernetes", on: Day(year: 2026, month: 10, day: 4)!, asOf: Self.asOf) == 0)
        #expect(levels.level("kubernetes", on: Day(year: 2026, month: 10, day: 5)!, asOf: Self.asOf) == 1)
        #expect(levels.level("go", on: Day(year: 2026, month: 11, day: 22)!, asOf: Self.asOf) == 2)
        #expect(levels.level("go", on: Self.asOf, asOf: Self.asOf) == 3)
    }

    @Test func theMonthIsHandComputed() throws {
        let fixture = try Self.makeRepository()
        defer { fixture.remove() }
        let plan = try fixture.plan()
        let analysis = Analysis.of(plan, asOf: Self.asOf)
        let progress = analysis.progress
        #expect(progress.period.label == "2026-11" && progress.countedThrough == Self.asOf)
        // 11-01 0.5 + 11-12 2 + 11-18 1 + 11-20 2 + 1.5; the 11-30 hour is after as_of.
        #expect(progress.logged == 7)
        // 5 h a week x 23 days / 7 = 16.4 h (rounded as shown); 7 / 16.4 = 42.7%.
        #expect(progress.capacity == 16.4 && progress.adherence == 43)
        #expect(progress.skills.map(\.skillID) == ["kubernetes", "go"] && progress.skills.map(\.hours) == [4, 1.5])
        #expect(progress.otherHours == 1.5)
        #expect(progress.levelChanges.map(\.skillID) == ["kubernetes"] && progress.undatedLevelChanges.map(\.skillID) == ["go"])
        #expect(progress.notes.contains { $0.hasPrefix("profile.md has level changes not committed yet (Go)") })
        // The deploy action has no done: date and no log tick: the commit that ticked it dates it.
        #expect(progress.actionsDone.map(\.title) == ["Deploy a service on the cluster"])
        #expect(progress.actionsDone.first?.date == Day(year: 2026, month: 11, day: 10)
                && progress.actionsDone.first?.source.hasSuffix("(Deploy done)") == true)

        let goal = try #require(progress.goals.first)
        #expect(goal.start?.day == Day(year: 2026, month: 9, day: 1) && goal.start?.basis.hasPrefix("first commit") == true)
        // Tagged 0.5 + 1, and Kubernetes (which the goal's role requires) 2 + 2; 5.5 / 16.4 = 33.5%.
        #expect(goal.hours == 5.5 && goal.capacity == 16.4 && goal.adherence == 34)
        // At the start Kubernetes 0 of 3 and Go 2 of 2: 3 levels; Kubernetes 2 now closes 2 of them.
        #expect(goal.levelsAtStart == 3 && goal.closedLevels == 2 && goal.closure == 67)
        // Kubernetes to 3 is 160 h in the taxonomy, less the 2 h logged after the change to 2
        // (from 11-16); the runbook is 4 h; the deploy action is done.
        let step = try #require(analysis.gaps.gap("kubernetes")?.steps.first)
        #expect(step.level == 3 && step.loggedHours == 2 && step.hours == 158 && step.loggedSince == Day(year: 2026, month: 11, day: 16))
        #expect(goal.remainingHours == 162)
        // 8 weeks from 09-29: 10-20 3 h + 5.5 h in November = 8.5 h; 8.5 / 8 = 1.0625 h a week.
        #expect(goal.recentHours == 8.5 && goal.velocity == 1.06)
        // ceil(162 / 1.0625 x 7) = ceil(1067.3) = 1068 days; 2027-06-30 is 219 days away, 10% of it 21.9.
        #expect(goal.projected == Self.asOf.adding(days: 1068) && goal.status == .behind)
        #expect(goal.reason.contains("+ 1,068 days (162 h left at 8.5 h in the 8 weeks to 2026-11-23 = 1.06 h a week)"))
    }

    @Test func sinceTheLastReviewCountsWhatCameAfterIt() throws {
        let fixture = try Self.makeRepository()
        defer { fixture.remove() }
        let review = try #require(Analysis.of(try fixture.plan(), asOf: Self.asOf).progress.sinceReview)
        #expect(review.day == Day(year: 2026, month: 10, day: 31) && review.cadence == "monthly")
        #expect(review.hours == 7)
        #expect(review.levelChanges.map(\.skillID) == ["kubernetes"] && review.actionsDone.count == 1)
        // Kubernetes was a P0 gap at 1 (required, held at 0-1) and is a P1 gap at 2: not more urgent.
        #expect(review.gapsClosed.isEmpty && review.priorities.isEmpty)
        let readiness = try #require(review.readiness.first)
        #expect(readiness.roleID == "cluster-engineer" && readiness.now > readiness.before)
    }

    @Test func withoutGitTheReportSaysWhatItCouldNotSee() throws {
        let fixture = try Self.makeRepository()
        defer { fixture.remove() }
        let progress = Analysis.of(try fixture.plan(history: false), asOf: Self.asOf).progress
        // Only the log's "level Kubernetes 2" is seen, taken as a step up from 1; the goal starts
        // at its first log entry (10-20), when Kubernetes was 1: 2 levels short, 1 closed.
        let goal = try #require(progress.goals.first)
        #expect(goal.start?.day == Day(year: 2026, month: 10, day: 20) && goal.levelsAtStart == 2 && goal.closedLevels == 1)
        #expect(progress.levelChanges.map { "\($0.from)->\($0.to)" } == ["1->2"])
        #expect(progress.actionsDone.isEmpty && progress.undatedActions.map(\.title) == ["Deploy a service on the cluster"])
        #expect(progress.notes.first?.contains("not read") == true)
    }

    @Test func aShallowCloneIsReadAndSaidToBeShallow() throws {
        let fixture = try Self.makeRepository()
        defer { fixture.remove() }
        try fixture.git("commit", "-q", "-am", "Go to 3", date: "2026-11-22T12:00:00+00:00")
        let clone = fixture.root.appendingPathComponent("clone")
        try fixture.git("clone", "-q", "--depth", "1", "file://\(fixture.root.path)", clone.path)
        let plan = try fixture.plan(at: clone)
        #expect(plan.history.status == .read(shallow: true))
        #expect(plan.history.profileRevisions.map(\.commit.subject) == ["Go to 3"])
        let notes = Analysis.of(plan, asOf: Self.asOf).progress.notes
        #expect(notes.contains { $0.contains("shallow") && $0.contains("2026-11-22") })
    }

    @Test func aFolderOutsideGitIsNotARepository() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cairn-nogit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(GitHistory.read(folder.path) == .notARepository)
    }

    @Test func catFileOutputIsSplitWithMissingObjectsKept() {
        let output = Array("abc blob 3\nhey\nxyz missing\ndef blob 0\n\n".utf8)
        let blobs = GitHistory.parseBatch(output, count: 3)
        #expect(blobs.count == 3 && blobs[0] == Array("hey".utf8) && blobs[1] == nil && blobs[2] == [])
    }
}
