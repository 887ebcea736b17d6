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

    /// Titles are told apart by their bytes, as `Market.names` searches them: "Café" written with
    /// one scalar names the role "Café Lead", written with `e` and a combining accent it does not,
    /// though the two titles are equal `String`s.
    @Test func titlesInOtherBytesAreMatchedApart() throws {
        let plan = try Self.cafePlan(["jobs/a.md": "title: Caf\u{E9} Lead Wanted", "jobs/b.md": "title: Cafe\u{301} Lead Wanted"])
        #expect(plan.postings[0].titleWords == plan.postings[1].titleWords)
        let matches = TargetMatches(plan)
        let role = try #require(matches.index(of: "cafe-lead"))
        #expect(matches.names(posting: 0, role: role) && !matches.names(posting: 1, role: role))
        #expect(Market.names(plan.postings[0], matches.roles[role]) && !Market.names(plan.postings[1], matches.roles[role]))
    }

    /// `ExactText` is equal where the bytes are, and only there: texts of one length differing in
    /// their first, a middle or their last byte, canonically equivalent texts, short texts held in
    /// the string itself and long ones on the heap, and the empty text.
    @Test func exactTextsAreEqualWhereTheirBytesAre() {
        let long = String(repeating: "staff engineer ", count: 4)
        let texts = ["", "a", "b", "ab", "ba", "Caf\u{E9}", "Cafe\u{301}", long, long + "x", long + "y",
                     "x" + long.dropFirst(), String(long.dropLast()) + "!", String(long.prefix(15)), String(long.prefix(16))]
        for a in texts {
            for b in texts {
                #expect((ExactText(a) == ExactText(b)) == Array(a.utf8).elementsEqual(Array(b.utf8)), "\(a.debugDescription) \(b.debugDescription)")
                if ExactText(a) == ExactText(b) { #expect(ExactText(a).hashValue == ExactText(b).hashValue) }
            }
        }
    }

    /// A plan whose one goal targets the role "Café Lead" (`é` as one scalar; `category` its
    /// category when given), with `files` (path: front-matter lines) added.
    static func cafePlan(category: String? = nil, _ files: [String: String]) throws -> Plan {
        var fixture = PlanFixture()
        let lead = "title: Caf\u{E9} Lead\ntrack: specialist\nlevel: 3\n" + (category.map { "category: \($0)\n" } ?? "")
        fixture.add("roles/cafe-lead.md", "---\n\(lead)---\n")
        fixture.add("goals/cafe.md", "---\ntarget: cafe-lead\n---\n")
        for (path, lines) in files.sorted(by: { $0.key < $1.key }) { fixture.add(path, "---\n\(lines)\n---\n") }
        return try #require(fixture.read().plan)
    }
}
