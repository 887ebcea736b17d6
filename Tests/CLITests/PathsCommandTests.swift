import Foundation
import Testing

/// `cairn paths` and `cairn jobs`: one report on standard output.
@Suite struct PathsCommandTests {
    @Test func pathsPrintsThePositionReportAsMarkdown() throws {
        let result = try CLI.run(["paths", "samples/senior-to-staff"])
        #expect(result.status == 0, "\(result.stderr)")
        let golden = try String(contentsOf: CLI.root.appendingPathComponent("samples/senior-to-staff/reports/position.md"), encoding: .utf8)
        #expect(result.stdout == golden)
    }

    @Test(arguments: ["staff-engineer", "Staff Software Engineer", "staff engineer"])
    func aRoleByIdTitleOrAliasAddsTheFocusSection(role: String) throws {
        let result = try CLI.run(["paths", "samples/senior-to-staff", role])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\n## Focus: Staff Software Engineer\n"))
        #expect(result.stdout.contains("Assessed because: goal staff-engineer; promotion from senior-engineer; asked for."))
        #expect(result.stdout.contains("### What the role expects"))
    }

    @Test func aSingleArgumentThatIsNoFolderIsTheRole() throws {
        let result = try CLI.run(["paths", "tech-lead"], in: CLI.root.appendingPathComponent("samples/senior-to-staff"))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\n## Focus: Tech Lead\n"))
    }

    @Test func anUnknownRoleIsAUsageErrorWithASuggestion() throws {
        let result = try CLI.run(["paths", "samples/senior-to-staff", "staf enginer"])
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("Error: unknown role 'staf enginer'; did you mean 'Staff Engineer'?\n"))
        #expect(result.stderr.contains("Usage: cairn paths"))
    }

    @Test func pathsJSONIsTheWholeAnalysisWithTheFocus() throws {
        let result = try CLI.run(["paths", "samples/engineer-to-manager", "engineering-manager", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["report"] as? String == "position")
        let analysis = try #require(object["analysis"] as? [String: Any])
        #expect((analysis["focus"] as? [String: Any])?["role_id"] as? String == "engineering-manager")
        #expect(analysis["as_of"] as? String == "2026-11-23")
    }

    @Test func asOfOverridesThePlansSetting() throws {
        let result = try CLI.run(["paths", "samples/senior-to-staff", "--as-of", "2027-01-15"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("As of 2027-01-15."))
        let bad = try CLI.run(["paths", "samples/senior-to-staff", "--as-of", "2027-01"])
        #expect(bad.status == 64)
    }
}

@Suite struct JobsCommandTests {
    @Test func jobsPrintsTheMarketReportAsMarkdown() throws {
        let result = try CLI.run(["jobs", "samples/backend-to-platform"])
        #expect(result.status == 0, "\(result.stderr)")
        let golden = try String(contentsOf: CLI.root.appendingPathComponent("samples/backend-to-platform/reports/market.md"), encoding: .utf8)
        #expect(result.stdout == golden)
    }

    @Test func jobsJSONParsesAndHoldsTheMarketAndMatches() throws {
        let result = try CLI.run(["jobs", "--format", "json", "samples/senior-to-staff"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["schema_version"] as? Int == 1)
        #expect(object["report"] as? String == "market")
        let analysis = try #require(object["analysis"] as? [String: Any])
        let matches = try #require(analysis["matches"] as? [[String: Any]])
        #expect(matches.count == 15)
        #expect(Set(matches[0].keys).isSuperset(of: ["title_fit", "location", "skills", "experience", "salary", "total"]))
        #expect((analysis["market"] as? [String: Any])?["demand"] != nil)
    }

    @Test func theSameInputGivesTheSameBytesFromAnyFolder() throws {
        let fromRoot = try CLI.run(["jobs", "--format", "json", "samples/senior-to-staff"])
        let fromInside = try CLI.run(["jobs", "--format", "json"], in: CLI.root.appendingPathComponent("samples/senior-to-staff"))
        #expect(fromRoot.status == 0 && fromRoot.stdout == fromInside.stdout)
    }

    @Test func helpTextsDescribeTheReportCommands() throws {
        for command in ["build", "paths", "jobs"] {
            let result = try CLI.run(["help", command])
            #expect(result.status == 0)
            #expect(result.stdout.contains("--as-of <date>"))
            #expect(result.stdout.contains("--format"))
        }
        #expect(try CLI.run(["--help"]).stdout.contains("paths"))
    }
}
