import Testing
@testable import CairnKit

/// The postings' skills numbered in id order (`PostingSkills`), which the market and the goals'
/// needs tally by.
@Suite struct PostingSkillsTests {
    static func need(_ skill: String, _ level: Level) -> SkillRequirement {
        SkillRequirement(skillID: skill, level: level, location: SourceLocation(path: "jobs/x.md", line: 1))
    }

    static let postings = [
        Posting(id: "zeta", title: "A", requires: [need("rust", .proficient), need("go", .basic)], prefers: [need("aws", .none)],
                location: SourceLocation(path: "jobs/zeta.md", line: 1)),
        Posting(id: "alpha", title: "B", location: SourceLocation(path: "jobs/alpha.md", line: 1)),
        Posting(id: "mid", title: "C", requires: [need("go", .expert)], prefers: [need("rust", .basic), need("go", .none)],
                location: SourceLocation(path: "jobs/mid.md", line: 1)),
    ]

    @Test func skillsAreNumberedInIdOrder() {
        let skills = PostingSkills(Self.postings)
        #expect(skills.ids == ["aws", "go", "rust"])
    }

    @Test func eachPostingsSkillsAreItsOwnInTheOrderWritten() {
        let skills = PostingSkills(Self.postings)
        func named(_ needs: ArraySlice<PostingSkills.Need>) -> [String] { needs.map { "\(skills.ids[$0.skill]) \($0.level)" } }
        #expect(named(skills.requires(0)) == ["rust 2", "go 1"] && named(skills.prefers(0)) == ["aws 0"])
        #expect(named(skills.requires(1)).isEmpty && named(skills.prefers(1)).isEmpty)
        #expect(named(skills.requires(2)) == ["go 3"] && named(skills.prefers(2)) == ["rust 1", "go 0"])
        for (index, posting) in Self.postings.enumerated() {
            #expect(named(skills.requires(index)) == posting.requires.map { "\($0.skillID) \($0.level.rawValue)" })
            #expect(named(skills.prefers(index)) == posting.prefers.map { "\($0.skillID) \($0.level.rawValue)" })
        }
    }

    @Test func postingsArePlacedInIdOrder() {
        #expect(PostingSkills(Self.postings).idOrder == [2, 0, 1])
        #expect(PostingSkills([]).ids.isEmpty && PostingSkills([]).idOrder.isEmpty)
    }
}
