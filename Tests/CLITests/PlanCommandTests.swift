import Foundation
import Testing

/// `cairn plan` and `cairn gaps`: the plan report and the skill-builder view on standard output.
@Suite struct PlanCommandTests {
    @Test func planPrintsTheSectionsInOrder() throws {
        let result = try CLI.run(["plan", "samples/senior-to-staff", "--as-of", "2026-11-23"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("# Career plan: Daniel Okafor\n\nAs of 2026-11-23."))
        let headings = ["## Summary", "## Current situation and goals", "## Skill gaps", "## Development plan",
                        "## Risks and contingencies", "## Decision framework", "## Plan quality"]
        let positions = headings.map { heading in result.stdout.range(of: "\n\(heading)\n")?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil }, "every section heading is there")
        let found = positions.compactMap { $0 }
        #expect(found == found.sorted(), "the sections come in the report's order")
        #expect(result.stdout.contains("```mermaid\ngantt\n"))
        #expect(result.stdout.contains("| Staff Software Engineer | 77 (good fit) | 2028-09-30 |"))
    }

    @Test func planMatchesTheReportBuildWrites() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let build = try CLI.run(["build", "samples/engineer-to-manager", "--out", folder.path, "--format", "md"])
        #expect(build.status == 0, "\(build.stderr)")
        let written = try String(contentsOf: folder.appendingPathComponent("plan.md"), encoding: .utf8)
        let printed = try CLI.run(["plan", "samples/engineer-to-manager"])
        #expect(printed.status == 0 && printed.stdout == written)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("gaps.md").path), "build does not write the gaps page")
    }

    @Test func planJSONIsTheWholeAnalysis() throws {
        let result = try CLI.run(["plan", "samples/backend-to-platform", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["report"] as? String == "plan")
        let analysis = try #require(object["analysis"] as? [String: Any])
        for key in ["gaps", "schedule", "risks", "fallbacks", "decisions", "quality", "learning_costs"] {
            #expect(analysis[key] != nil, "analysis.\(key)")
        }
    }

    @Test func planHTMLIsOneStandalonePageWithTheGanttChart() throws {
        let result = try CLI.run(["plan", "samples/senior-to-staff", "--format", "html"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("<!DOCTYPE html>"))
        #expect(result.stdout.contains("aria-label=\"Development plan from 2026-11-23"))
        #expect(!result.stdout.contains("<script"))
    }

    @Test func gapsPrintsTheGapTableAndTheRequirementFrequencies() throws {
        let result = try CLI.run(["gaps", "samples/senior-to-staff"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("# Skill gaps: Daniel Okafor\n"))
        #expect(result.stdout.contains("| priority | skill | current | needed | gap | effort (h) | weeks | bucket | why | resource |"))
        #expect(result.stdout.contains("| **P1** (role P1 · market P1) | Distributed Systems | 2 | 3 | 1 |"))
        #expect(result.stdout.contains("## What the target postings ask for"))
        #expect(result.stdout.contains("| skill | required by | share | preferred by | share | tier | your level |"))
    }

    @Test func gapsJSONSaysWhichPageItIs() throws {
        let result = try CLI.run(["gaps", "samples/senior-to-staff", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["report"] as? String == "gaps")
    }

    @Test func aPlanWithErrorsPrintsNoReport() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "---\ntitle: Engineer\nexperience: many\n---\n".write(to: folder.appendingPathComponent("profile.md"), atomically: true, encoding: .utf8)
        for command in ["plan", "gaps"] {
            let result = try CLI.run([command, folder.path])
            #expect(result.status == 1 && result.stdout.isEmpty, "\(command)")
            #expect(result.stderr.contains("no report was written"), "\(command)")
        }
    }
}
