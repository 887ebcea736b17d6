import Foundation
import Testing

@Suite struct CheckCommandTests {
    @Test(arguments: ["senior-to-staff", "engineer-to-manager", "backend-to-platform"])
    func samplesPassStrictCheck(sample: String) throws {
        let result = try CLI.run(["check", "--strict", "samples/\(sample)"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.hasSuffix(" files read, 0 errors, 0 warnings\n"))
        #expect(Int(result.stdout.split(separator: " ").first ?? "") ?? 0 >= 30)
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
        #expect(strict.stdout.hasSuffix("1 file read, 1 error, 0 warnings\n"))
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
}
