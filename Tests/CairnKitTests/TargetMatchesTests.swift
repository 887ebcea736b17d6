import Testing
@testable import CairnKit

/// Which target roles each posting names (`TargetMatches`), worked out once a title and then by
/// the posting's role: the same as `Market.names` asked posting by posting.
@Suite struct TargetMatchesTests {
    @Test func eachPostingNamesTheRolesMarketNamesSays() throws {
        let plan = try MatchRuleTests.repeatingPlan()
        let matches = TargetMatches(plan)
        #expect(matches.roles.map(\.id) == ["staff-engineer", "engineering-manager"])
        var named = 0
        for (posting, value) in plan.postings.enumerated() {
            for (role, target) in matches.roles.enumerated() {
                #expect(matches.names(posting: posting, role: role) == Market.names(value, target), "\(value.id) \(target.id)")
                if matches.names(posting: posting, role: role) { named += 1 }
            }
            #expect(matches.namesAny(posting: posting) == matches.roles.contains { Market.names(value, $0) })
        }
        // By title: "Staff Engineer" (8 of 24) and "Engineering Manager" (4); by its role id alone:
        // p10, p15 and p20 (p0 and p5 are Staff Engineers already).
        #expect(named == 8 + 4 + 3)
    }
}
