import Foundation
import Testing

/// `cairn build` keeps the posting and log files it read in `.cairn-read` beside the build
/// record, and takes from it those whose text is the same: the reports are always those of a
/// build from nothing, whatever the file holds.
@Suite struct RememberedFilesBuildTests {
    /// (That the other files are taken, not read, is `RememberedFilesTests`'s to show.)
    /// A copy of the sample built once, then one posting's title edited: the plan, its memory and
    /// the memory's bytes before the edit.
    static func builtThenPostingEdited() throws -> (plan: URL, memory: URL, before: Data) {
        let plan = try BuildCommandTests.copy("senior-to-staff")
        #expect(try CLI.run(["build", plan.path]).status == 0)
        let memory = plan.appendingPathComponent("reports/.cairn-read")
        let before = try Data(contentsOf: memory)
        let posting = plan.appendingPathComponent("jobs/ledgerline-staff-payments.md")
        let text = try String(contentsOf: posting, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "title: ", with: "title: Principal ").utf8).write(to: posting)
        return (plan, memory, before)
    }

    @Test func anEditedPostingGivesTheReportsOfABuildFromNothing() throws {
        let (plan, memory, before) = try Self.builtThenPostingEdited()
        _ = try LogEditBuildTests.buildAndCompare(plan)
        #expect(try Data(contentsOf: memory) != before, "the edited posting is remembered as it is now")
    }

    @Test func aMemoryThatDoesNotReadIsLeftAside() throws {
        let plan = try BuildCommandTests.copy("engineer-to-manager")
        #expect(try CLI.run(["build", plan.path]).status == 0)
        let memory = plan.appendingPathComponent("reports/.cairn-read")
        let good = try Data(contentsOf: memory)
        try Data(good.prefix(good.count / 2)).write(to: memory)
        try LogEditBuildTests.append("- Read the team's last retro notes\n", to: plan.appendingPathComponent("log/2026-11.md"))
        _ = try LogEditBuildTests.buildAndCompare(plan)
        #expect(try Data(contentsOf: memory).count > good.count / 2, "written whole again")
    }

    /// Posting files whose identity is unchanged since the last build are not read but taken from
    /// the memory; only from that build's memory, though: one left from an earlier build holds
    /// what the posting said then.
    @Test func unreadPostingsAreTakenOnlyFromTheMemoryOfTheLastBuild() throws {
        let (plan, memory, earlier) = try Self.builtThenPostingEdited()
        _ = try LogEditBuildTests.buildAndCompare(plan)
        try earlier.write(to: memory)
        try LogEditBuildTests.append("- Read the design review notes\n", to: plan.appendingPathComponent("log/2026-11.md"))
        _ = try LogEditBuildTests.buildAndCompare(plan)
        // And after a build with its own memory, one more entry takes them from it.
        try LogEditBuildTests.append("- Read the incident notes\n", to: plan.appendingPathComponent("log/2026-11.md"))
        _ = try LogEditBuildTests.buildAndCompare(plan)
    }

    @Test func unreadPostingsAreReadAfterAllWhenWhatTheyAreReadWithChanged() throws {
        let plan = try BuildCommandTests.copy("senior-to-staff")
        #expect(try CLI.run(["build", plan.path]).status == 0)
        try LogEditBuildTests.append("# a note\n", to: plan.appendingPathComponent("cairn.yml"))
        try LogEditBuildTests.append("- Read the design review notes\n", to: plan.appendingPathComponent("log/2026-11.md"))
        _ = try LogEditBuildTests.buildAndCompare(plan)
    }

    /// A folder named like a posting file is a folder: what it holds is read, whatever its identity.
    @Test func aFolderUnderJobsNamedLikeAPostingIsWalkedAfterALogEdit() throws {
        let plan = try BuildCommandTests.copy("senior-to-staff")
        let folder = plan.appendingPathComponent("jobs/archive.md")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: plan.appendingPathComponent("jobs/ledgerline-staff-payments.md"),
                                         to: folder.appendingPathComponent("ledgerline-staff-payments.md"))
        #expect(try CLI.run(["build", plan.path]).status == 0)
        try LogEditBuildTests.append("- Read the design review notes\n", to: plan.appendingPathComponent("log/2026-11.md"))
        _ = try LogEditBuildTests.buildAndCompare(plan)
        let market = try String(contentsOf: plan.appendingPathComponent("reports/market.md"), encoding: .utf8)
        #expect(market.contains("Staff Engineer, Payments"), "the posting in the folder is in the market")
    }
}
