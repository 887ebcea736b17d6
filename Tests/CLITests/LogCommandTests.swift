import Foundation
import Testing

/// `cairn log`: appends, never rewrites, and refuses entries with errors.
@Suite struct LogCommandTests {
    static func read(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }

    @Test func appendsUnderTheSameDateThenUnderANewHeading() throws {
        let plan = try BuildCommandTests.copy("senior-to-staff")
        let file = plan.appendingPathComponent("log/2026-11.md")
        let before = try Self.read(file)
        let first = try CLI.run(["log", "--plan", plan.path, "--date", "2026-11-23", "2h Kubernetes: finished module 3 +staff-engineer"])
        #expect(first.status == 0, "\(first.stderr)")
        let second = try CLI.run(["log", "--plan", plan.path, "--date", "2026-11-23", "--", "- 30m Go: reviewed a PR"])
        #expect(second.status == 0, "\(second.stderr)")
        let after = try Self.read(file)
        #expect(after == before + "\n## 2026-11-23\n- 2h Kubernetes: finished module 3 +staff-engineer\n- 30m Go: reviewed a PR\n")
        #expect(second.stdout.hasSuffix("log/2026-11.md:34: - 30m Go: reviewed a PR\n"))
        #expect(try CLI.run(["check", plan.path]).status == 0)
    }

    @Test func createsTheMonthsFileWhenItHasNone() throws {
        let plan = try BuildCommandTests.copy("senior-to-staff")
        let result = try CLI.run(["log", "--date", "2026-12-01", "level Kubernetes 2"], in: plan)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "created log/2026-12.md:4: - level Kubernetes 2\n")
        #expect(try Self.read(plan.appendingPathComponent("log/2026-12.md")) == "# December 2026\n\n## 2026-12-01\n- level Kubernetes 2\n")
    }

    @Test func refusesAnEntryWithAnErrorAndWritesNothing() throws {
        let plan = try BuildCommandTests.copy("senior-to-staff")
        let file = plan.appendingPathComponent("log/2026-11.md")
        let before = try Self.read(file)
        let result = try CLI.run(["log", "--plan", plan.path, "--date", "2026-11-24", "25h Go: a very long day"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("log/2026-11.md:33:3: error: '25h' is not a duration of at most a day [invalid-duration]"))
        #expect(result.stderr.contains("nothing was written"))
        #expect(try Self.read(file) == before)
        let goal = try CLI.run(["log", "--plan", plan.path, "--date", "2026-12-02", "1h Go: +no-such-goal"])
        #expect(goal.status == 1 && goal.stderr.contains("[unknown-goal]"))
        #expect(!FileManager.default.fileExists(atPath: plan.appendingPathComponent("log/2026-12.md").path))
    }

    @Test func neverWritesThroughALink() throws {
        let plan = try BuildCommandTests.copy("senior-to-staff")
        let outside = try CLI.temporaryFolder().appendingPathComponent("elsewhere.md")
        try "# mine\n".write(to: outside, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(at: plan.appendingPathComponent("log/2026-12.md"), withDestinationURL: outside)
        let result = try CLI.run(["log", "--plan", plan.path, "--date", "2026-12-01", "1h Go: practice"])
        #expect(result.status == 1 && result.stderr.contains("[log-write]"))
        #expect(try Self.read(outside) == "# mine\n")
    }
}
