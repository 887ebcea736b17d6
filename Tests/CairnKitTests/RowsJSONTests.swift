import Foundation
import Testing
@testable import CairnKit

/// The rows written straight (`RowsJSON`: scheduled items, months, milestones, gaps, skill
/// frequencies; `ReadinessJSON`: skill coverage, backed skills and their evidence) are the bytes the coding
/// containers write, and Foundation's JSONEncoder, at any indentation and nested in a value.
@Suite struct RowsJSONTests {
    static func snake(_ key: String) -> String { SnakeCaseKey(key).stringValue }

    static func encoded<T: Encodable>(_ value: T, level: Int, straight: Bool) throws -> [UInt8] {
        MatchesJSONTests.copy(try JSONEncoding.encodeBytes(value, indent: level, convertingKeys: snake, straightRows: straight))
    }

    static let day = Day(year: 2026, month: 11, day: 23)!

    /// Items with every optional there and not, texts that need escaping, empty and long lists.
    static let items: [ScheduledItem] = [
        ScheduledItem(item: WorkItem(id: "step:go:2", kind: .step, title: "Go \"to\" 2\n(proficient)", goalID: "g1", goalIDs: ["g1", "g/2"],
                                     priority: .p0, deadline: day, due: nil, hours: 12.5, after: ["step:go:1"], skillID: "go", level: 2,
                                     every: nil, source: nil),
                      start: day, milestone: day.adding(days: 20), placedHours: 12.5, late: false),
        ScheduledItem(item: WorkItem(id: "recurring:r", kind: .recurring, title: "", goalID: "g2", goalIDs: [], priority: .p3,
                                     deadline: nil, due: day, hours: 1e-7, after: [], skillID: nil, level: nil, every: .month,
                                     source: "goals/g2.md:4:1"),
                      start: nil, milestone: nil, placedHours: 0, late: true),
    ]

    static let months: [MonthPlan] = [
        MonthPlan(month: "2026-11", hours: 15.2, items: [ItemHours(itemID: "a", title: "Tab\there", hours: 1.6),
                                                          ItemHours(itemID: "é", title: "👩‍💻", hours: 0.1 + 0.2)]),
        MonthPlan(month: "2026-12", hours: 0, items: []),
    ]

    static let gaps: [Gap] = [
        Gap(skillID: "go", name: "Go | \"lang\"", current: 0, needed: 3, gap: 3, priority: .p0, roleTier: .p0, frequencyTier: .p2,
            needs: [GapNeed(source: .required, roleID: "staff", goalID: "g1", level: 3), GapNeed(source: .postings, roleID: nil, goalID: "g2", level: 2)],
            requiredBy: 5, postings: 182,
            steps: [GapStep(level: 1, hours: 0, basis: "taxonomy", resourceID: nil, loggedHours: 11, loggedSince: day),
                    GapStep(level: 2, hours: 31.25, basis: "resource", resourceID: "ddia")],
            effortHours: 31.25, weeks: 3.9, bucket: .medium, resourceID: "ddia", goalIDs: ["g1", "g2"]),
        Gap(skillID: "k8s", name: "", current: 2, needed: 3, gap: 1, priority: .p3, roleTier: nil, frequencyTier: nil, needs: [],
            requiredBy: nil, postings: 0, steps: [], effortHours: 0, weeks: nil, bucket: .longTerm, resourceID: nil, goalIDs: []),
    ]

    static let milestones: [Milestone] = [
        Milestone(itemID: "step:go:2", title: "Go \"to\" 2", goalID: "g/1", date: day),
        Milestone(itemID: "", title: "👩‍💻\n", goalID: "", date: day.adding(days: -400)),
    ]

    static let frequencies: [SkillFrequency] = [
        SkillFrequency(skillID: "go", name: "Go | \"lang\"", requiredBy: 9, preferredBy: 0, postings: 182, requiredShare: 0.0495,
                       preferredShare: 0, tier: .p3),
        SkillFrequency(skillID: "k8s", name: "", requiredBy: 0, preferredBy: 3, postings: 3, requiredShare: 1e-7, preferredShare: 0.1 + 0.2, tier: .p0),
    ]

    static let coverage: [SkillCoverage] = [
        SkillCoverage(skillID: "go", name: "Go | \"lang\"", required: true, needed: 3, current: 1, gap: 2, weight: 1, credit: 0.4),
        SkillCoverage(skillID: "é", name: "", required: false, needed: 2, current: 3, gap: -1, weight: 0.5, credit: 0.1 + 0.2),
    ]

