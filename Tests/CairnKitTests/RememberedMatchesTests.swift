import Testing
@testable import CairnKit

/// The job matches an analysis takes from an earlier one's JSON page (`RememberedMatches`): their
/// key, how they are found in a page, and the pages they give.
@Suite struct RememberedMatchesTests {
    static func entry(_ day: Int, minutes: Int? = nil, level: LevelChange? = nil, tick: String? = nil,
                      review: ReviewCadence? = nil) -> LogEntry {
        LogEntry(date: Day(uncheckedYear: 2026, month: 11, day: day), minutes: minutes, skillIDs: ["go"], levelChange: level,
                 tickedAction: tick, review: review, text: "entry", location: SourceLocation(path: "log/2026-11.md", line: day))
    }

    @Test func theKeyReadsTheBaseTheDateAndTheLevelChangesTicksAndReviewsAlone() throws {
        var plan = try AnalysisEncodingTests.sample("senior-to-staff").plan
        let asOf = Day(uncheckedYear: 2026, month: 11, day: 23)
        plan.log = [Self.entry(2, minutes: 60)]
        let key = RememberedMatches.key(plan, asOf: asOf, base: "base")
        #expect(key.count == 16)
        #expect(RememberedMatches.key(plan, asOf: asOf, base: "other base") != key)
        #expect(RememberedMatches.key(plan, asOf: asOf.adding(days: 1), base: "base") != key)
        var more = plan
        more.log.append(Self.entry(3, minutes: 30))
        #expect(RememberedMatches.key(more, asOf: asOf, base: "base") == key, "hours change no match")
        for change in [Self.entry(3, level: LevelChange(skillID: "go", level: .expert)), Self.entry(3, tick: "ship it"),
                       Self.entry(3, review: .monthly)] {
            var changed = plan
            changed.log.append(change)
            #expect(RememberedMatches.key(changed, asOf: asOf, base: "base") != key)
        }
    }

    @Test(arguments: ["senior-to-staff", "engineer-to-manager"])
    func matchesTakenFromAPageGiveThePagesOfMatchesMade(sample: String) throws {
        let (plan, analysis) = try AnalysisEncodingTests.sample(sample)
        #expect(!analysis.matches.isEmpty)
        let encoding = try AnalysisEncoding.of(analysis)
        let digest = try #require(encoding.matchesDigest)
        let page = AnalysisEncodingTests.bytes(try encoding.page(.plan, analysis: analysis))
        let remembered = try #require(RememberedMatches(key: "k", digest: digest, page: page))
        #expect(RememberedMatches(key: "k", digest: digest &+ 1, page: page) == nil, "other bytes than recorded")
        #expect(RememberedMatches(key: "k", digest: digest, page: Array(page.dropFirst())) == nil, "not a page")

        let taking = Analysis.of(plan, asOf: analysis.asOf, matches: remembered)
        #expect(taking.matches.isEmpty && taking.rememberedMatches != nil)
        let taken = try AnalysisEncoding.of(taking)
        #expect(taken.matchesDigest == digest)
        for report in [ReportKind.market, .progress] {
            #expect(AnalysisEncodingTests.bytes(try taken.page(report, analysis: taking))
                    == AnalysisEncodingTests.bytes(try encoding.page(report, analysis: analysis)))
        }
        var ranked = taking
        ranked.rankMatches(of: plan)
        #expect(ranked.matches == analysis.matches, "made again for a page that shows them")
    }
}
