import Foundation
import Testing
@testable import CairnKit
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Hostile and unusual plan folders: each must end in a clear diagnostic (or a
/// plan), never a crash or a hang. The cases whose input cannot be committed as
/// text (binary, Latin-1, 10 MB, links, FIFOs, unreadable files) are the
/// generated half of the diagnostic catalogue (DiagnosticCatalogueTests.generatedCases).
///
/// Each test writes a plan into a fresh temporary folder and loads it as
/// "plan", so paths read "plan/profile.md" as in the catalogue fixtures.
@Suite struct HostileInputTests {
    static let profile = "---\nname: Ada Lovelace\ntitle: Senior Engineer\n---\n"

    // MARK: - Generated catalogue cases (files and bytes)

    @Test func emptyFile() throws {
        let plan = try ScratchPlan()
        try plan.write("profile.md", Self.profile)
        try plan.write("goals/empty.md", "")
        try plan.write("goals/blank.md", "  \n\n\t\n")
        let outcome = plan.read()
        #expect(outcome.plan != nil)
        do {
            #expect(outcome.codes == ["empty-file", "empty-file"])
            #expect(outcome.diagnostics.map(\.location.description) == ["plan/goals/blank.md:1:1", "plan/goals/empty.md:1:1"])
        }
    }

    @Test func tooManyProblems() throws {
        // 150 unknown keys: the first 100 are reported, then one note counts the other 50.
        let keys = (0..<150).map { "unknown_\($0): 1" }.joined(separator: "\n")
        let outcome = try ScratchPlan.reading(profile: "---\n\(keys)\n---\n")
        #expect(outcome.codes.filter { $0 == "unknown-key" }.count == 100)
        #expect(outcome.codes.filter { $0 == "too-many-problems" } == ["too-many-problems"])
        #expect(outcome.diagnostics.contains { $0.message == "50 more problems in this file are not shown" })
    }

    @Test func emptyProfile() throws {
        let plan = try ScratchPlan()
        try plan.write("profile.md", "")
        let outcome = plan.read()
        #expect(outcome.plan == nil)
        do {
            #expect(outcome.codes == ["empty-file"])
            #expect(outcome.diagnostics.first?.location.description == "plan/profile.md:1:1")
        }
    }

    @Test func binaryFile() throws {
        let plan = try ScratchPlan()
        try plan.write("profile.md", Self.profile)
        try plan.write("goals/notes.md", bytes: Array("---\ntarget: staff-engineer\n---\nab".utf8) + [0] + Array("c\n".utf8))
        let outcome = plan.read()
        #expect(outcome.plan != nil)
        #expect(outcome.text == """
            plan/goals/notes.md:4:3: error: the file is binary (it has a NUL byte), not text [binary-file]
              hint: plan files are Markdown or YAML text; move this file out of the plan folder

            """)
    }

    @Test func notUTF8() throws {
        let plan = try ScratchPlan()
        try plan.write("profile.md", Self.profile)
        // "Meet at the café" in Latin-1: é is the lone byte E9.
        try plan.write("goals/cafe.md", bytes: Array("---\ntarget: staff-engineer\n---\nMeet at the caf".utf8) + [0xE9] + [0x0A])
        let outcome = plan.read()
        #expect(outcome.plan != nil)
        #expect(outcome.text == """
            plan/goals/cafe.md:4:16: error: the file is not valid UTF-8 [not-utf8]
              hint: save it as UTF-8 (for example `iconv -f latin1 -t utf-8`)

            """)
    }

    @Test func fileTooLarge() throws {
        let plan = try ScratchPlan()
        try plan.write("profile.md", Self.profile)
        try plan.write("log/2026.md", bytes: [UInt8](repeating: UInt8(ascii: "a"), count: 10 << 20))
        let outcome = plan.read()
        #expect(outcome.plan != nil)
        #expect(outcome.text == """
            plan/log/2026.md:1:1: error: the file is 10240 KiB; plan files may be at most 1024 KiB [file-too-large]
              hint: split it, for example one log file per month

            """)
    }

    @Test func fileOfExactlyTheLimitIsRead() throws {
        let plan = try ScratchPlan()
        let header = "## 2026-11-03\n- 1h Go: reviewed the scheduler\n"
        let padding = String(repeating: "x", count: PlanLoader.maximumFileSize - header.utf8.count - 1) + "\n"
        try plan.write("profile.md", Self.profile)
        try plan.write("log/2026.md", header + padding)
        try plan.write("log/2027.md", header + padding + "y")
        let outcome = plan.read()
        #expect(outcome.codes == ["file-too-large"])
        #expect(outcome.diagnostics.first?.location.path == "plan/log/2027.md")
        #expect(outcome.plan?.log.count == 1)
    }

    @Test func unreadableFile() throws {
        let plan = try ScratchPlan()
        try plan.write("profile.md", Self.profile)
        try plan.write("goals/secret.md", "---\ntarget: staff-engineer\n---\n")
        try plan.write("log/2026-11.md", "## 2026-11-03\n- 1h Go: reviewed\n")
        // Tests run as root, so chmod cannot make a file unreadable: a file system that refuses does.
        let refusing = RefusingFileSystem(base: plan.base, unreadable: ["/plan/goals/secret.md"], unlistable: ["/plan/log"])
        let outcome = plan.read(fileSystem: refusing)
        #expect(outcome.plan != nil)
        #expect(outcome.text == """
            plan/goals/secret.md:1:1: error: the file cannot be read: Permission denied [unreadable-file]
              hint: check its permissions (chmod u+r)
            plan/log:1:1: error: the folder cannot be read: Permission denied [unreadable-file]
              hint: check its permissions

            """)
    }

    @Test func notAFile() throws {
        let plan = try ScratchPlan()
        try plan.write("profile.md", Self.profile)
        try FileManager.default.createDirectory(atPath: plan.path("goals"), withIntermediateDirectories: true)
        // A FIFO: opening it for reading would block forever if it were read.
        #expect(mkfifo(plan.path("goals/x.md"), 0o644) == 0)
        let outcome = plan.read()
        #expect(outcome.plan != nil)
        #expect(outcome.plan?.goals.isEmpty == true)
        #expect(outcome.text == """
            plan/goals/x.md:1:1: warning: 'x.md' is not a regular file and is skipped [not-a-file]
              hint: plan files must be ordinary files

            """)
    }

    @Test func symlinkSkipped() throws {
        let plan = try ScratchPlan()
        let files = FileManager.default
        try plan.write("profile.md", Self.profile)
        try plan.write("notes/real-goal.md", "---\ntarget: staff-engineer\n---\n")
        try files.createDirectory(atPath: plan.path("goals"), withIntermediateDirectories: true)
        try Data("---\ntarget: staff-engineer\n---\n".utf8).write(to: URL(fileURLWithPath: plan.base + "/outside.md"))
        // Two links that loop, one that leaves the plan folder, a folder link back to
        // its own folder, and one link that stays inside (followed).
        try files.createSymbolicLink(atPath: plan.path("goals/loop-a.md"), withDestinationPath: "loop-b.md")
        try files.createSymbolicLink(atPath: plan.path("goals/loop-b.md"), withDestinationPath: "loop-a.md")
        try files.createSymbolicLink(atPath: plan.path("goals/outside.md"), withDestinationPath: "../../outside.md")
        try files.createSymbolicLink(atPath: plan.path("goals/again"), withDestinationPath: ".")
        try files.createSymbolicLink(atPath: plan.path("goals/inside.md"), withDestinationPath: "../notes/real-goal.md")
        let outcome = plan.read()
        #expect(outcome.plan?.goals.map(\.id) == ["inside"])
        #expect(outcome.text == """
            plan/goals/loop-a.md:1:1: warning: the link 'goals/loop-a.md' loops or points nowhere; it is not followed [symlink-skipped]
              hint: replace the link with the file itself
            plan/goals/loop-b.md:1:1: warning: the link 'goals/loop-b.md' loops or points nowhere; it is not followed [symlink-skipped]
              hint: replace the link with the file itself
            plan/goals/outside.md:1:1: warning: the link 'goals/outside.md' points outside the plan folder; it is not followed [symlink-skipped]
              hint: copy the file into the plan folder

            """)
    }

    /// A profile.md that exists but cannot be used should be reported once, for
    /// what is wrong with it, not also as "the plan has no profile.md".
    @Test(arguments: ["binary", "latin-1", "link-outside"])
    func unusableProfileIsNotAlsoMissing(_ kind: String) throws {
        let plan = try ScratchPlan()
        switch kind {
        case "binary": try plan.write("profile.md", bytes: Array(Self.profile.utf8) + [0])
        case "latin-1": try plan.write("profile.md", bytes: Array(Self.profile.utf8) + [0xE9])
        default:
            try Data(Self.profile.utf8).write(to: URL(fileURLWithPath: plan.base + "/profile.md"))
            try FileManager.default.createSymbolicLink(atPath: plan.path("profile.md"), withDestinationPath: "../profile.md")
        }
        let outcome = plan.read()
        #expect(outcome.plan == nil)
        #expect(outcome.codes.contains { ["binary-file", "not-utf8", "symlink-skipped"].contains($0) }, "\(outcome.text)")
        do {
            #expect(!outcome.codes.contains("missing-profile"), "\(outcome.text)")
        }
    }

    // MARK: - Encodings and line endings

    @Test func byteOrderMarkIsAccepted() throws {
        let plan = try ScratchPlan()
        try plan.write("profile.md", bytes: [0xEF, 0xBB, 0xBF] + Array("---\nname: Ada\nremote: sometimes\n---\n".utf8))
        let outcome = plan.read()
        #expect(outcome.plan?.profile.name == "Ada")
        #expect(outcome.codes == ["invalid-value"])
        #expect(outcome.diagnostics.first?.location.description == "plan/profile.md:3:9")
    }

    @Test(arguments: [("CRLF", "\r\n"), ("lone CR", "\r"), ("LF", "\n"), ("BOM and CRLF", "\u{FEFF}\r\n")])
    func lineEndingsKeepLineNumbers(_ name: String, _ ending: String) throws {
        let plan = try ScratchPlan()
        let newline = ending.hasPrefix("\u{FEFF}") ? String(ending.dropFirst()) : ending
        let bom = ending.hasPrefix("\u{FEFF}") ? "\u{FEFF}" : ""
        let profile = bom + ["---", "name: Ada", "remote: sometimes", "---", "", "## Strengths", "Distributed systems", ""]
            .joined(separator: newline)
        let goal = ["---", "target: staff-engineer", "---", "", "## Actions", "- [ ] Ship it due:2026-02-30", "- [ ] Write it up #writting", ""]
            .joined(separator: newline)
        try plan.write("profile.md", profile)
        try plan.write("goals/staff-engineer.md", goal)
        let outcome = plan.read()
        let plan0 = try #require(outcome.plan, "\(name): no plan")
        #expect(plan0.profile.name == "Ada")
        #expect(plan0.profile.sections.map(\.title) == ["Strengths"])
        #expect(plan0.profile.sections.first?.location.line == 6)
        #expect(plan0.profile.sections.first?.markdown == "Distributed systems")
        #expect(plan0.actions.map(\.title) == ["Ship it", "Write it up"])
        #expect(plan0.actions.map(\.location.line) == [6, 7])
        #expect(outcome.diagnostics.map(\.location.description) == [
            "plan/goals/staff-engineer.md:6:15", "plan/goals/staff-engineer.md:7:19", "plan/profile.md:3:9",
        ])
        #expect(outcome.codes == ["invalid-date", "unknown-skill", "invalid-value"])
        #expect(outcome.diagnostics.map { $0.sourceLine ?? "" } == [
            "- [ ] Ship it due:2026-02-30", "- [ ] Write it up #writting", "remote: sometimes",
        ])
        #expect(!outcome.text.contains("\r"))
    }

    // MARK: - Missing and broken front-matter

    @Test func noProfile() throws {
        let plan = try ScratchPlan()
        try plan.write("goals/staff-engineer.md", "---\ntarget: staff-engineer\n---\n")
        let outcome = plan.read()
        #expect(outcome.plan == nil)
        #expect(outcome.text == """
            plan/profile.md:1:1: error: the plan has no profile.md [missing-profile]
              hint: create it with `cairn init`, or run Cairn on the plan folder that holds profile.md

            """)
    }

    @Test func noPlanFolderAtAll() {
        let outcome = PlanReader.read(PlanLoader().load("/nonexistent/cairn-plan-\(UUID().uuidString)"))
        #expect(outcome.plan == nil)
        #expect(outcome.diagnostics.sorted.map(\.code) == [.missingProfile])
    }

    @Test func noFrontMatter() throws {
        let outcome = try ScratchPlan.reading(profile: "# Ada Lovelace\n\nname: Ada\n")
        #expect(outcome.plan == nil)
        do {
            expectOnly(outcome, .missingFrontMatter, at: "plan/profile.md:1:1")
        }
    }

    @Test func unterminatedFrontMatter() throws {
        let outcome = try ScratchPlan.reading(profile: "---\nname: Ada\ntitle: Senior Engineer\n\n## Strengths\n")
        #expect(outcome.plan == nil)
        do {
            expectOnly(outcome, .unterminatedFrontMatter, at: "plan/profile.md:1:1")
        }
    }

    @Test func invalidYAML() throws {
        let outcome = try ScratchPlan.reading(profile: "---\nname: Ada\ntitle: Staff: Platform\n---\n")
        #expect(outcome.plan == nil)
        do {
            expectOnly(outcome, .yamlSyntax, at: "plan/profile.md:3:13")
            #expect(outcome.diagnostics.first?.hint?.contains("must be quoted") == true)
        }
    }

    @Test func invalidYAMLInSettings() throws {
        let plan = try ScratchPlan()
        try plan.write("profile.md", Self.profile)
        try plan.write("cairn.yml", "currency: USD\n  out: reports\n")
        let outcome = plan.read()
        #expect(outcome.plan != nil)
        #expect(outcome.codes == ["yaml-syntax"])
        #expect(outcome.diagnostics.first?.location.path == "plan/cairn.yml")
    }

    @Test func frontMatterThatIsNotAMap() throws {
        let outcome = try ScratchPlan.reading(profile: "---\n- name: Ada\n---\n")
        #expect(outcome.plan == nil)
        do {
            expectOnly(outcome, .wrongType, at: "plan/profile.md:2:1")
        }
    }

    // MARK: - YAML outside Cairn's subset

    /// Billion laughs: nine levels of nine aliases would expand to 9^9 strings.
    static let aliasBomb = """
        a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
        b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
        c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
        d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
        e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
        f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
        g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
        h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
        i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
        """

    @Test func aliasBombInProfile() throws {
        #expect((300...500).contains(Self.aliasBomb.utf8.count))
        let outcome = try ScratchPlan.reading(profile: "---\n\(Self.aliasBomb)\n---\n")
        #expect(outcome.plan == nil)
        do {
            expectOnly(outcome, .yamlAnchor, at: "plan/profile.md:2:4")
        }
    }

    @Test func aliasBombInSettings() throws {
        let plan = try ScratchPlan()
        try plan.write("profile.md", Self.profile)
        try plan.write("cairn.yml", Self.aliasBomb + "\n")
        let outcome = plan.read()
        #expect(outcome.plan != nil)
        expectOnly(outcome, .yamlAnchor, at: "plan/cairn.yml:1:4")
    }

    @Test func anchorAlone() throws {
        let outcome = try ScratchPlan.reading(profile: "---\nname: &who Ada\ntitle: Senior Engineer\n---\n")
        do {
            expectOnly(outcome, .yamlAnchor, at: "plan/profile.md:2:7")
            #expect(outcome.diagnostics.first?.message.contains("&who") == true)
        }
    }

    @Test(arguments: ["? *a\n: x", "*a : x", "{*a : x}"])
    func aliasAsMappingKey(_ yaml: String) throws {
        let outcome = try ScratchPlan.reading(profile: "---\nname: Ada\n\(yaml)\n---\n")
        do {
            #expect(outcome.codes == ["yaml-anchor"])
            #expect(outcome.diagnostics.first?.location.line == 3)
        }
    }

    @Test(arguments: [("experience: !!int 5", 13), ("name: !custom x", 7), ("skills: !!map {Go: 2}", 9)])
    func tags(_ line: String, _ column: Int) throws {
        let outcome = try ScratchPlan.reading(profile: "---\ntitle: Senior Engineer\n\(line)\n---\n")
        do {
            expectOnly(outcome, .yamlTag, at: "plan/profile.md:3:\(column)")
        }
    }

    @Test func tagAfterTheDocumentMarkerOfSettings() throws {
        let plan = try ScratchPlan()
        try plan.write("profile.md", Self.profile)
        try plan.write("cairn.yml", "--- !custom\nas_of: 2026-01-01\n")
        expectOnly(plan.read(), .yamlTag, at: "plan/cairn.yml:1:5")
    }

    @Test func duplicateKeys() throws {
        let outcome = try ScratchPlan.reading(profile: """
            ---
            name: Ada
            title: Senior Engineer
            title: Staff Engineer
            ---

            """)
        do {
            #expect(outcome.codes == ["duplicate-key"])
            // The second occurrence, with the first named in the hint.
            #expect(outcome.diagnostics.first?.location.description == "plan/profile.md:4:1")
            #expect(outcome.diagnostics.first?.hint?.contains("line 3") == true)
        }
    }

    @Test func duplicateKeysInSkillsFile() throws {
        let plan = try ScratchPlan()
        try plan.write("profile.md", Self.profile)
        try plan.write("skills.yml", "- name: Rocketry\n  category: science\n  aliases: [rockets]\n  category: engineering\n")
        let outcome = plan.read()
        expectOnly(outcome, .duplicateKey, at: "plan/skills.yml:4:3")
        #expect(outcome.diagnostics.first?.hint == "keep one 'category'; the first is on line 2")
    }

    @Test func duplicateKeysInAFlowMap() throws {
        let plan = try ScratchPlan()
        try plan.write("profile.md", Self.profile)
        try plan.write("cairn.yml", "weights: {readiness: {technical: 40, technical: 60}}\n")
        let outcome = plan.read()
        #expect(outcome.codes == ["duplicate-key"])
        do {
            #expect(outcome.diagnostics.first?.location.description == "plan/cairn.yml:1:38")
        }
    }

    @Test func wrongTypes() throws {
        let outcome = try ScratchPlan.reading(profile: "---\nname: Ada\nexperience: [1, 2]\nindustries: {a: b}\nskills: [Go]\n---\n")
        #expect(outcome.plan != nil)
        #expect(outcome.plan?.profile.experience == nil)
        #expect(outcome.codes == ["wrong-type", "wrong-type", "wrong-type"])
        #expect(outcome.diagnostics.map(\.location.line) == [3, 4, 5])
    }

    @Test func yaml11ScalarsStayText() throws {
        let plan = try ScratchPlan()
        try plan.write("profile.md", "---\nname: NO\ntitle: 1.10\nlocation: on\ndomain: 0x1F\n---\n")
        try plan.write("jobs/acme.md", "---\ntitle: Staff Engineer\ncompany: 01234\nlocation: ~\nurl: 1e3\n---\n")
        let outcome = plan.read()
        let result = try #require(outcome.plan)
        #expect(outcome.codes == [])
        #expect(result.profile.name == "NO")
        #expect(result.profile.title == "1.10")
        #expect(result.profile.city == "on")
        #expect(result.profile.domain == "0x1F")
        #expect(result.postings.first?.company == "01234")
        #expect(result.postings.first?.city == nil)
        #expect(result.postings.first?.url == "1e3")
    }

    // MARK: - Values

    @Test func impossibleDate() throws {
        let outcome = try ScratchPlan.reading(profile: "---\nname: Ada\nin_role_since: 2026-02-30\n---\n")
        #expect(outcome.plan?.profile.inRoleSince == nil)
        expectOnly(outcome, .invalidDate, at: "plan/profile.md:3:16")
        #expect(outcome.diagnostics.first?.message == "'2026-02-30' in 'in_role_since' is not a date in the calendar")
    }

    @Test func levelOutOfRange() throws {
        let outcome = try ScratchPlan.reading(profile: "---\nname: Ada\nskills:\n  Go: 4\n  Kubernetes: -1\n---\n")
        #expect(outcome.codes == ["level-out-of-range", "level-out-of-range"])
        #expect(outcome.diagnostics.map(\.location.description) == ["plan/profile.md:4:7", "plan/profile.md:5:15"])
    }

    @Test func duplicateActionIDs() throws {
        let plan = try ScratchPlan()
        try plan.write("profile.md", Self.profile)
        try plan.write("goals/a.md", "---\ntarget: staff-engineer\n---\n\n- [ ] Lead the migration id:lead\n")
        try plan.write("goals/b.md", "---\ntarget: engineering-manager\n---\n\n- [ ] Lead the hiring id:lead\n")
        let outcome = plan.read()
        expectOnly(outcome, .duplicateID, at: "plan/goals/b.md:5:1")
        #expect(outcome.diagnostics.first?.message == "the action id 'lead' is already used in plan/goals/a.md:5")
    }

    // MARK: - References, with "did you mean"

    @Test func unknownRoleSuggestsTheClosest() throws {
        let plan = try ScratchPlan()
        try plan.write("profile.md", Self.profile)
        try plan.write("goals/next.md", "---\ntarget: staf-engineer\n---\n")
        try plan.write("goals/other.md", "---\ntarget: staff-engineer\nalternatives: [enginering-manager]\n---\n")
        let outcome = plan.read()
        #expect(outcome.codes == ["unknown-role", "unknown-role"])
        #expect(outcome.diagnostics.map(\.location.description) == ["plan/goals/next.md:2:9", "plan/goals/other.md:3:16"])
        #expect(outcome.diagnostics.map(\.hint) == [
            "did you mean 'staff-engineer'? Otherwise define it in roles/.",
            "did you mean 'engineering-manager'? Otherwise define it in roles/.",
        ])
    }

    @Test func unknownSkillSuggestsTheClosest() throws {
        let outcome = try ScratchPlan.reading(profile: "---\nname: Ada\nskills:\n  Kubernets: 2\n  pyhton: 1\n---\n")
        #expect(outcome.codes == ["unknown-skill", "unknown-skill"])
        #expect(outcome.diagnostics.map(\.hint) == [
            "did you mean 'Kubernetes'? Otherwise add it to skills.yml.",
            "did you mean 'Python'? Otherwise add it to skills.yml.",
        ])
        #expect(outcome.plan?.adHocSkills == ["kubernets", "pyhton"])
    }

    @Test func unknownGoalSuggestsTheClosest() throws {
        let plan = try ScratchPlan()
        try plan.write("profile.md", Self.profile)
        try plan.write("goals/staff-engineer.md", "---\ntarget: staff-engineer\n---\n")
        try plan.write("log/2026-11.md", "## 2026-11-03\n- 2h Go: reviewed the scheduler +staff-engneer\n")
        let outcome = plan.read()
        expectOnly(outcome, .unknownGoal, at: "plan/log/2026-11.md:2:1")
        #expect(outcome.diagnostics.first?.hint == "did you mean 'staff-engineer'?")
    }

    @Test func unknownActionSuggestsTheClosest() throws {
        let plan = try ScratchPlan()
        try plan.write("profile.md", Self.profile)
        try plan.write("goals/staff-engineer.md", """
            ---
            target: staff-engineer
            ---

            - [ ] Write the design doc id:design
            - [ ] Present it after:desgin

            """)
        try plan.write("log/2026-11.md", "## 2026-11-03\n- [x] desing\n")
        let outcome = plan.read()
        #expect(outcome.codes == ["unknown-action", "unknown-action"])
        #expect(outcome.diagnostics.map(\.location.description) == ["plan/goals/staff-engineer.md:6:1", "plan/log/2026-11.md:2:1"])
        #expect(outcome.diagnostics.map(\.hint) == [
            "did you mean 'design'? Give the action it waits for an id:desgin.",
            "did you mean 'design'?",
        ])
    }

    // MARK: - Nesting deep enough to exhaust a recursive parser

    @Test func deeplyNestedFlowYAML() throws {
        let deep = String(repeating: "[", count: 10_000) + "x" + String(repeating: "]", count: 10_000)
        let outcome = try ScratchPlan.reading(profile: "---\nname: Ada\na: \(deep)\n---\n")
        do {
            expectOnly(outcome, .yamlTooDeep, at: "plan/profile.md:3:35")
        }
    }

    @Test func deeplyNestedBlockSequenceYAML() throws {
        let deep = String(repeating: "- ", count: 10_000) + "x"
        let outcome = try ScratchPlan.reading(profile: "---\n\(deep)\n---\n")
        do {
            expectOnly(outcome, .yamlTooDeep, at: "plan/profile.md:2:65")  // the 33rd "-"
        }
    }

    @Test func deeplyNestedYAMLInSettings() throws {
        let plan = try ScratchPlan()
        try plan.write("profile.md", Self.profile)
        try plan.write("cairn.yml", "formats: " + String(repeating: "{a: ", count: 10_000) + "x" + String(repeating: "}", count: 10_000) + "\n")
        let outcome = plan.read()
        #expect(outcome.plan != nil)
        #expect(outcome.codes == ["yaml-too-deep"])
    }

    /// Complex keys (`? `) nest without indentation; libyaml's own limit (1000) stops them.
    @Test func deeplyNestedComplexKeys() throws {
        let plan = try ScratchPlan()
        try plan.write("profile.md", Self.profile)
        try plan.write("cairn.yml", String(repeating: "? ", count: 10_000) + "x\n")
        let outcome = plan.read()
        #expect(outcome.plan != nil)
        #expect(outcome.codes.count == 1)
        #expect(outcome.codes.allSatisfy { $0 == "yaml-too-deep" || $0 == "yaml-syntax" })
    }

    @Test func deeplyNestedQuotes() throws {
        let deep = String(repeating: "> ", count: 100_000) + "deep"
        let outcome = try ScratchPlan.reading(profile: Self.profile + "\n" + deep + "\n")
        do {
            #expect(outcome.codes == ["markdown-too-deep"])
            #expect(outcome.diagnostics.first?.location.line == 6)
        }
    }

    @Test func deeplyIndentedLists() throws {
        let lines = (0..<200).map { String(repeating: "  ", count: $0) + "- a" }
        let outcome = try ScratchPlan.reading(profile: Self.profile + "\n" + lines.joined(separator: "\n") + "\n")
        do {
            #expect(outcome.codes == ["markdown-too-deep"])
            // Line 6 holds depth 1: depth 33 is on line 38.
            #expect(outcome.diagnostics.first?.location.line == 38)
        }
    }

    @Test func deeplyNestedActionsInAGoal() throws {
        let lines = (0..<200).map { String(repeating: "  ", count: $0) + "- [ ] step \($0)" }
        let plan = try ScratchPlan()
        try plan.write("profile.md", Self.profile)
        try plan.write("goals/deep.md", "---\ntarget: staff-engineer\n---\n" + lines.joined(separator: "\n") + "\n")
        let outcome = plan.read()
        #expect(outcome.plan != nil)
        do {
            #expect(outcome.codes == ["markdown-too-deep"])
        }
    }

    /// Nesting that is not deep: indentation alone (a blank line of spaces, a
    /// code block) and 20 spaced quote markers are well inside the limit of 32.
    @Test(arguments: [
        ("spaces-only line", "Text\n" + String(repeating: " ", count: 70) + "\nMore\n"),
        ("indented code", "```\n" + String(repeating: " ", count: 66) + "x\n```\n"),
        ("22 spaced quotes", String(repeating: "> ", count: 22) + "x\n"),
    ])
    func shallowMarkdownIsNotTooDeep(_ name: String, _ body: String) throws {
        let outcome = try ScratchPlan.reading(profile: Self.profile + "\n" + body)
        do {
            #expect(outcome.codes == [], "\(name): \(outcome.text)")
            #expect(outcome.plan != nil, "\(name)")
        }
    }

    // MARK: - libcmark's pathological inputs (about 1 MB each; timed by scripts/pathological)

    static let pathologicalMarkdown: [String] = [
        "nested emphasis", "unclosed emphasis", "brackets", "angle link destinations", "link closers",
        "unclosed links", "backticks", "nested links", "html comments", "entities",
    ]

    static func pathological(_ name: String) -> String {
        let size = 1_000_000
        func repeated(_ unit: String) -> String { String(repeating: unit, count: size / unit.utf8.count) }
        switch name {
        case "nested emphasis":
            let n = size / 14
            return String(repeating: "*a **a ", count: n) + "b" + String(repeating: " a** a*", count: n)
        case "unclosed emphasis": return repeated("*a **a ")
        case "brackets": return String(repeating: "[", count: size / 2) + String(repeating: "]", count: size / 2)
        case "angle link destinations": return repeated("[a](<b")
        case "link closers": return repeated("a]")
        case "unclosed links": return repeated("[a](b")
        case "backticks": return (1...1_400).map { "e" + String(repeating: "`", count: $0) }.joined()
        case "nested links": return String(repeating: "[", count: size / 5) + "a" + String(repeating: "](b)", count: size / 5)
        case "html comments": return repeated("<!-- ")
        default: return repeated("&#x")
        }
    }

    @Test(arguments: pathologicalMarkdown)
    func pathologicalMarkdownFinishes(_ name: String) throws {
        let body = Self.pathological(name)
        let text = Self.profile + "\n## Notes\n" + body + "\n"
        #expect(text.utf8.count <= PlanLoader.maximumFileSize, "\(name) is \(text.utf8.count) bytes")
        #expect(text.utf8.count >= 900_000, "\(name) is only \(text.utf8.count) bytes")
        let outcome = try ScratchPlan.reading(profile: text)
        #expect(outcome.plan != nil, "\(name): \(outcome.text.prefix(500))")
        #expect(outcome.plan?.profile.name == "Ada Lovelace")
        #expect(outcome.plan?.profile.sections.map(\.title) == ["Notes"])
    }

    @Test(arguments: pathologicalMarkdown)
    func pathologicalMarkdownInAGoalFinishes(_ name: String) throws {
        let plan = try ScratchPlan()
        try plan.write("profile.md", Self.profile)
        try plan.write("goals/staff-engineer.md", "---\ntarget: staff-engineer\n---\n- [ ] x " + Self.pathological(name) + "\n")
        let outcome = plan.read()
        #expect(outcome.plan?.goals.count == 1, "\(name): \(outcome.text.prefix(500))")
    }
}

// MARK: - Helpers

/// What reading a plan gave: the plan, its sorted diagnostics and their text.
struct HostileOutcome {
    var plan: Plan?
    var diagnostics: [Diagnostic]
    var codes: [String] { diagnostics.map(\.code.rawValue) }
    var text: String { diagnostics.map { DiagnosticFormatter.text($0, color: false) }.joined() }
}

/// Expects exactly one diagnostic, with this code at this `path:line:column`.
func expectOnly(_ outcome: HostileOutcome, _ code: DiagnosticCode, at location: String,
                sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    #expect(outcome.codes == [code.rawValue], "\(outcome.text)", sourceLocation: sourceLocation)
    #expect(outcome.diagnostics.first?.location.description == location, sourceLocation: sourceLocation)
}

/// A plan folder "plan" in a fresh temporary directory, removed afterwards.
final class ScratchPlan {
    /// The temporary directory that holds the plan folder (and files "outside" it).
    let base: String

    init() throws {
        base = FileManager.default.temporaryDirectory.appendingPathComponent("cairn-hostile-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: base + "/plan", withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: base) }

    /// A plan with only this profile.md, read.
    static func reading(profile: String) throws -> HostileOutcome {
        let plan = try ScratchPlan()
        try plan.write("profile.md", profile)
        return plan.read()
    }

    func path(_ relative: String) -> String { base + "/plan/" + relative }

    func write(_ relative: String, _ text: String) throws { try write(relative, bytes: Array(text.utf8)) }

    func write(_ relative: String, bytes: [UInt8]) throws {
        let url = URL(fileURLWithPath: path(relative))
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    func read(fileSystem: (any FileSystem)? = nil) -> HostileOutcome {
        let input = PlanLoader(fileSystem: fileSystem ?? FixtureFileSystem(base: base)).load("plan")
        let (plan, diagnostics) = PlanReader.read(input)
        return HostileOutcome(plan: plan, diagnostics: diagnostics.sorted)
    }
}

/// The local file system below `base`, refusing to read some files and list some folders
/// (paths given relative to `base`, starting with "/").
struct RefusingFileSystem: FileSystem {
    let base: String
    let unreadable: Set<String>
    let unlistable: Set<String>
    private var local: FixtureFileSystem { FixtureFileSystem(base: base) }

    init(base: String, unreadable: Set<String>, unlistable: Set<String> = []) {
        self.base = base
        self.unreadable = unreadable
        self.unlistable = unlistable
    }

    private func refused(_ path: String, _ set: Set<String>) -> Bool {
        let real = local.resolve(path) ?? path
        let resolvedBase = local.resolve(base) ?? base
        return set.contains { real == resolvedBase + $0 }
    }

    func list(_ directory: String) throws(FileError) -> [String] {
        if refused(directory, unlistable) { throw FileError("Permission denied") }
        return try local.list(directory)
    }
    func kind(_ path: String) -> EntryKind? { local.kind(path) }
    func resolve(_ path: String) -> String? { local.resolve(path) }
    func read(_ path: String) throws(FileError) -> [UInt8] {
        if refused(path, unreadable) { throw FileError("Permission denied") }
        return try local.read(path)
    }
}
