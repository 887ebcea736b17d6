import Testing
@testable import CairnKit

/// `Profile.skill(_:)` answers from an index of `skills`, which every change of `skills` keeps.
@Suite struct ProfileSkillTests {
    static let here = CairnKit.SourceLocation(path: "profile.md", line: 1)

    static func held(_ id: String, _ level: Level) -> HeldSkill {
        HeldSkill(skillID: id, writtenName: id, level: level, location: here)
    }

    @Test func findsEachHeldSkillAndTheFirstOfTwins() {
        var profile = Profile(time: TimeBudget(currency: "USD"), location: Self.here)
        #expect(profile.skill("go") == nil)
        profile.skills = [Self.held("go", .expert), Self.held("sql", .basic), Self.held("go", .basic)]
        #expect(profile.skill("go")?.level == .expert)
        #expect(profile.skill("sql")?.level == .basic)
        #expect(profile.skill("rust") == nil)
    }

    @Test func followsEveryChangeOfTheSkills() {
        var profile = Profile(time: TimeBudget(currency: "USD"), location: Self.here)
        profile.skills.append(Self.held("go", .basic))
        #expect(profile.skill("go")?.level == .basic)
        profile.skills[0].level = .proficient
        #expect(profile.skill("go")?.level == .proficient)
        profile.skills.insert(Self.held("sql", .expert), at: 0)
        #expect(profile.skill("go")?.level == .proficient)
        #expect(profile.skill("sql")?.level == .expert)
        profile.skills.removeAll { $0.skillID == "sql" }
        #expect(profile.skill("sql") == nil)
        #expect(profile.skill("go")?.level == .proficient)
        profile.skills = []
        #expect(profile.skill("go") == nil)
    }
}
