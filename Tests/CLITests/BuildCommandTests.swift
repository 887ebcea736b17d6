import Foundation
import Testing

/// `cairn build`, run as a user would: files, bytes, modification times, refusals.
@Suite struct BuildCommandTests {
    static let reports = ["market.html", "market.json", "market.md", "plan.html", "plan.json", "plan.md",
                          "position.html", "position.json", "position.md",
                          "progress-2026-11.html", "progress-2026-11.json", "progress-2026-11.md",
                          "progress-2026-Q4.html", "progress-2026-Q4.json", "progress-2026-Q4.md"]
    /// What a build writes for the samples, whose cairn.yml lists every format.
    static let files = ["calendar.ics"] + reports

    /// A copy of a sample plan in a temporary folder.
    static func copy(_ sample: String) throws -> URL {
        let folder = try CLI.temporaryFolder().appendingPathComponent(sample)
        try FileManager.default.copyItem(at: CLI.root.appendingPathComponent("samples/\(sample)"), to: folder)
        try? FileManager.default.removeItem(at: folder.appendingPathComponent("reports"))
        return folder
    }

    /// The report files in an output folder, sorted; its build record (`.cairn-build`) must be there too.
    static func reports(in folder: URL) throws -> [String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(names.contains(".cairn-build"), "the build record is written beside the reports")
        #expect(names.contains(".cairn-read"), "and the files read")
        return names.filter { $0 != ".cairn-build" && $0 != ".cairn-read" }.sorted()
    }

    static func modificationDate(_ url: URL) throws -> Date {
        try #require(try FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date)
    }

    @Test func buildWritesEveryReportInEveryFormatMatchingTheGoldenFiles() throws {
        let plan = try Self.copy("senior-to-staff")
        let result = try CLI.run(["build", plan.path])
        #expect(result.status == 0, "\(result.stderr)")
        let out = plan.appendingPathComponent("reports")
        #expect(try Self.reports(in: out) == Self.files)
        #expect(result.stdout.hasSuffix("16 reports as of 2026-11-23 in \(plan.path)/reports: 16 written, 0 unchanged\n"))
        for name in Self.files {
            let golden = try Data(contentsOf: CLI.root.appendingPathComponent("samples/senior-to-staff/reports/\(name)"))
            #expect(try Data(contentsOf: out.appendingPathComponent(name)) == golden, "\(name) differs from the committed sample report")
        }
    }

    @Test func aSecondBuildChangesNothingAndKeepsModificationTimes() throws {
        let plan = try Self.copy("engineer-to-manager")
        #expect(try CLI.run(["build", plan.path]).status == 0)
        let out = plan.appendingPathComponent("reports")
        let before = try Self.files.map { try Self.modificationDate(out.appendingPathComponent($0)) }
        Thread.sleep(forTimeInterval: 1.1)
        let again = try CLI.run(["build", plan.path])
        #expect(again.status == 0)
        #expect(again.stdout == "16 reports as of 2026-11-23 in \(plan.path)/reports: 0 written, 16 unchanged\n")
        let after = try Self.files.map { try Self.modificationDate(out.appendingPathComponent($0)) }
        #expect(before == after)
        #expect(try Self.reports(in: out) == Self.files, "no temporary file is left")
    }

