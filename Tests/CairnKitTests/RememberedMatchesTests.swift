import Foundation
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
        let place = try #require(encoding.matches)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("matches-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(AnalysisEncodingTests.bytes(try encoding.page(.plan, analysis: analysis))).write(to: file)
        func read(digest: UInt64 = place.digest, offset: Int = place.offset, count: Int = place.count) -> RememberedMatches? {
            RememberedMatches(key: "k", digest: digest, path: file.path, offset: offset, count: count)
        }
        let remembered = try #require(read())
        #expect(read(digest: place.digest &+ 1) == nil, "other bytes than recorded")
        #expect(read(offset: place.offset + 1) == nil && read(count: place.count - 1) == nil, "elsewhere in the page")
        #expect(read(count: 1 << 30) == nil, "past the end of the page")
        #expect(RememberedMatches(key: "k", digest: place.digest, path: file.path + ".none", offset: place.offset,
                                  count: place.count) == nil)

        let taking = Analysis.of(plan, asOf: analysis.asOf, matches: remembered)
        #expect(taking.matches.isEmpty && taking.rememberedMatches != nil)
        let taken = try AnalysisEncoding.of(taking)
        #expect(taken.matches?.digest == place.digest && taken.matches?.offset == place.offset)
        for report in [ReportKind.market, .progress] {
            #expect(AnalysisEncodingTests.bytes(try taken.page(report, analysis: taking))
                    == AnalysisEncodingTests.bytes(try encoding.page(report, analysis: analysis)))
        }
        var ranked = taking
        ranked.rankMatches(of: plan)
        #expect(ranked.matches == analysis.matches, "made again for a page that shows them")
    }
}
