/// A skill's score on the skill map, 0-100, with every part that made it (analysis section 2).
public struct SkillScore: Sendable, Encodable, Equatable {
    public var skillID: String
    public var name: String
    public var category: String
    public var level: Int
    public var facets: [FacetScore]
    /// The weighted mean of facet levels (the level itself without facets).
    public var weightedLevel: Double
    /// +0.3 (capped at 3) when three or more facets are at 2 or above.
    public var breadthBonus: Bool
    /// Raised to 2.0 because a facet is at 3.
    public var expertFloor: Bool
    /// x0.9 because the skill was last used more than 24 months before as_of.
    public var stale: Bool
    /// The date that decided staleness: last_used, else the latest evidence.
    public var lastUsed: Day?
    public var base: Double
    public var score: Int
}

/// One facet's level and the evidence weight it carries.
public struct FacetScore: Sendable, Encodable, Equatable {
    public var name: String
    public var level: Int
    public var evidence: Int
    /// max(1, evidence).
    public var weight: Int
}

/// Skill scores grouped by category.
public struct SkillCategory: Sendable, Encodable, Equatable {
    public var category: String
    public var skills: [SkillScore]
}

public enum SkillMap {
    /// The score of one held skill.
    public static func score(_ skill: HeldSkill, evidence: EvidenceIndex, taxonomy: Taxonomy, asOf: Day) -> SkillScore {
        let facets = skill.facets.map { facet in
            let count = evidence.count(skill.skillID, facet: facet.name)
            return FacetScore(name: facet.name, level: facet.level.rawValue, evidence: count, weight: max(1, count))
        }
        // Without facets the base is the level; with them, the evidence-weighted mean of facet levels.
        let weighted = facets.isEmpty ? Double(skill.level.rawValue)
            : Double(facets.reduce(0) { $0 + $1.level * $1.weight }) / Double(facets.reduce(0) { $0 + $1.weight })
        var base = weighted
        var breadth = false, floor = false
        if !facets.isEmpty {
            if facets.filter({ $0.level >= 2 }).count >= 3 {
                base = min(3, base + 0.3)
                breadth = true
            }
            if facets.contains(where: { $0.level == 3 }) && base < 2 {
                base = 2
                floor = true
            }
        }
        let lastUsed = skill.lastUsed ?? evidence.latest(skill.skillID, asOf: asOf)
        var stale = false
        if let lastUsed, lastUsed < asOf.months(before: 24) {
            base *= 0.9
            stale = true
        }
        return SkillScore(
            skillID: skill.skillID, name: taxonomy.name(of: skill.skillID),
            category: taxonomy.skills[skill.skillID]?.category ?? "other", level: skill.level.rawValue,
            facets: facets, weightedLevel: Numbers.round(weighted, places: 2), breadthBonus: breadth, expertFloor: floor,
            stale: stale, lastUsed: lastUsed, base: Numbers.round(base, places: 2),
            score: Numbers.roundHalfUp(base / 3 * 100))
    }

    /// Every held skill's score, by category (categories by name, skills by score then name).
    public static func of(_ plan: Plan, evidence: EvidenceIndex, asOf: Day) -> [SkillCategory] {
        let scores = plan.profile.skills.map { score($0, evidence: evidence, taxonomy: plan.catalog.taxonomy, asOf: asOf) }
        return Dictionary(grouping: scores, by: \.category).map { category, skills in
            SkillCategory(category: category, skills: skills.sorted { ($0.score, $1.name) > ($1.score, $0.name) })
        }.sorted { $0.category < $1.category }
    }
}
