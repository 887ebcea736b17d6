import Foundation
import Testing
@testable import CairnKit

/// The one encoding of the analysis that every JSON page of a build shares, the progress of
/// another period put in its place, and the digests `cairn build` keeps pages by.
@Suite struct AnalysisEncodingTests {
    static func sample(_ name: String) throws -> (plan: Plan, analysis: Analysis) {
        let folder = GoldenReportTests.packageRoot.appendingPathComponent("samples/\(name)").path
        let plan = try #require(PlanReader.read(PlanLoader(fileSystem: RootedFileSystem(directory: folder)).load(".")).plan)
        return (plan, Analysis.of(plan, asOf: plan.settings.asOf!))
    }

    static func bytes(_ page: ReportText) -> [UInt8] { Array(page.string.utf8) }

    @Test(arguments: ["senior-to-staff", "engineer-to-manager", "backend-to-platform"])
    func theProgressMemberIsFoundWhereItsOwnEncodingStands(sample: String) throws {
        let (_, analysis) = try Self.sample(sample)
        let encoding = try AnalysisEncoding.of(analysis)
        let range = try #require(encoding.progress)
        let own = try JSONRenderer.encode(analysis.progress, level: JSONDocument.analysisLevel + 1, for: .progress)
        #expect(Array(encoding.json.bytes[range]) == Array(own.bytes))
    }

    @Test(arguments: ["senior-to-staff", "engineer-to-manager", "backend-to-platform"])
    func aPageOfAnotherPeriodIsTheWholeEncodingOfItsAnalysis(sample: String) throws {
        let (plan, analysis) = try Self.sample(sample)
        let encoding = try AnalysisEncoding.of(analysis)
        let quarter = analysis.progress(over: .quarter(of: analysis.asOf), plan: plan)
        #expect(quarter.progress != analysis.progress)
        let whole = JSONDocument.page(.progress, analysis: try JSONRenderer.encode(quarter, for: .progress))
        #expect(Self.bytes(try encoding.page(.progress, analysis: quarter)) == Self.bytes(whole))
        #expect(Self.bytes(try encoding.page(.market, analysis: analysis))
                == Self.bytes(JSONDocument.page(.market, analysis: try JSONRenderer.encode(analysis, for: .market))))
    }

    @Test func aPagesDigestCoversTheMembersItReadsAndNoOthers() throws {
        let (plan, analysis) = try Self.sample("senior-to-staff")
        let month = try AnalysisEncoding.of(analysis)
        let quarter = try AnalysisEncoding.of(analysis.progress(over: .quarter(of: analysis.asOf), plan: plan))
        var changed = analysis
        changed.risks.removeLast()
        let risky = try AnalysisEncoding.of(changed)
        // The matches are encoded on their own: their digest is of their own bytes.
        var fewer = analysis
        fewer.matches.removeLast()
        let unmatched = try AnalysisEncoding.of(fewer)
        for page in LogFreePage.allCases {
            #expect(month.digest(of: page) == quarter.digest(of: page), "no page reads progress")
            #expect((month.digest(of: page) == risky.digest(of: page)) == !page.members.contains(.risks), "\(page)")
            #expect((month.digest(of: page) == unmatched.digest(of: page)) == !page.members.contains(.matches), "\(page)")
        }
        #expect(LogFreePage.allCases.contains { $0.members.contains(.matches) } && !analysis.matches.isEmpty)
        #expect(month.members.keys.sorted() == Analysis.CodingKeys.allCases.map { SnakeCaseKey($0.stringValue).stringValue }
            .filter { $0 != "focus" }.sorted(), "every member found (focus is left out when there is none)")
        var base = Fingerprint()
        base.add(line: "another build")
        #expect(month.digest(of: .market, after: base) != month.digest(of: .market))
    }

    @Test func anEncodingWhoseMembersAreNotFoundIsDigestedWhole() {
        let period = ReportPeriod.month(of: Day(uncheckedYear: 2026, month: 11, day: 23))
        let one = AnalysisEncoding(SharedBytes(copying: Array("{\"risks\":1}".utf8)), period: period)
        let two = AnalysisEncoding(SharedBytes(copying: Array("{\"risks\":2}".utf8)), period: period)
        #expect(one.members.isEmpty && one.progress == nil)
        for page in LogFreePage.allCases { #expect(one.digest(of: page) != two.digest(of: page), "\(page)") }
    }

    @Test func aMemberIsFoundOnlyAmongTheAnalysissOwn() {
        func member(_ key: String, _ json: String) -> String? {
            let bytes = Array(json.utf8)
            return bytes.withUnsafeBytes { buffer in
                AnalysisEncoding.members(in: buffer)[key].map { String(decoding: bytes[$0], as: UTF8.self) }
            }
        }
        let json = "{\n    \"a\" : {\n      \"progress\" : 1\n    },\n    \"progress\" : {\n      \"b\" : \"x\\n    \\\"c\\\" : 2\"\n    },\n    \"z\" : [\n\n    ]\n  }"
        #expect(member("progress", json) == "{\n      \"b\" : \"x\\n    \\\"c\\\" : 2\"\n    }")
        #expect(member("z", json) == "[\n\n    ]", "the last member ends at the analysis's closing bracket")
        #expect(member("b", json) == nil, "a member of a member is not the analysis's")
        #expect(member("c", json) == nil, "nor is text inside a string")
    }
}
