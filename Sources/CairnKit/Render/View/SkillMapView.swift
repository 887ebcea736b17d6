/// One category of the skill map.
public struct SkillCategoryView: Sendable, Equatable, Encodable {
    public var category: String
    public var skills: [SkillRow]
}

/// One held skill's score with the parts that made it (analysis section 2).
public struct SkillRow: Sendable, Equatable, Encodable {
    public var name: String
    public var level: String
    public var levelName: String
    public var score: String
    /// The base level the score comes from, two decimals: "2.30".
    public var base: String
    /// How the base was reached, in words: "facets Concurrency 3 ×1, ...: mean 2.00; +0.3 for breadth".
    public var parts: String
    public var facets: [FacetRow]
    public var hasFacets: Bool
}

/// One facet of a skill: its level and the evidence weight it carries.
public struct FacetRow: Sendable, Equatable, Encodable {
    public var name: String
    public var level: String
    public var evidence: String
    public var weight: String
}

extension SkillCategoryView {
    /// The skill map's categories in the analysis's order.
    static func all(_ categories: [SkillCategory]) -> [SkillCategoryView] {
        categories.map { category in
            SkillCategoryView(category: category.category, skills: category.skills.map(SkillRow.init))
        }
    }
}

extension SkillRow {
    init(_ score: SkillScore) {
        name = score.name
        level = String(score.level)
        levelName = Level(rawValue: score.level)?.name ?? ""
        self.score = String(score.score)
        base = Format.number(score.base, places: 2)
        facets = score.facets.map {
            FacetRow(name: $0.name, level: String($0.level), evidence: String($0.evidence), weight: String($0.weight))
        }
        hasFacets = !facets.isEmpty
        var steps: [String] = []
        if score.facets.isEmpty {
            steps.append("level \(score.level)")
        } else {
            let weighted = score.facets.map { "\($0.name) \($0.level)×\($0.weight)" }.joined(separator: ", ")
            steps.append("facets \(weighted): weighted mean \(Format.number(score.weightedLevel, places: 2))")
            if score.breadthBonus { steps.append("+0.3 for three facets at 2 or more (at most 3)") }
            if score.expertFloor { steps.append("raised to 2.00 for a facet at 3") }
        }
        if score.stale, let lastUsed = score.lastUsed {
            steps.append("×0.9, last used \(lastUsed), more than 24 months ago")
        }
        parts = steps.joined(separator: "; ") + "; \(base) / 3 × 100 = \(score.score)"
    }
}
