import Foundation
import Testing

/// `cairn progress`, run as a user would: the month by default, --period, refusals, a plan
/// with no log, and a plan kept in git whose history the report reads.
@Suite struct ProgressCommandTests {
    @Test func theMonthOfTheAsOfDateComesInTheReportsOrder() throws {
        let result = try CLI.run(["progress", "samples/senior-to-staff"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("# Progress: Daniel Okafor\n\n**November 2026 (2026-11-01 to 2026-11-30)**, as of 2026-11-23."))
        let headings = ["## Summary", "## Goals", "## Hours", "## Level changes", "## Actions done", "## Since the last review",
                        "## Burn-down", "## Skill levels over time", "## Focus for the next period", "## What this report could not see"]
        let found = headings.compactMap { result.stdout.range(of: "\n\($0)\n")?.lowerBound }
        #expect(found.count == headings.count && found == found.sorted())
        #expect(result.stdout.contains("| 2026-11-15 | Public Speaking | 0 → 1 (basic) | log/2026-11.md:22:1 |"))
        #expect(result.stdout.contains("Since the monthly review on 2026-10-31 (log/2026-10.md:38:1):"))
        #expect(result.stdout.contains("December 2026 (2026-12-01 to 2026-12-31):"))
    }

    @Test func aQuarterMatchesTheReportBuildWrites() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try CLI.run(["build", "samples/backend-to-platform", "--out", folder.path, "--format", "md"]).status == 0)
        let written = try String(contentsOf: folder.appendingPathComponent("progress-2026-Q4.md"), encoding: .utf8)
        let printed = try CLI.run(["progress", "samples/backend-to-platform", "--period", "2026-Q4"])
        #expect(printed.status == 0 && printed.stdout == written)
        #expect(written.contains("**2026-Q4, October to December 2026 (2026-10-01 to 2026-12-31)**"))
        #expect(written.contains("| Platform Engineer | **on track** |"))
    }

    @Test func aRangeAndAYearAreAccepted() throws {
        let range = try CLI.run(["progress", "samples/engineer-to-manager", "--period", "2026-09-01..2026-10-31"])
        #expect(range.status == 0 && range.stdout.contains("**2026-09-01 to 2026-10-31**, as of 2026-11-23."))
        // The next range is as long (61 days) and starts the day after.
        #expect(range.stdout.contains("\n2026-11-01 to 2026-12-31: "))
        let past = try CLI.run(["progress", "samples/engineer-to-manager", "--period", "2026-08"])
        // September is over by the as-of date: the focus is the month holding it.
        #expect(past.status == 0 && past.stdout.contains("\nNovember 2026 (2026-11-01 to 2026-11-30): "))
        let year = try CLI.run(["progress", "samples/engineer-to-manager", "--period", "2026", "--format", "json"])
        #expect(year.status == 0, "\(year.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(year.stdout.utf8)) as? [String: Any])
        let progress = try #require((object["analysis"] as? [String: Any])?["progress"] as? [String: Any])
        #expect(object["report"] as? String == "progress")
        #expect((progress["period"] as? [String: Any])?["label"] as? String == "2026")
        #expect(progress["counted_through"] as? String == "2026-11-23")
    }

    @Test func aBadOrFuturePeriodIsAUsageError() throws {
        let bad = try CLI.run(["progress", "samples/senior-to-staff", "--period", "2026-Q5"])
        #expect(bad.status == 64 && bad.stderr.contains("--period takes 2026-11, 2026-Q4, 2026 or 2026-09-01..2026-11-30, not '2026-Q5'"))
        let future = try CLI.run(["progress", "samples/senior-to-staff", "--period", "2027-01"])
        #expect(future.status == 64 && future.stderr.contains("starts after the as-of date 2026-11-23"))
    }

    @Test func aPlanWithNoLogSaysHowToStartOne() throws {
        let plan = try BuildCommandTests.copy("senior-to-staff")
        defer { try? FileManager.default.removeItem(at: plan.deletingLastPathComponent()) }
        try FileManager.default.removeItem(at: plan.appendingPathComponent("log"))
        let result = try CLI.run(["progress", plan.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("**Hours:** 0 h logged of a capacity of 32.9 h"))
        #expect(result.stdout.contains("| Staff Software Engineer | **not started** |"))
        #expect(result.stdout.contains("There is no log yet: write dated entries in log/, or run `cairn log"))
        #expect(result.stdout.contains("No review entry before 2026-11-23"))
    }

    @Test func aPlanInGitIsDatedByItsCommits() throws {
        let plan = try BuildCommandTests.copy("senior-to-staff")
        defer { try? FileManager.default.removeItem(at: plan.deletingLastPathComponent()) }
        let settings = plan.appendingPathComponent("cairn.yml")
        let text = try String(contentsOf: settings, encoding: .utf8).replacingOccurrences(of: "history: off", with: "history: git")
        try Data(text.utf8).write(to: settings)
        try Self.git(["init", "-q"], in: plan)
        try Self.git(["add", "-A"], in: plan)
        try Self.git(["commit", "-q", "-m", "My plan"], in: plan, date: "2026-10-01T09:00:00+02:00")
        let profile = plan.appendingPathComponent("profile.md")
        let raised = try String(contentsOf: profile, encoding: .utf8).replacingOccurrences(of: "Kubernetes: basic", with: "Kubernetes: proficient")
        try Data(raised.utf8).write(to: profile)
        // 18:30 in Seattle is already the 20th in UTC: the day is the author's own.
        try Self.git(["commit", "-q", "-am", "Kubernetes to 2"], in: plan, date: "2026-11-19T18:30:00-08:00")
        let result = try CLI.run(["progress", plan.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Git history read: 2 commits of profile.md and 2 commits of goal files."))
        #expect(result.stdout.contains("| 2026-11-19 | Kubernetes | 1 → 2 (proficient) | commit "))
        #expect(result.stdout.contains("(Kubernetes to 2) |"))
    }

    static func git(_ arguments: [String], in folder: URL, date: String? = nil) throws {
        var environment = ["GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "t@example.com", "GIT_COMMITTER_NAME": "Test",
                           "GIT_COMMITTER_EMAIL": "t@example.com", "GIT_CONFIG_NOSYSTEM": "1", "HOME": folder.path]
        if let date {
            environment["GIT_AUTHOR_DATE"] = date
            environment["GIT_COMMITTER_DATE"] = date
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = folder
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CocoaError(.executableLoad) }
    }
}
