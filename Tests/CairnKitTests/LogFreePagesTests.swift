import Testing
@testable import CairnKit

/// `cairn build` keeps the position, market and plan pages and the calendar of its last build when
/// only the log changed and the analysis is the same but for its progress (`PageReuse`). That holds
/// only while those pages read neither: these tests render them from a plan without its log (nor
/// what reading the log adds: files counted, ad-hoc skills) and an analysis with another period's
/// progress, and expect the same bytes. A page that starts to read either fails here.
@Suite struct LogFreePagesTests {
    @Test(arguments: ["senior-to-staff", "engineer-to-manager", "backend-to-platform"])
    func theKeptPagesReadNeitherTheLogNorProgress(sample: String) throws {
        let (plan, analysis) = try AnalysisEncodingTests.sample(sample)
        #expect(!plan.log.isEmpty)
        var logFree = plan
        logFree.log = []
        logFree.adHocSkills = []
        logFree.fileCount = 0
        let other = analysis.progress(over: .quarter(of: analysis.asOf), plan: plan)
        #expect(other.progress != analysis.progress)
        for report in ReportKind.built {
            for format in [OutputFormat.md, .html] {
                let renderer = try #require(Reports.renderer(for: format))
                #expect(try renderer.render(report, plan: plan, analysis: analysis) == renderer.render(report, plan: logFree, analysis: other),
                        "\(report.rawValue).\(format.rawValue) of \(sample)")
            }
        }
        #expect(ICalendar.render(plan: plan, analysis: analysis) == ICalendar.render(plan: logFree, analysis: other))
    }

    @Test func theProgressPagesDoReadTheLog() throws {
        // The other side of the test above: were progress pages kept too, a log entry would not show.
        let (plan, analysis) = try AnalysisEncodingTests.sample("senior-to-staff")
        var logFree = plan
        logFree.log = []
        let renderer = try #require(Reports.renderer(for: .md))
        #expect(try renderer.render(.progress, plan: plan, analysis: analysis)
                != renderer.render(.progress, plan: logFree, analysis: Analysis.of(logFree, asOf: analysis.asOf)))
    }
}