    @Test func onlyChangedReportsAreRewritten() throws {
        let plan = try Self.copy("backend-to-platform")
        #expect(try CLI.run(["build", plan.path, "--format", "md"]).status == 0)
        let result = try CLI.run(["build", plan.path, "--format", "md", "--as-of", "2026-12-01"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("wrote \(plan.path)/reports/position.md\n"))
        #expect(result.stdout.hasSuffix("5 reports as of 2026-12-01 in \(plan.path)/reports: 5 written, 0 unchanged\n"))
    }

    @Test func aReportChangedInAnyWayIsWrittenAgainInFull() throws {
        let plan = try Self.copy("senior-to-staff")
        let out = plan.appendingPathComponent("reports")
        #expect(try CLI.run(["build", plan.path]).status == 0)
        func golden(_ name: String) throws -> Data {
            try Data(contentsOf: CLI.root.appendingPathComponent("samples/senior-to-staff/reports/\(name)"))
        }
        // Longer, shorter, one byte changed in the middle, emptied: each compared and written again.
        try (golden("market.md") + Data("extra\n".utf8)).write(to: out.appendingPathComponent("market.md"))
        try golden("market.json").dropLast(100).write(to: out.appendingPathComponent("market.json"))
        var changed = try golden("plan.html")
        changed[changed.count / 2] ^= 1
        try changed.write(to: out.appendingPathComponent("plan.html"))
        try Data().write(to: out.appendingPathComponent("position.json"))
        // A report hard-linked from elsewhere: the new one takes its name, the link keeps what it held.
        let elsewhere = try CLI.temporaryFolder().appendingPathComponent("market.md")
        try FileManager.default.linkItem(at: out.appendingPathComponent("market.md"), to: elsewhere)
        let result = try CLI.run(["build", plan.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == ["position.json", "market.md", "market.json", "plan.html"].map { "wrote \(out.path)/\($0)\n" }.joined()
                + "16 reports as of 2026-11-23 in \(out.path): 4 written, 12 unchanged "
                + "(5 not rendered again: what they show is unchanged)\n", "the plan did not change: the pages left alone are kept")
        for name in Self.files {
            #expect(try Data(contentsOf: out.appendingPathComponent(name)) == golden(name), "\(name)")
        }
        #expect(try Data(contentsOf: elsewhere) == golden("market.md") + Data("extra\n".utf8))
        #expect(try Self.reports(in: out) == Self.files.sorted(), "the reports replaced leave nothing behind")
    }

    @Test func aReportThatCannotBeWrittenFailsTheBuildAndLeavesNoTemporaryFile() throws {
        let plan = try Self.copy("senior-to-staff")
        let out = plan.appendingPathComponent("reports")
        try FileManager.default.createDirectory(at: out.appendingPathComponent("plan.md/inside"), withIntermediateDirectories: true)
        let result = try CLI.run(["build", plan.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(out.path)/plan.md: error: ") && result.stderr.hasSuffix(" [build-write]\n"))
        let left = try FileManager.default.contentsOfDirectory(atPath: out.path)
        #expect(!left.contains { $0.hasPrefix(".") && $0 != ".cairn-build" }, "no temporary file is left: \(left)")
    }

    @Test func formatChoosesASubsetAndOutChoosesTheFolder() throws {
        let plan = try Self.copy("senior-to-staff")
        let out = try CLI.temporaryFolder().appendingPathComponent("site/reports")
        let result = try CLI.run(["build", plan.path, "--format", "html,json", "--out", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try Self.reports(in: out)
                == ["market.html", "market.json", "plan.html", "plan.json", "position.html", "position.json",
                    "progress-2026-11.html", "progress-2026-11.json", "progress-2026-Q4.html", "progress-2026-Q4.json"])
        #expect(!FileManager.default.fileExists(atPath: plan.appendingPathComponent("reports").path))
    }

    @Test func formatICSWritesTheCalendarAlone() throws {
        let plan = try Self.copy("senior-to-staff")
        let out = try CLI.temporaryFolder().appendingPathComponent("calendar")
        let result = try CLI.run(["build", plan.path, "--format", "ics", "--out", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "wrote \(out.path)/calendar.ics\n1 report as of 2026-11-23 in \(out.path): 1 written, 0 unchanged\n")
        #expect(try Self.reports(in: out) == ["calendar.ics"])
        let calendar = try Data(contentsOf: out.appendingPathComponent("calendar.ics"))
        let text = String(decoding: calendar, as: UTF8.self)
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        #expect(text.contains("\r\nUID:action.sharding-review@daniel-okafor.cairn\r\n"))
        #expect(text.contains("\r\nRRULE:FREQ=MONTHLY;BYDAY=1MO\r\n"))
        #expect(text.contains("\r\nDTSTAMP:20261123T000000Z\r\n"))
        let again = try CLI.run(["build", plan.path, "--format", "ics", "--out", out.path])
        #expect(again.stdout == "1 report as of 2026-11-23 in \(out.path): 0 written, 1 unchanged\n")
        let elsewhere = try CLI.temporaryFolder()
        #expect(try CLI.run(["build", plan.path, "--format", "ics", "--out", elsewhere.path], in: elsewhere).status == 0)
        #expect(try Data(contentsOf: elsewhere.appendingPathComponent("calendar.ics")) == calendar,
                "the same plan and as-of date give the same bytes from any folder")
    }

    @Test func anUnknownFormatIsAUsageError() throws {
        let result = try CLI.run(["build", "samples/senior-to-staff", "--format", "md,pdf"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("'pdf' is not one of them"))
    }

    @Test func refusesToRunWhenThePlanHasErrors() throws {
        let plan = try CLI.temporaryFolder()
        try "---\ntitle: Engineer\nskills:\n  Go: 7\n---\n".write(to: plan.appendingPathComponent("profile.md"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["build", plan.path])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("\(plan.path)/profile.md:4:7: error: the level of 'skills: Go' is 7, outside 0-3 [level-out-of-range]"))
        #expect(result.stderr.contains("no report was written"))
        #expect(!FileManager.default.fileExists(atPath: plan.appendingPathComponent("reports").path))
    }

    @Test(arguments: ["goals", "goals/reports", "jobs/../log/x", ".", ".git/reports", "templates"])
    func refusesAnOutputFolderAmongThePlansInputs(out: String) throws {
        let plan = try Self.copy("senior-to-staff")
        let before = try FileManager.default.subpathsOfDirectory(atPath: plan.path).sorted()
        let result = try CLI.run(["build", plan.path, "--out", plan.path + "/" + out])
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: will not write reports to"))
        #expect(try FileManager.default.subpathsOfDirectory(atPath: plan.path).sorted() == before, "nothing was written")
    }

    @Test func aLinkInTheOutputFolderIsReplacedNotWrittenThrough() throws {
        let plan = try Self.copy("senior-to-staff")
        let outside = try CLI.temporaryFolder().appendingPathComponent("victim.md")
        try "keep me\n".write(to: outside, atomically: true, encoding: .utf8)
        let out = plan.appendingPathComponent("reports")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: out.appendingPathComponent("position.md"), withDestinationURL: outside)
        #expect(try CLI.run(["build", plan.path, "--format", "md"]).status == 0)
        #expect(try String(contentsOf: outside, encoding: .utf8) == "keep me\n")
        let kind = try FileManager.default.attributesOfItem(atPath: out.appendingPathComponent("position.md").path)[.type] as? FileAttributeType
        #expect(kind == .typeRegular, "the link itself was replaced by the report")
    }

    @Test func aFIFOInTheOutputFolderIsReplacedNotWaitedOn() throws {
        let plan = try Self.copy("senior-to-staff")
        let out = plan.appendingPathComponent("reports")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        #expect(mkfifo(out.appendingPathComponent("position.md").path, 0o644) == 0)
        #expect(try CLI.run(["build", plan.path, "--format", "md"]).status == 0)
        let kind = try FileManager.default.attributesOfItem(atPath: out.appendingPathComponent("position.md").path)[.type] as? FileAttributeType
        #expect(kind == .typeRegular)
    }

    @Test func aPlansOwnTemplateReplacesTheBuiltInOne() throws {
        let plan = try Self.copy("senior-to-staff")
        let templates = plan.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try "Hello {{header.person}}\n".write(to: templates.appendingPathComponent("market.md.mustache"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["jobs", plan.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "Hello Daniel Okafor\n")
        try "{{> nothing.md}}\n".write(to: templates.appendingPathComponent("market.md.mustache"), atomically: true, encoding: .utf8)
        let broken = try CLI.run(["build", plan.path])
        #expect(broken.status == 1)
        #expect(broken.stderr.hasPrefix("\(plan.path)/templates/market.md.mustache:1:1: error: the template includes 'nothing.md', which is no template [template]"))
        #expect(!FileManager.default.fileExists(atPath: plan.appendingPathComponent("reports").path))
    }

    @Test func anUnchangedPlanIsNotReadAgainAndAnyChangeRebuilds() throws {
        let plan = try Self.copy("backend-to-platform")
        let out = plan.appendingPathComponent("reports")
        #expect(try CLI.run(["build", plan.path, "--format", "md"]).status == 0)
        let profile = plan.appendingPathComponent("profile.md")
        let original = try Data(contentsOf: profile)
        let record = try String(contentsOf: out.appendingPathComponent(".cairn-build"), encoding: .utf8)
        #expect(record.hasPrefix("cairn-build 2\nbinary ") && record.contains(" profile.md\n") && record.contains("\nout "))
        let again = try CLI.run(["build", plan.path, "--format", "md"])
        #expect(again.status == 0 && again.stdout == "5 reports as of 2026-11-23 in \(plan.path)/reports: 0 written, 5 unchanged\n")
        // An edited log file, a deleted report, another format: each is a build.
        try Data("\n## 2026-11-22\n- 2h Kubernetes: operators +platform-engineer\n".utf8).write(to: plan.appendingPathComponent("log/2026-11b.md"))
        let edited = try CLI.run(["build", plan.path, "--format", "md"])
        #expect(edited.status == 0 && edited.stdout.contains("wrote \(plan.path)/reports/progress-2026-11.md\n"))
        try FileManager.default.removeItem(at: out.appendingPathComponent("market.md"))
        let restored = try CLI.run(["build", plan.path, "--format", "md"])
        #expect(restored.stdout.contains("wrote \(plan.path)/reports/market.md\n") && restored.stdout.contains("1 written, 4 unchanged"))
        #expect(try CLI.run(["build", plan.path, "--format", "md,json"]).stdout.contains("5 written, 5 unchanged"))
        try Data("---\nname: [\n---\n".utf8).write(to: profile)
        #expect(try CLI.run(["build", plan.path, "--format", "md,json"]).status == 1, "a changed profile.md is read again")
        try original.write(to: profile)
    }

    @Test func everyEntryOfAFolderOfHundredsIsRecordedInNameOrder() throws {
        let plan = try Self.copy("backend-to-platform")
        let attachments = plan.appendingPathComponent("jobs/attachments")
        try FileManager.default.createDirectory(at: attachments, withIntermediateDirectories: true)
        let names = (1 ... 300).map { String(format: "note-%03d.txt", $0) }
        for name in names { try Data(name.utf8).write(to: attachments.appendingPathComponent(name)) }
        func recorded() throws -> [String] {
            let record = try String(contentsOf: plan.appendingPathComponent("reports/.cairn-build"), encoding: .utf8)
            return record.split(separator: "\n").filter { $0.hasPrefix("in ") && $0.contains(" jobs/attachments/") }.map(String.init)
        }
        func identity(_ name: String) -> String {
            var info = stat()
            guard stat(attachments.appendingPathComponent(name).path, &info) == 0 else { return "gone" }
            let modified = Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec)
            let changed = Int(info.st_ctim.tv_sec) * 1_000_000_000 + Int(info.st_ctim.tv_nsec)
            return "in \(info.st_size) \(modified) \(changed) \(info.st_ino) jobs/attachments/\(name)"
        }
        #expect(try CLI.run(["build", plan.path, "--format", "md"]).status == 0)
        #expect(try recorded() == names.map(identity))
        // One file late in the folder changed: the plan is not up to date, and the record says why.
        try Data("changed".utf8).write(to: attachments.appendingPathComponent(names[280]))
        #expect(try CLI.run(["build", plan.path, "--format", "md"]).status == 0)
        #expect(try recorded() == names.map(identity))
        #expect(try recorded()[280].hasPrefix("in 7 "))
    }

    @Test func aRecordOfAnotherBootIsNoRecord() throws {
        let plan = try Self.copy("backend-to-platform")
        let record = plan.appendingPathComponent("reports/.cairn-build")
        #expect(try CLI.run(["build", plan.path]).status == 0)
        let made = try String(contentsOf: record, encoding: .utf8)
        let boot = try #require(made.split(separator: "\n").first { $0.hasPrefix("boot ") })
        #expect(boot.count > 5)
        func restart() throws {
            let text = try String(contentsOf: record, encoding: .utf8)
            try Data(text.replacingOccurrences(of: "\n\(boot)\n", with: "\nboot another\n").utf8).write(to: record)
        }
        // Nothing changed but the boot: a build all the same, which writes the record of this boot.
        try restart()
        let again = try CLI.run(["build", plan.path])
        #expect(again.status == 0 && again.stdout.contains("0 written"))
        #expect(try String(contentsOf: record, encoding: .utf8) == made)
        // After a log entry, a record of this boot keeps the pages that do not show the log; of another, none.
        let log = plan.appendingPathComponent("log/2026-11b.md")
        try Data("\n## 2026-11-22\n- 2h Kubernetes: operators +platform-engineer\n".utf8).write(to: log)
        try restart()
        let edited = try CLI.run(["build", plan.path])
        #expect(edited.status == 0 && !edited.stdout.contains("not rendered again"))
        try Data("\n## 2026-11-22\n- 3h Kubernetes: operators +platform-engineer\n".utf8).write(to: log)
        #expect(try CLI.run(["build", plan.path]).stdout.contains("not rendered again"))
    }
}
