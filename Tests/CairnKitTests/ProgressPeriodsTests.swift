import Testing
@testable import CairnKit

/// `cairn build` writes progress over the month and the quarter of as_of: both are made with the
/// analysis, their burn-downs sharing the days they have in common, and must be what each period's
/// progress made on its own is.
@Suite struct ProgressPeriodsTests {
    static let asOf = Day(uncheckedYear: 2026, month: 11, day: 23)  // a Monday

    static func days(_ period: ReportPeriod) -> [String] {
        Progress.burnDays(period, through: Progress.counted(period, asOf: asOf)!).map(\.description)
    }

    @Test func burnDownDaysAreTheFirstDayTheMondaysAfterItAndTheLastCounted() {
        // 1 November is a Sunday: Monday the 2nd is too close to it.
        #expect(Self.days(.month(of: Self.asOf)) == ["2026-11-01", "2026-11-09", "2026-11-16", "2026-11-23"])
        // 1 October is a Thursday: Monday the 5th is four days after it.
        #expect(Self.days(.quarter(of: Self.asOf)) == ["2026-10-01", "2026-10-05", "2026-10-12", "2026-10-19", "2026-10-26",
                                                        "2026-11-02", "2026-11-09", "2026-11-16", "2026-11-23"])
        #expect(Progress.counted(.month(of: Day(uncheckedYear: 2026, month: 12, day: 1)), asOf: Self.asOf) == nil)
    }

    @Test(arguments: ["senior-to-staff", "engineer-to-manager", "backend-to-platform"])
    func progressMadeWithTheAnalysisIsProgressMadeOnItsOwn(sample: String) throws {
        let (plan, alone) = try AnalysisEncodingTests.sample(sample)
        let asOf = alone.asOf
        let quarter = ReportPeriod.quarter(of: asOf)
        let together = Analysis.of(plan, asOf: asOf, alsoOver: Reports.progressPeriods(asOf: asOf))
        #expect(together.progress == alone.progress)
        #expect(together.progressElsewhere.keys.map(\.description) == [quarter.description], "the month is the analysis's own")
        let made = together.progress(over: quarter, plan: plan).progress
        #expect(made == alone.progress(over: quarter, plan: plan).progress)
        #expect(!made.goals.flatMap(\.burndown).isEmpty, "the sample's goals have burn-downs to compare")
    }
}
