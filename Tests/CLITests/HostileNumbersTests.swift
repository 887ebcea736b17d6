import Foundation
import Testing

/// Numbers and names no plan holds, each written into a copy of the sample, must give a
/// diagnostic or a report, never a trap: each of these crashed `cairn` (found by a hunt for
/// crashes on hostile input).
@Suite struct HostileNumbersTests {
    /// A copy of samples/senior-to-staff with `edit` made to its file at `path`.
    static func sample(editing path: String, _ edit: (String) -> String) throws -> URL {
        let plan = try BuildCommandTests.copy("senior-to-staff")
        let file = plan.appendingPathComponent(path)
        let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        try Data(edit(text).utf8).write(to: file)
        return plan
    }

    static func replacing(_ old: String, with new: String) -> (String) -> String {
        { text in
            precondition(text.contains(old), "the sample no longer holds '\(old)'")
            return text.replacingOccurrences(of: old, with: new)
        }
    }

    static let big = "10000000000000000000"

    static let refused: [(path: String, old: String, new: String, message: String)] = [
        ("profile.md", "target: 240000", "target: \(big)", "'target' is \(big), but it must be at most 1000000000000"),
        ("profile.md", "budget: 2000", "budget: \(big)", "'budget' is \(big), but it must be at most 1000000000000"),
        ("profile.md", "hours_per_week: 10", "hours_per_week: 0.0000000000000000001",
         "'hours_per_week' is 0.0000000000000000001, but a number other than 0 must be at least 0.001"),
        ("resources/ckad.md", "hours: 40", "hours: \(big)", "'hours' is \(big), but it must be between 0.5 and 100000"),
        ("jobs/brambleworks-staff-engineer.md", "experience: 8", "experience: inf", "'inf' is not a number of years"),
        ("goals/staff-engineer.md", "id:ddia", "id:staff-engineer:1", "staff-engineer.md:34:124: error: the action id 'staff-engineer:1' holds a ':'"),
    ]

    @Test(arguments: refused.indices)
    func aNumberOrIdNoPlanHoldsIsAnErrorNotACrash(case index: Int) throws {
        let (path, old, new, message) = Self.refused[index]
        let plan = try Self.sample(editing: path, Self.replacing(old, with: new))
        for command in [["check", plan.path], ["build", plan.path, "--out", plan.appendingPathComponent("out").path]] {
            let result = try CLI.run(command)
            let printed = result.stdout + result.stderr
            #expect(result.status == 1, "\(command[0]) on \(new): exit \(result.status)\n\(printed)")
            #expect(printed.contains("\(path):") && printed.contains(message), "\(printed)")
        }
    }

    /// A goal dated in 9999 with weekly actions of the longest estimate, and a minute logged: its
    /// hours left at that pace would pass the calendar. The projection gave an integer too large
    /// and trapped; counting the actions' weeks one by one took minutes with a thousand of them.
    @Test func workThatWouldTakeMillenniaIsReportedAsSuch() throws {
        let actions = (1...300).map { "- [ ] Weekly thing \($0) every:week #mentoring ~35791394h" }.joined(separator: "\n")
        let plan = try Self.sample(editing: "goals/staff-engineer.md") { text in
            text.replacingOccurrences(of: "by: 2028-09-30", with: "by: 9999-12-31")
                .replacingOccurrences(of: "## Actions\n", with: "## Actions\n\n\(actions)\n")
        }
        let log = plan.appendingPathComponent("log/2026-11.md")
        let text = try String(contentsOf: log, encoding: .utf8)
        try Data((text + "\n## 2026-11-22\n- 1m #mentoring +staff-engineer\n").utf8).write(to: log)
        let result = try CLI.run(["progress", plan.path])
        #expect(result.status == 0, "exit \(result.status)\n\(result.stderr)")
        #expect(result.stdout.contains("would take more than 10,000 years"), "\(result.stdout)")
    }
}
