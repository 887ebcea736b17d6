import Foundation
import Testing
@testable import CairnKit

/// The three samples' reports (and the infeasible fixture plan's), compiled for their cairn.yml
/// `as_of` in the formats it lists, calendar.ics included, against the files committed in
/// <plan>/reports/. `CAIRN_RECORD=1 swift test --filter Golden` writes them anew, and that run fails on purpose so a re-record never passes unnoticed.
@Suite struct GoldenReportTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let recording = ProcessInfo.processInfo.environment["CAIRN_RECORD"] == "1"

    @Test(arguments: ["samples/senior-to-staff", "samples/engineer-to-manager", "samples/backend-to-platform",
                      "Tests/CairnKitTests/Fixtures/plans/infeasible"])
    func sampleReportsMatchTheCommittedFiles(sample: String) throws {
        let folder = Self.packageRoot.appendingPathComponent(sample)
        let input = PlanLoader(fileSystem: RootedFileSystem(directory: folder.path)).load(".")
        let (read, diagnostics) = PlanReader.read(input)
        #expect(diagnostics.errorCount == 0)
        let plan = try #require(read)
        let asOf = try #require(plan.settings.asOf, "the sample's cairn.yml sets as_of")
        let analysis = Analysis.of(plan, asOf: asOf)
        let formats = plan.settings.formats
        var files = try Reports.files(plan: plan, analysis: analysis, formats: formats)
        #expect(files.count == (ReportKind.built.count + Reports.progressPeriods(asOf: asOf).count) * formats.filter { $0 != .ics }.count)
        if formats.contains(.ics) {
            files.append(ReportFile(name: ICalendar.fileName, text: ICalendar.render(plan: plan, analysis: analysis)))
        }
        let reports = folder.appendingPathComponent(plan.settings.out)
        if Self.recording {
            try FileManager.default.createDirectory(at: reports, withIntermediateDirectories: true)
            for file in files {
                try Data(file.text.utf8).write(to: reports.appendingPathComponent(file.name), options: .atomic)
            }
            Issue.record("re-recorded \(sample)/\(plan.settings.out)/ (CAIRN_RECORD=1); review the diff and run again without CAIRN_RECORD")
            return
        }
        for file in files {
            let url = reports.appendingPathComponent(file.name)
            let committed = try? Data(contentsOf: url)
            #expect(committed == Data(file.text.utf8),
                    "\(sample)/\(plan.settings.out)/\(file.name) differs from what Cairn writes; if the change is intended, re-record with CAIRN_RECORD=1")
        }
    }

    @Test func theInfeasibleFixtureShowsTheHoursPerWeekItsGoalNeeds() throws {
        let folder = Self.packageRoot.appendingPathComponent("Tests/CairnKitTests/Fixtures/plans/infeasible").path
        let plan = try #require(PlanReader.read(PlanLoader(fileSystem: RootedFileSystem(directory: folder)).load(".")).plan)
        let analysis = Analysis.of(plan, asOf: plan.settings.asOf!)
        let goal = try #require(analysis.schedule.goals.first)
        // 3 h a week against a goal due 2027-06-30: 31.4 weeks from Monday 2026-11-23.
        #expect(goal.feasible == false && goal.weeksLeft == 31.4 && goal.share == 3)
        let needed = try #require(goal.neededHoursPerWeek)
        #expect(needed == Numbers.round(goal.remainingHours / 31.4, places: 1) && needed > 3)
        let page = try MarkdownRenderer().render(.plan, plan: plan, analysis: analysis)
        #expect(page.contains("**does not fit**") && page.contains("it needs \(Format.number(needed)) h a week = "))
    }

    @Test func compilingTwiceGivesTheSameBytes() throws {
        let folder = Self.packageRoot.appendingPathComponent("samples/senior-to-staff").path
        func compile() throws -> [ReportFile] {
            let plan = try #require(PlanReader.read(PlanLoader(fileSystem: RootedFileSystem(directory: folder)).load(".")).plan)
            return try Reports.files(plan: plan, analysis: Analysis.of(plan, asOf: plan.settings.asOf!), formats: [.md, .html, .json])
        }
        #expect(try compile() == compile())
    }
}

/// The local file system with "." standing for a plan folder, so file paths in the reports
/// are relative to the plan, as `cairn build` names them.
struct RootedFileSystem: FileSystem {
    let directory: String
    let base = LocalFileSystem()

    func list(_ path: String) throws(FileError) -> [String] { try base.list(path) }
    func kind(_ path: String) -> EntryKind? { base.kind(path) }
    func resolve(_ path: String) -> String? { base.resolve(path == "." ? directory : path) }
    func read(_ path: String) throws(FileError) -> [UInt8] { try base.read(path) }
}
