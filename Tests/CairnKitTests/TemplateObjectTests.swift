import Testing
@testable import CairnKit

/// Rows that templates look names up in directly answer exactly what a dictionary of their
/// stored properties (what `TemplateContext.build` makes of other views) would.
@Suite struct TemplateObjectTests {
    /// A value as a dictionary of its stored properties, written out with keys sorted.
    static func mirrored(_ value: Any) -> String {
        switch value {
        case is String, is Bool, is Int, is Double: return "\(value)"
        default: break
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional: return mirror.children.first.map { mirrored($0.value) } ?? "nil"
        case .collection: return "[" + mirror.children.map { mirrored($0.value) }.joined(separator: ", ") + "]"
        default:
            return "{" + mirror.children.map { "\($0.label!): \(mirrored($0.value))" }.sorted().joined(separator: ", ") + "}"
        }
    }

    /// The same written from what templates see: each stored property's name asked of the object.
    static func lookedUp(_ value: Any) -> String {
        if let rows = value as? [any TemplateObject] { return "[" + rows.map(lookedUp).joined(separator: ", ") + "]" }
        guard let object = value as? TemplateObject else { return "\(value)" }
        let names = Mirror(reflecting: value).children.map { $0.label! }
        return "{" + names.map { "\($0): \(object.child(named: $0).map(lookedUp) ?? "nil")" }.sorted().joined(separator: ", ") + "}"
    }

    /// A ranked posting's row, its title part's reason holding a pipe.
    static func row(rank: Int) -> MatchRow {
        let match = JobMatch(postingID: "p1", title: "Staff Engineer", company: "Corvid", status: "saved",
                             titleFit: MatchPart(points: 25, maximum: 30, reason: "title | fits"),
                             location: MatchPart(points: 10, maximum: 15, reason: "remote"),
                             skills: MatchPart(points: 20, maximum: 30, reason: "4 of 6 skills"),
                             experience: MatchPart(points: 9, maximum: 15, reason: "8 years"),
                             salary: MatchPart(points: 7, maximum: 10, reason: "no salary"), total: 71)
        var maxima = ShownMaxima(parts: 5)
        return MatchRow(match, rank: rank, posting: nil, maxima: &maxima)
    }

    @Test func aMatchRowAnswersEveryPropertyAndNothingElse() {
        let row = Self.row(rank: 3)
        #expect(Self.lookedUp(row) == Self.mirrored(row))
        #expect(Self.lookedUp(row).contains("reason: title | fits") && Self.lookedUp(row).contains("hasCompany: true"))
        #expect(row.child(named: "postingID") == nil && row.child(named: "reason") == nil)
        #expect(TemplateContext.build([row]) is [MatchRow], "the rows go to the templates as they are")
    }

    @Test func aGapRowAnswersEveryPropertyAndNothingElse() {
        let row = BuiltInTablesTests.awkwardRows[1]
        #expect(Self.lookedUp(row) == Self.mirrored(row))
        #expect(Self.lookedUp(row).contains("priorityClass: p1") && Self.lookedUp(row).contains("hasRoles: false"))
        #expect(row.child(named: "skillID") == nil && row.child(named: "name") == nil)
        #expect(TemplateContext.build([row]) is [GapRow], "the rows go to the templates as they are")
    }

    @Test func milestoneViewsAnswerEveryPropertyAndNothingElse() {
        let horizon = BuiltInTablesTests.awkwardHorizons[0], quarter = BuiltInTablesTests.awkwardQuarters[0]
        #expect(Self.lookedUp(horizon) == Self.mirrored(horizon))
        #expect(Self.lookedUp(quarter) == Self.mirrored(quarter))
        #expect(Self.lookedUp(horizon).contains("isLate: true") && Self.lookedUp(quarter).contains("quarter: 2026-Q4"))
        #expect(horizon.child(named: "quarter") == nil && quarter.child(named: "count") == nil)
        #expect(horizon.milestones[0].child(named: "milestones") == nil)
        #expect(TemplateContext.build([horizon]) is [HorizonView] && TemplateContext.build(quarter.milestones) is [MilestoneRow])
    }

    @Test func aFrequencyRowAnswersEveryPropertyAndNothingElse() {
        let row = BuiltInTablesTests.awkwardFrequencies[2]
        #expect(Self.lookedUp(row) == Self.mirrored(row))
        #expect(Self.lookedUp(row).contains("requiredBy: 2") && Self.lookedUp(row).contains("tier: P2"))
        #expect(row.child(named: "skillID") == nil && row.child(named: "name") == nil)
        #expect(TemplateContext.build([row]) is [FrequencyRow], "the rows go to the templates as they are")
    }
}
