import Foundation
import Testing

@Suite struct CheckCommandTests {
    @Test(arguments: ["senior-to-staff", "engineer-to-manager", "backend-to-platform"])
    func samplesPassStrictCheck(sample: String) throws {
        let result = try CLI.run(["check", "--strict", "samples/\(sample)"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains(" files read, 0 errors, "))
        // What is left is plan-quality advice, which --strict leaves a warning (the samples fail some checks on purpose).
        let warnings = result.stdout.split(separator: "\n").filter { $0.contains(": warning: ") }
        #expect(warnings.allSatisfy { $0.hasSuffix("[plan-quality]") }, "\(warnings)")
        let summary = result.stdout.split(separator: "\n").last.map(String.init) ?? ""
        #expect(summary.hasSuffix(" 0 errors, \(warnings.count) warnings"))
        #expect(Int(summary.split(separator: " ").first ?? "") ?? 0 >= 30)
    }

    @Test func errorsPrintClickableLocationsCaretAndHintAndExitOne() throws {
        let plan = try CLI.temporaryFolder()
        try "---\ntitle: Senior Software Engineer\nskills:\n  Kubernetis: 4\n---\n".write(to: plan.appendingPathComponent("profile.md"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["check", plan.path])
        #expect(result.status == 1)
        #expect(result.stdout == """
            \(plan.path)/profile.md:4:3: warning: unknown skill 'Kubernetis' [unknown-skill]
                Kubernetis: 4
                ^
              hint: did you mean 'Kubernetes'? Otherwise add it to skills.yml.
            \(plan.path)/profile.md:4:15: error: the level of 'skills: Kubernetis' is 4, outside 0-3 [level-out-of-range]
                Kubernetis: 4
                            ^
              hint: levels are 0 none, 1 basic, 2 proficient, 3 expert
            1 file read, 1 error, 1 warning

            """)
    }

    @Test func strictTurnsWarningsIntoErrors() throws {
        let plan = try CLI.temporaryFolder()
        try "---\ntitle: Engineer\ncolour: blue\n---\n".write(to: plan.appendingPathComponent("profile.md"), atomically: true, encoding: .utf8)
        let lenient = try CLI.run(["check", plan.path])
        #expect(lenient.status == 0)
        #expect(lenient.stdout.contains("warning: unknown key 'colour'"))
        let strict = try CLI.run(["check", "--strict", plan.path])
        #expect(strict.status == 1)
        #expect(strict.stdout.contains("error: unknown key 'colour'"))
        #expect(strict.stdout.contains("1 file read, 1 error, "))
        #expect(strict.stdout.components(separatedBy: ": error: ").count == 2, "only the unknown key is an error")
    }

    @Test func jsonFormatCarriesTheSameDiagnostics() throws {
        let plan = try CLI.temporaryFolder()
        let result = try CLI.run(["check", "--format", "json", plan.path])
        #expect(result.status == 1)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(object?["errors"] as? Int == 1)
        let first = (object?["diagnostics"] as? [[String: Any]])?.first
        #expect(first?["code"] as? String == "missing-profile")
        #expect(first?["path"] as? String == "\(plan.path)/profile.md")
        #expect(first?["line"] as? Int == 1)
    }

    @Test func usageErrorsExitSixtyFour() throws {
        #expect(try CLI.run(["check", "--as-of", "2026-13-01", "samples/senior-to-staff"]).status == 64)
        #expect(try CLI.run(["check", "--format", "xml"]).status == 64)
        #expect(try CLI.run(["frobnicate"]).status == 64)
    }

    @Test func helpDescribesEveryCommandAndFlag() throws {
        let help = try CLI.run(["--help"])
        #expect(help.status == 0)
        for text in ["check", "init", "Exit codes"] { #expect(help.stdout.contains(text), "\(text)") }
        let check = try CLI.run(["help", "check"])
        for text in ["--strict", "--format", "--as-of", "<directory>"] { #expect(check.stdout.contains(text), "\(text)") }
        let initHelp = try CLI.run(["init", "--help"])
        #expect(initHelp.stdout.contains("never") || initHelp.stdout.contains("Refuses"))
    }

    /// A plan of one profile without goals, budget, log, cairn.yml or checklist: it reads without
    /// errors, so check analyses it and gives one plan-quality warning per failed check.
    static func adviceOnlyPlan() throws -> URL {
        let plan = try CLI.temporaryFolder()
        try "---\ntitle: Senior Software Engineer\ntime:\n  hours_per_week: 5\n---\n"
            .write(to: plan.appendingPathComponent("profile.md"), atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(at: plan.appendingPathComponent("log"), withIntermediateDirectories: true)
        try "## 2026-11-20\n- 1h Go: practice\n".write(to: plan.appendingPathComponent("log/2026-11.md"), atomically: true, encoding: .utf8)
        return plan
    }

    @Test func planQualityWarningsPointAtTheFileToChange() throws {
        let plan = try Self.adviceOnlyPlan()
        let result = try CLI.run(["check", "--as-of", "2026-11-23", plan.path])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("""
            \(plan.path)/profile.md:1:1: warning: no review cadence is set (check review-cadence) [plan-quality]
              ---
              ^
              hint: create \(plan.path)/cairn.yml with the line `review: [monthly, quarterly]`

            """))
        #expect(result.stdout.contains("""
            \(plan.path)/profile.md:3:1: warning: no yearly learning budget is set (check budget-set) [plan-quality]
              time:
              ^
              hint: add `budget:` (per year, in time.currency; 0 is a budget too) under `time:` in \(plan.path)/profile.md

            """))
        // active-goal, long-term-goal, budget-set, review-cadence, strengths, values and the five checklist items.
        let warnings = result.stdout.split(separator: "\n").filter { $0.hasSuffix("[plan-quality]") }
        #expect(warnings.count == 11, "\(warnings)")
        #expect(result.stdout.hasSuffix("2 files read, 0 errors, 11 warnings\n"))
        #expect(!result.stdout.contains("(check recent-log)"), "the entry of 2026-11-20 is within 30 days")
    }

    @Test func planQualityFollowsAsOf() throws {
        let plan = try Self.adviceOnlyPlan()
        let later = try CLI.run(["check", "--as-of", "2026-12-21", plan.path])
        #expect(later.stdout.contains("warning: no log entry between 2026-11-21 and 2026-12-21 (the last is on 2026-11-20) (check recent-log) [plan-quality]"))
        #expect(later.stdout.contains("\(plan.path)/log/2026-11.md:2:1: warning: no log entry"))
    }

    @Test func strictLeavesPlanQualityWarningsWarnings() throws {
        let plan = try Self.adviceOnlyPlan()
        let strict = try CLI.run(["check", "--strict", "--as-of", "2026-11-23", plan.path])
        #expect(strict.status == 0, "\(strict.stdout)")
        #expect(strict.stdout.hasSuffix("2 files read, 0 errors, 11 warnings\n"))
        let json = try CLI.run(["check", "--strict", "--format", "json", "--as-of", "2026-11-23", plan.path])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(object?["errors"] as? Int == 0 && object?["warnings"] as? Int == 11)
        let first = (object?["diagnostics"] as? [[String: Any]])?.first
        #expect(first?["code"] as? String == "plan-quality" && first?["severity"] as? String == "warning")
        #expect((first?["hint"] as? String)?.isEmpty == false)
    }
}