    /// Evidence with a date and without, of each source, texts that need escaping; a skill with none.
    static let backed: [BackedSkill] = [
        BackedSkill(skillID: "go", name: "Go \\ \"lang\"", evidence: [
            EvidenceItem(source: .log, date: day, text: "60m Go: \"quoted\"\ttab", location: SourceLocation(path: "log/2026-11.md", line: 4)),
            EvidenceItem(source: .profile, date: nil, text: "👩‍💻", location: SourceLocation(path: "profile.md", line: 12, column: 3)),
            EvidenceItem(source: .action, date: day.adding(days: -800), text: "", location: SourceLocation(path: "goals/g 1.md", line: 1)),
        ]),
        BackedSkill(skillID: "", name: "none", evidence: []),
    ]

    /// The rows alone, in an array, and as members of an object beside other values.
    struct Holder: Encodable {
        var items: [ScheduledItem]
        var months: [MonthPlan]
        var gaps: [Gap]
        var milestones: [Milestone] = RowsJSONTests.milestones
        var frequencies: [SkillFrequency] = RowsJSONTests.frequencies
        var coverage: [SkillCoverage] = RowsJSONTests.coverage
        var backed: [BackedSkill] = RowsJSONTests.backed
        var note = "after"
    }

    @Test(arguments: [0, 1, 3])
    func madeRowsAreWrittenAsTheContainersAndFoundationWriteThem(level: Int) throws {
        let holder = Holder(items: Self.items, months: Self.months, gaps: Self.gaps)
        #expect(try Self.encoded(holder, level: level, straight: true) == Self.encoded(holder, level: level, straight: false))
        for row in Self.items { #expect(try Self.encoded(row, level: level, straight: true) == Self.encoded(row, level: level, straight: false)) }
        for row in Self.gaps { #expect(try Self.encoded(row, level: level, straight: true) == Self.encoded(row, level: level, straight: false)) }
        for row in Self.backed { #expect(try Self.encoded(row, level: level, straight: true) == Self.encoded(row, level: level, straight: false)) }
        var foundation = Array(Data(try JSONWriterTests.foundation(holder).utf8))
        for _ in 0..<level { foundation = JSONRenderer.indented(foundation) }
        #expect(try Self.encoded(holder, level: level, straight: true) == foundation)
    }

    /// The rows of every sample plan's analysis, as its JSON pages hold them.
    @Test(arguments: ["senior-to-staff", "engineer-to-manager", "backend-to-platform"])
    func aSamplesRowsAreWrittenAsTheContainersWriteThem(sample: String) throws {
        let (_, analysis) = try AnalysisEncodingTests.sample(sample)
        let holder = Holder(items: analysis.schedule.items, months: analysis.schedule.months, gaps: analysis.gaps.gaps,
                            milestones: analysis.schedule.quarters.flatMap(\.milestones), frequencies: analysis.market.frequencies,
                            coverage: analysis.readiness.flatMap(\.technical.skills), backed: analysis.readiness.flatMap(\.demonstrated.backed))
        #expect(!holder.items.isEmpty && !holder.gaps.isEmpty && !holder.milestones.isEmpty && !holder.frequencies.isEmpty)
        #expect(!holder.coverage.isEmpty && holder.backed.contains { !$0.evidence.isEmpty })
        #expect(try Self.encoded(holder, level: 2, straight: true) == Self.encoded(holder, level: 2, straight: false))
    }

    @Test func aRowWithANumberJSONCannotHoldThrowsAsTheContainersDo() {
        var gap = Self.gaps[0]
        gap.weeks = .infinity
        #expect(throws: EncodingError.self) { try Self.encoded([gap], level: 0, straight: true) }
        var item = Self.items[0]
        item.placedHours = .nan
        #expect(throws: EncodingError.self) { try Self.encoded([item], level: 0, straight: true) }
        var frequency = Self.frequencies[0]
        frequency.requiredShare = -.infinity
        #expect(throws: EncodingError.self) { try Self.encoded([frequency], level: 0, straight: true) }
        var coverage = Self.coverage[0]
        coverage.weight = .nan
        #expect(throws: EncodingError.self) { try Self.encoded([coverage], level: 0, straight: true) }
    }
}
