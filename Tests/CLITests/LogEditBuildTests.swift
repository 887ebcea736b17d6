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

    /// The build record names each file after its size, times and inode, space-separated: a log
    /// file whose name has spaces of its own is still known as a log file, so the pages that do not
    /// show the log are kept (a name cut at the wrong space renders them all again). A posting's
    /// name with spaces is there too; misread, it would only be read again, which no output shows.
    @Test func fileNamesWithSpacesAreReadFromTheRecord() throws {
        let plan = try BuildCommandTests.copy("senior-to-staff")
        let files = FileManager.default
        let log = plan.appendingPathComponent("log/november 2026 notes.md")
        try files.moveItem(at: plan.appendingPathComponent("log/2026-11.md"), to: log)
        try files.moveItem(at: plan.appendingPathComponent("jobs/corvid-principal-engineer.md"),
                           to: plan.appendingPathComponent("jobs/corvid principal engineer.md"))
        #expect(try CLI.run(["build", plan.path]).status == 0)
        try Self.append("- Talked to Sam about his design doc\n", to: log)
        let result = try Self.buildAndCompare(plan)
        #expect(result.stdout.hasSuffix("(7 not rendered again: what they show is unchanged)\n"), "\(result.stdout)")
    }

    /// Runs git in `folder` with a fixed author, ignoring the machine's configuration.
    static func git(_ arguments: String..., in folder: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        for name in ["AUTHOR", "COMMITTER"] {
            environment["GIT_\(name)_NAME"] = "Cairn Test"
            environment["GIT_\(name)_EMAIL"] = "test@example.com"
        }
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        environment["HOME"] = folder.path
        process.environment = environment
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "git \(arguments.joined(separator: " "))")
    }

    @Test func aLogEntryCommittedKeepsThePagesToo() throws {
        // The git history is read (the default), and the commit changes: the pages kept do not show it.
        let plan = try BuildCommandTests.copy("senior-to-staff")
        let settings = plan.appendingPathComponent("cairn.yml")
        try String(contentsOf: settings, encoding: .utf8).replacingOccurrences(of: "history: off\n", with: "")
            .write(to: settings, atomically: true, encoding: .utf8)
        try Self.git("init", "-q", "-b", "main", in: plan)
        try Self.git("add", "-A", in: plan)
        try Self.git("commit", "-q", "-m", "plan", in: plan)
        #expect(try CLI.run(["build", plan.path]).status == 0)
        let record = plan.appendingPathComponent("reports/.cairn-build")
        let before = try String(contentsOf: record, encoding: .utf8).split(separator: "\n").first { $0.hasPrefix("commit ") }
        #expect(before != nil && before != "commit -", "the build read the history")
        try Self.append("- Talked to Sam about his design doc\n", to: plan.appendingPathComponent("log/2026-11.md"))
        try Self.git("commit", "-q", "-am", "log", in: plan)
        #expect(try Self.buildAndCompare(plan).stdout.contains("(7 not rendered again: what they show is unchanged)"))
        #expect(try String(contentsOf: record, encoding: .utf8).split(separator: "\n").first { $0.hasPrefix("commit ") } != before)
    }

    @Test func aTemplateReachedThroughTheLogFolderIsAnInputOfItsPages() throws {
        // templates/ links to a folder inside log/: its files are recorded as templates, not log.
        let plan = try BuildCommandTests.copy("backend-to-platform")
        let folder = plan.appendingPathComponent("log/templates")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: plan.appendingPathComponent("templates"), withDestinationURL: folder)
        let template = folder.appendingPathComponent("market.md.mustache")
        try "# Market, my way\n".write(to: template, atomically: true, encoding: .utf8)
        #expect(try CLI.run(["build", plan.path]).status == 0)
        try "# Market, my other way\n".write(to: template, atomically: true, encoding: .utf8)
        let result = try Self.buildAndCompare(plan)
        #expect(result.stdout.contains("wrote \(plan.path)/reports/market.md\n"))
        #expect(try String(contentsOf: plan.appendingPathComponent("reports/market.md"), encoding: .utf8) == "# Market, my other way\n")
    }

    @Test func aNewLogFileIsAnEditOfTheLogToo() throws {
        let plan = try BuildCommandTests.copy("engineer-to-manager")
        #expect(try CLI.run(["build", plan.path]).status == 0)
        try Data("# November, more\n\n## 2026-11-02\n- Read the team's last retro notes\n".utf8)
            .write(to: plan.appendingPathComponent("log/2026-11-more.md"))
        #expect(try Self.buildAndCompare(plan).stdout.contains("(7 not rendered again: what they show is unchanged)"))
    }

    /// Logged hours move the skill map (position) and the schedule (plan, calendar); a level the
    /// schedule. The market's matches stay as they were: its pages, the largest, are kept.
    @Test(arguments: [("- 30m Kubernetes: one more practice question +staff-engineer\n", 2),
                      ("\n## 2026-11-22\n- level Kubernetes 3\n", 4)])
    func anEntryThatChangesTheAnalysisRendersThePagesThatShowIt(entry: String, kept: Int) throws {
        let plan = try BuildCommandTests.copy("senior-to-staff")
        #expect(try CLI.run(["build", plan.path]).status == 0)
        let page = try Data(contentsOf: plan.appendingPathComponent("reports/plan.md"))
        try Self.append(entry, to: plan.appendingPathComponent("log/2026-11.md"))
        let result = try Self.buildAndCompare(plan)
        #expect(result.stdout.contains("(\(kept) not rendered again: what they show is unchanged)"))
        #expect(result.stdout.contains("wrote \(plan.path)/reports/plan.md\n"))
        #expect(try Data(contentsOf: plan.appendingPathComponent("reports/plan.md")) != page)
        #expect(!result.stdout.contains("/reports/market.md\n") && !result.stdout.contains("/reports/market.html\n"))
    }

    /// The record's remembered burn-down days: "day DATE KEY HOURS...", by date.
    static func rememberedDays(_ plan: URL) throws -> [String: String] {
        let record = try String(contentsOf: plan.appendingPathComponent("reports/.cairn-build"), encoding: .utf8)
        var days: [String: String] = [:]
        for line in record.split(separator: "\n") where line.hasPrefix("day ") {
            let words = line.split(separator: " ")
            days[String(words[1])] = String(words[2])
        }
        return days
    }

    /// Hours logged on a past day change the burn-down days after it, whose keys change; the
    /// days before it keep theirs. (That a day is taken under its key is `RememberedDaysTests`'s
    /// to show.)
    @Test func hoursLoggedInThePastMoveTheBurnDownsAfterThem() throws {
        let plan = try BuildCommandTests.copy("senior-to-staff")
        #expect(try CLI.run(["build", plan.path]).status == 0)
        let before = try Self.rememberedDays(plan)
        #expect(before.keys.sorted() == ["2026-10-01", "2026-10-05", "2026-10-12", "2026-10-19", "2026-10-26", "2026-11-01",
                                         "2026-11-02", "2026-11-09", "2026-11-16"])
        let quarter = try Data(contentsOf: plan.appendingPathComponent("reports/progress-2026-Q4.json"))
        let log = plan.appendingPathComponent("log/2026-10.md")
        let text = try String(contentsOf: log, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "## 2026-10-08\n", with: "## 2026-10-08\n- 20h Mentoring: a mentoring course +staff-engineer\n").utf8)
            .write(to: log)
        _ = try Self.buildAndCompare(plan)
        #expect(try Data(contentsOf: plan.appendingPathComponent("reports/progress-2026-Q4.json")) != quarter)
        let after = try Self.rememberedDays(plan)
        #expect(after.keys.sorted() == before.keys.sorted())
        for (day, key) in before { #expect((after[day] == key) == (day < "2026-10-08"), "\(day)") }
    }

    /// A record's day whose hours no build writes ("nan") is computed again, not taken.
    @Test func rememberedHoursThatAreNoHoursAreLeftAside() throws {
        let plan = try BuildCommandTests.copy("senior-to-staff")
        #expect(try CLI.run(["build", plan.path]).status == 0)
        let record = plan.appendingPathComponent("reports/.cairn-build")
        let lines = try String(contentsOf: record, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let spoilt = lines.map { line in
            guard line.hasPrefix("day ") else { return String(line) }
            return line.split(separator: " ").enumerated().map { $0.offset >= 3 ? "nan" : String($0.element) }.joined(separator: " ")
        }
        #expect(spoilt != lines.map(String.init))
        try Data(spoilt.joined(separator: "\n").utf8).write(to: record)
        try Self.append("- Talked to Sam about his design doc\n", to: plan.appendingPathComponent("log/2026-11.md"))
        _ = try Self.buildAndCompare(plan)
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

    @Test func aReportMissingAtTheLastBuildIsWrittenAgain() throws {
        // Deleted as the last build ended: its record says "missing", as the folder does now.
        let plan = try BuildCommandTests.copy("senior-to-staff")
        #expect(try CLI.run(["build", plan.path]).status == 0)
        let reports = plan.appendingPathComponent("reports")
        try FileManager.default.removeItem(at: reports.appendingPathComponent("market.md"))
        let record = reports.appendingPathComponent(".cairn-build")
        let lines = try String(contentsOf: record, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix("out ") && $0.hasSuffix(" market.md") ? "out missing market.md" : String($0) }
        try lines.joined(separator: "\n").write(to: record, atomically: true, encoding: .utf8)
        try Self.append("- Talked to Sam about his design doc\n", to: plan.appendingPathComponent("log/2026-11.md"))
        let result = try Self.buildAndCompare(plan)
        #expect(result.stdout.contains("wrote \(reports.path)/market.md\n"))
    }

    @Test func anEditOutsideTheLogRendersEveryPage() throws {
        let plan = try BuildCommandTests.copy("senior-to-staff")
        #expect(try CLI.run(["build", plan.path]).status == 0)
        try Self.append("\n", to: plan.appendingPathComponent("profile.md"))
        try Self.append("- Talked to Sam about his design doc\n", to: plan.appendingPathComponent("log/2026-11.md"))
        let result = try Self.buildAndCompare(plan)
        #expect(!result.stdout.contains("not rendered again"))
        let record = try String(contentsOf: plan.appendingPathComponent("reports/.cairn-build"), encoding: .utf8)
        let pages = record.split(separator: "\n").filter { $0.hasPrefix("pages ") }.map { $0.split(separator: " ").dropLast().joined(separator: " ") }
        #expect(pages == ["pages calendar", "pages market", "pages plan", "pages position"], "the record keeps each page's digest")
    }
}
