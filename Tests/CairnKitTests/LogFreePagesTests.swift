import Testing
@testable import CairnKit

/// `cairn build` keeps a page of `LogFreePage` as the last build wrote it when only the log changed
/// and the members of the analysis it reads are the same (`PageReuse`). That holds only while the
/// page reads nothing else: these tests render each page from a plan without its log (nor what
/// reading the log adds: files counted, ad-hoc skills; nor the git history) and an analysis whose
/// other members come from another sample's analysis, and expect the same bytes. A page that starts
/// to read anything not listed in `LogFreePage.members` fails here.
@Suite struct LogFreePagesTests {
    static let samples = ["senior-to-staff", "engineer-to-manager", "backend-to-platform"]

    /// `analysis` with every member `page` does not read taken from `other`.
    static func mixed(_ analysis: Analysis, keeping page: LogFreePage, from other: Analysis) -> Analysis {
        var mixed = other
        for key in page.members {
            switch key {
            case .asOf: mixed.asOf = analysis.asOf
            case .position: mixed.position = analysis.position
            case .skillMap: mixed.skillMap = analysis.skillMap
            case .readiness: mixed.readiness = analysis.readiness
            case .careerTree: mixed.careerTree = analysis.careerTree
            case .market: mixed.market = analysis.market
            case .matches: mixed.matches = analysis.matches
            case .gaps: mixed.gaps = analysis.gaps
            case .schedule: mixed.schedule = analysis.schedule
            case .learningCosts: mixed.learningCosts = analysis.learningCosts
            case .risks: mixed.risks = analysis.risks
            case .fallbacks: mixed.fallbacks = analysis.fallbacks
            case .decisions: mixed.decisions = analysis.decisions
            case .quality: mixed.quality = analysis.quality
            case .focus: mixed.focus = analysis.focus
            case .progress: mixed.progress = analysis.progress
            }
        }
        return mixed
    }

    static func pages(_ page: LogFreePage, plan: Plan, analysis: Analysis) throws -> [String] {
        if page == .calendar { return [ICalendar.render(plan: plan, analysis: analysis)] }
        let report = try #require(ReportKind(rawValue: page.rawValue))
        return try [OutputFormat.md, .html].map { format in
            try #require(Reports.renderer(for: format)).render(report, plan: plan, analysis: analysis)
        }
    }

    @Test(arguments: samples)
    func aKeptPageReadsOnlyTheMembersListedAndNotTheLog(sample: String) throws {
        var (plan, analysis) = try AnalysisEncodingTests.sample(sample)
        // The samples do not read their git history: give the plan one, which a page must not show.
        let commit = Commit(hash: "1a2b3c4", day: Day(uncheckedYear: 2026, month: 10, day: 1), subject: "Start the plan")
        plan.history = PlanHistory(status: .read(shallow: false), profileRevisions: [ProfileRevision(commit: commit, levels: ["go": 1])],
                                   goalRevisions: Dictionary(uniqueKeysWithValues: plan.goals.map { ($0.id, [GoalRevision(commit: commit, done: [])]) }))
        let otherSample = Self.samples[(Self.samples.firstIndex(of: sample)! + 1) % Self.samples.count]
        let (otherPlan, other) = try AnalysisEncodingTests.sample(otherSample)
        let withBoth = Analysis.of(otherPlan, asOf: other.asOf, alsoOver: Reports.progressPeriods(asOf: other.asOf))
        #expect(!plan.log.isEmpty)
        var logFree = plan
        logFree.log = []
        logFree.adHocSkills = []
        logFree.fileCount = 0
        logFree.history = .off
        for page in LogFreePage.allCases {
            let mixed = Self.mixed(analysis, keeping: page, from: withBoth)
            #expect(try Self.pages(page, plan: plan, analysis: analysis) == Self.pages(page, plan: logFree, analysis: mixed),
                    "\(page) of \(sample)")
        }
    }

    @Test func theOtherSampleDiffersInEveryMemberTheTestSwaps() throws {
        // Else a page reading a member it does not list could pass the test above unnoticed.
        for (index, sample) in Self.samples.enumerated() {
            let (_, analysis) = try AnalysisEncodingTests.sample(sample)
            let (_, other) = try AnalysisEncodingTests.sample(Self.samples[(index + 1) % Self.samples.count])
            let mine = try AnalysisEncoding.of(analysis), theirs = try AnalysisEncoding.of(other)
            for key in mine.members.keys where key != "as_of" {
                let their = try #require(theirs.value(key), "\(key)")
                #expect(try Array(#require(mine.value(key))) != Array(their), "\(key) of \(sample)")
            }
        }
    }
}
