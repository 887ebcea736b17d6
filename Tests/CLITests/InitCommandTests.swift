import Foundation
import Testing

@Suite struct InitCommandTests {
    @Test func scaffoldPassesStrictCheck() throws {
        let plan = try CLI.temporaryFolder().appendingPathComponent("career")
        let created = try CLI.run(["init", plan.path, "--as-of", "2026-11-23"])
        #expect(created.status == 0, "\(created.stderr)")
        let files = ["cairn.yml", ".gitignore", "profile.md", "goals/staff-engineer.md", "goals/principal-engineer.md",
                     "jobs/example-staff-engineer.md", "resources/ddia.md", "log/2026-11.md"]
        for file in files {
            #expect(FileManager.default.fileExists(atPath: plan.appendingPathComponent(file).path), "\(file)")
        }
        let check = try CLI.run(["check", "--strict", "--as-of", "2026-11-23", plan.path])
        #expect(check.status == 0, "\(check.stdout)")
        // A new plan is a template to fill in: what it lacks is plan-quality advice, never a problem in its files.
        let warnings = check.stdout.split(separator: "\n").filter { $0.contains(": warning: ") }
        #expect(!warnings.isEmpty && warnings.allSatisfy { $0.hasSuffix("[plan-quality]") }, "\(warnings)")
        #expect(check.stdout.hasSuffix("7 files read, 0 errors, \(warnings.count) warnings\n"))
    }

    @Test func refusesToOverwriteAndWritesNothing() throws {
        let plan = try CLI.temporaryFolder()
        let mine = "---\ntitle: My own words\n---\n"
        try mine.write(to: plan.appendingPathComponent("profile.md"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["init", plan.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(plan.path)/profile.md: error: the file already exists"))
        #expect(try String(contentsOf: plan.appendingPathComponent("profile.md"), encoding: .utf8) == mine)
        #expect(try FileManager.default.contentsOfDirectory(atPath: plan.path) == ["profile.md"])
    }
}
