import Foundation
import Testing

/// `cairn build` after an edit of the log alone: the pages that do not show the log (position,
/// market and plan in Markdown and HTML, the calendar) are kept as the last build wrote them when
/// the analysis is the same but for progress, and the reports are always those a build from
/// nothing writes.
@Suite struct LogEditBuildTests {
    static let kept = ["calendar.ics", "market.html", "market.md", "plan.html", "plan.md", "position.html", "position.md"]

    /// The bytes of every report in `folder`, by name.
    static func contents(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try BuildCommandTests.reports(in: folder) { files[name] = try Data(contentsOf: folder.appendingPathComponent(name)) }
        return files
    }

    /// Builds `plan` into its reports folder, and from nothing into a new folder; expects the same reports.
    static func buildAndCompare(_ plan: URL) throws -> CLI.Result {
        let result = try CLI.run(["build", plan.path])
        #expect(result.status == 0, "\(result.stderr)")
        let cold = try CLI.temporaryFolder()
        #expect(try CLI.run(["build", plan.path, "--out", cold.path]).status == 0)
        #expect(try contents(plan.appendingPathComponent("reports")) == contents(cold), "the same reports as a build from nothing")
        return result
    }

    static func append(_ text: String, to file: URL) throws {
        let handle = try FileHandle(forWritingTo: file)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
        try handle.close()
    }

    @Test func aLogNoteRendersOnlyTheProgressAndJSONPages() throws {
        let plan = try BuildCommandTests.copy("senior-to-staff")
        #expect(try CLI.run(["build", plan.path]).status == 0)
        try Self.append("- Talked to Sam about his design doc\n", to: plan.appendingPathComponent("log/2026-11.md"))
        let result = try Self.buildAndCompare(plan)
        let written = result.stdout.split(separator: "\n").filter { $0.hasPrefix("wrote ") }.map { $0.split(separator: "/").last! }.sorted()
        // The note counts as a log entry in the analysis's progress, which every JSON page holds.
        #expect(written == ["market.json", "plan.json", "position.json", "progress-2026-11.json", "progress-2026-Q4.json"])
        #expect(result.stdout.hasSuffix("16 reports as of 2026-11-23 in \(plan.path)/reports: 5 written, 11 unchanged "
                                        + "(7 not rendered again: what they show is unchanged)\n"))
    }

    @Test func aNewLogFileIsAnEditOfTheLogToo() throws {
        let plan = try BuildCommandTests.copy("engineer-to-manager")
        #expect(try CLI.run(["build", plan.path]).status == 0)
        try Data("# November, more\n\n## 2026-11-02\n- Read the team's last retro notes\n".utf8)
            .write(to: plan.appendingPathComponent("log/2026-11-more.md"))
        #expect(try Self.buildAndCompare(plan).stdout.contains("(7 not rendered again: what they show is unchanged)"))
    }

    @Test(arguments: ["- 30m Kubernetes: one more practice question +staff-engineer\n", "\n## 2026-11-22\n- level Kubernetes 3\n"])
    func anEntryThatChangesTheAnalysisRendersEveryPage(entry: String) throws {
        let plan = try BuildCommandTests.copy("senior-to-staff")
        #expect(try CLI.run(["build", plan.path]).status == 0)
        let page = try Data(contentsOf: plan.appendingPathComponent("reports/plan.md"))
        try Self.append(entry, to: plan.appendingPathComponent("log/2026-11.md"))
        let result = try Self.buildAndCompare(plan)
        #expect(!result.stdout.contains("not rendered again"))
        #expect(result.stdout.contains("wrote \(plan.path)/reports/plan.md\n"))
        #expect(try Data(contentsOf: plan.appendingPathComponent("reports/plan.md")) != page)
    }

    @Test func aKeptPageChangedByHandIsRenderedAgain() throws {
        let plan = try BuildCommandTests.copy("backend-to-platform")
        #expect(try CLI.run(["build", plan.path]).status == 0)
        let market = plan.appendingPathComponent("reports/market.html")
        try Self.append("<!-- mine -->\n", to: market)
        try Self.append("- Read about generics\n", to: plan.appendingPathComponent("log/2026-11.md"))
        let result = try Self.buildAndCompare(plan)
        #expect(result.stdout.contains("wrote \(market.path)\n"))
        #expect(result.stdout.contains("(6 not rendered again: what they show is unchanged)"))
    }

    @Test func anEditOutsideTheLogRendersEveryPage() throws {
        let plan = try BuildCommandTests.copy("senior-to-staff")
        #expect(try CLI.run(["build", plan.path]).status == 0)
        try Self.append("\n", to: plan.appendingPathComponent("profile.md"))
        try Self.append("- 30m Kubernetes: practice +staff-engineer\n", to: plan.appendingPathComponent("log/2026-11.md"))
        let result = try Self.buildAndCompare(plan)
        #expect(!result.stdout.contains("not rendered again"))
        let record = try String(contentsOf: plan.appendingPathComponent("reports/.cairn-build"), encoding: .utf8)
        #expect(record.split(separator: "\n").contains { $0.hasPrefix("pages ") && $0.count == 22 }, "the record keeps the pages' digest")
    }
}
