import Testing
@testable import CairnKit

@Suite struct PostingReaderTests {
    @Test func readsFrontMatterFields() throws {
        var fixture = PlanFixture()
        fixture.add("jobs/acme.md", """
            ---
            title: Staff Engineer, Payments
            company: Acme
            location: London, UK
            remote: onsite
            salary: {min: 100000, max: 130000, currency: GBP}
            posted: 2026-10-02
            status: applied
            url: https://example.com/job
            experience: 5-8
            requires: [Go, Kubernetes]
            prefers: {Terraform: 1}
            ---
            """)
        let (plan, diagnostics) = fixture.read()
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let posting = try #require(plan?.postings.first)
        #expect(posting.id == "acme")
        #expect(posting.title == "Staff Engineer, Payments")
        #expect(posting.roleID == nil, "the title is not a catalog title or alias")
        #expect(posting.company == "Acme")
        #expect(posting.city == "London, UK")
        #expect(posting.remote == .onsite)
        #expect(posting.salary == SalaryRange(min: 100_000, max: 130_000, currency: "GBP"))
        #expect(posting.posted == Day(year: 2026, month: 10, day: 2))
        #expect(posting.status == .applied)
        #expect(posting.url == "https://example.com/job")
        #expect(posting.experience == YearsRange(minimum: 5, maximum: 8))
        #expect(posting.requires.map(\.skillID) == ["go", "kubernetes"])
        #expect(posting.requires.map(\.level) == [.proficient, .proficient], "a listed skill without a level needs level 2")
        #expect(posting.prefers.map(\.skillID) == ["terraform"])
        #expect(posting.prefers.map(\.level) == [.basic])
        #expect(!posting.skillsFromBody)
    }

    @Test func readsSkillsFromHeadedListsWhenFrontMatterHasNone() throws {
        var fixture = PlanFixture()
        fixture.add("jobs/pasted.md", """
            ---
            title: Staff Software Engineer
            ---
            ## About us
            - We go to great lengths for customers
            ## Requirements
            - 8+ years building distributed systems in Go
            - Experience with Kubernetes and Terraform
            - Willing to go the extra mile
            ## Nice to have
            - AWS or GCP
            - Kubernetes operators
            """)
        let (plan, diagnostics) = fixture.read()
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let posting = try #require(plan?.postings.first)
        #expect(posting.roleID == "staff-engineer")
        #expect(posting.requires.map(\.skillID) == ["distributed-systems", "go", "kubernetes", "terraform"])
        #expect(posting.prefers.map(\.skillID) == ["aws", "gcp"], "skills already required are not preferred too")
        #expect(posting.requires[0].location.line == 7)
        #expect(posting.skillsFromBody)
    }

    @Test func experienceForms() {
        #expect(YearsRange(text: "6+") == YearsRange(minimum: 6, maximum: nil))
        #expect(YearsRange(text: "5") == YearsRange(minimum: 5, maximum: nil))
        #expect(YearsRange(text: "5–8") == YearsRange(minimum: 5, maximum: 8))
        #expect(YearsRange(text: "8-5") == nil)
        #expect(YearsRange(text: "many") == nil)
    }

    /// A skill listed twice is reported at its second place, in a short list and in one long
    /// enough to be kept in a map; every level a digit or a word.
    @Test(arguments: [3, 40])
    func aSkillListedTwiceIsReportedOnce(count: Int) throws {
        var fixture = PlanFixture()
        let names = (1...count).map { "Skill \($0)" }
        // A list of one-key maps: YAML lets a name come back there, in another case too.
        let lines = names.enumerated().map { "  - \($1): \(["0", "1", "2", "3", "proficient"][$0 % 5])" }.joined(separator: "\n")
        fixture.add("jobs/a.md", "---\ntitle: Engineer\nrequires:\n\(lines)\n  - skill 2: 3\n---\n")
        let (plan, diagnostics) = fixture.read()
        let posting = try #require(plan?.postings.first)
        #expect(posting.requires.count == count)
        #expect(posting.requires.map(\.level.rawValue) == (0..<count).map { [0, 1, 2, 3, 2][$0 % 5] })
        let twice = diagnostics.filter { $0.code == .duplicateID }
        #expect(twice.count == 1 && twice.first?.location.line == count + 4, "\(diagnostics)")
        #expect(twice.first?.hint == "keep one entry; the first is on line 5")
    }

    @Test func levelsAsDigitsOrWords() {
        for (text, level) in [("0", Level?.some(.none)), ("3", .expert), ("4", nil), ("x", nil), ("2", .proficient), ("Expert", .expert),
                              ("basic", .basic), ("", nil), ("12", nil), ("٣", nil)] {
            #expect(Level(text: text) == level, "\(text)")
        }
    }
}
