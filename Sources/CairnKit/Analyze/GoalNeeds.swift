/// Who asks for which skill at which level: active goals' roles, their target postings and
/// their fallback roles (analysis section 4, before any gap is measured).
public struct GoalNeeds: Sendable, Equatable {
    /// Skill id -> every need, in goal then source order.
    public var bySkill: [String: [GapNeed]] = [:]
    /// For each active goal: skill id -> the level its target role and target postings need.
    public var levels: [String: [String: Int]] = [:]
    /// For each active goal: skill id -> the level it must reach for the goal's date to count as
    /// met: what its target role requires, and what half or more of its target postings require.
    public var requirements: [String: [String: Int]] = [:]

    /// `targets` are the plan's target postings (`Market.targetPostings`) when the caller has them.
    public static func of(_ plan: Plan, targets: Market.TargetPostings? = nil) -> GoalNeeds {
        var result = GoalNeeds()
        let targetPostings = targets ?? Market.targetPostings(plan)
        // Raised in place: one access to a goal's map, not a read and then a write. A goal's maps
        // are filled apart and put in the result once: one lookup a skill, not two.
        func raise(_ value: inout Int, to level: Int) { value = max(value, level) }
        var requirements: [String: Int] = [:], levels: [String: Int] = [:]
        func require(_ skill: String, _ level: Int) { raise(&requirements[skill, default: 0], to: level) }
        func add(_ skill: String, _ need: GapNeed, counts: Bool) {
            result.bySkill[skill, default: []].append(need)
            if counts { raise(&levels[skill, default: 0], to: need.level) }
        }
        func keep(_ goal: String) {
            // Merged only when another active goal has the same id.
            if !requirements.isEmpty {
                result.requirements[goal] = result.requirements[goal].map { $0.merging(requirements, uniquingKeysWith: max) } ?? requirements
            }
            if !levels.isEmpty { result.levels[goal] = result.levels[goal].map { $0.merging(levels, uniquingKeysWith: max) } ?? levels }
            requirements = [:]
            levels = [:]
        }
        // Sized once for the skills the target postings ask for (most needs are theirs), not
        // rehashed as they grow: the burn-down asks for the needs of each of its days.
        let postingSkills = targetPostings.matches.skills.ids.count
        result.bySkill.reserveCapacity(postingSkills)
        for goal in plan.goals where goal.status == .active {
            defer { keep(goal.id) }
            levels.reserveCapacity(postingSkills)
            let role = plan.catalog.roles[goal.targetRoleID]
            if let role {
                for r in role.requires {
                    require(r.skillID, r.level.rawValue)
                    add(r.skillID, GapNeed(source: .required, roleID: role.id, goalID: goal.id, level: r.level.rawValue), counts: true)
                }
                for r in role.prefers { add(r.skillID, GapNeed(source: .preferred, roleID: role.id, goalID: goal.id, level: r.level.rawValue), counts: true) }
            }
            // Each skill's highest level over the goal's postings, and how many ask for it, by the
            // skill's number (`PostingSkills`: numbers are in id order).
            let matches = targetPostings.matches, skills = matches.skills, roleIndex = role.flatMap { matches.index(of: $0.id) }
            var tallies = [PostingTally](repeating: PostingTally(), count: skills.ids.count)
            // Walked, not copied: a goal's postings can be thousands, and the burn-down asks for each of its days.
            let goalPostings = targetPostings.postings.picked.lazy.filter { index in
                targetPostings.all || roleIndex.map { matches.names(posting: index, role: $0) } == true
            }
            var goalPostingCount = 0
            for index in goalPostings {
                for r in skills.requires(index) { tallies[r.skill].count(r.level, posting: goalPostingCount) }
                goalPostingCount += 1
            }
            for (number, tally) in tallies.enumerated() where tally.postings > 0 {
                if Double(tally.postings) >= 0.5 * Double(goalPostingCount) { require(skills.ids[number], tally.level) }
                add(skills.ids[number], GapNeed(source: .postings, roleID: nil, goalID: goal.id, level: tally.level), counts: true)
            }
            for alternative in goal.alternatives {
                guard let fallback = plan.catalog.roles[alternative] else { continue }
                for (r, source) in fallback.requires.map({ ($0, GapNeed.Source.fallbackRequired) })
                    + fallback.prefers.map({ ($0, GapNeed.Source.fallbackPreferred) }) {
                    add(r.skillID, GapNeed(source: source, roleID: fallback.id, goalID: goal.id, level: r.level.rawValue), counts: false)
                }
            }
        }
        return result
    }
}
