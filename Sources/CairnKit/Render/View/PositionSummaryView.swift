import Foundation

/// Where the person stands, as shown (analysis section 1).
public struct PositionSummaryView: Sendable, Equatable, Encodable {
    public var title: String
    public var currentRole: String
    /// The catalog role behind the title, for a caption: "catalog role senior-engineer".
    public var roleNote: String
    public var experience: String
    public var seniority: String
    /// Why that seniority: "the title word 'Senior'".
    public var seniorityReason: String
    public var track: String
    public var domain: String
    /// "stated in the profile" or "computed: the category with the most skill levels held".
    public var domainSource: String
    /// Skill levels held per category, most first: the parts of the computed domain.
    public var categories: [CategoryRow]
    public var hasCategories: Bool
    public var strengths: String
    public var hasStrengths: Bool
    public var growthAreas: [GrowthRow]
    public var hasGrowthAreas: Bool
}

/// Skill levels held in one category.
public struct CategoryRow: Sendable, Equatable, Encodable {
    public var category: String
    public var levels: String
    public var skills: String
    /// Share of all levels held, for bars: "42" (percent, no sign).
    public var share: String
}

/// A skill the active goals need above the level held.
public struct GrowthRow: Sendable, Equatable, Encodable {
    public var skill: String
    public var current: String
    public var needed: String
    public var gap: String
    /// Titles of the roles that need it: "Staff Engineer, Principal Engineer".
    public var neededBy: String
}

extension PositionSummaryView {
    init(_ position: Position, plan: Plan) {
        let catalog = plan.catalog
        title = position.title ?? "not stated"
        if let id = position.currentRoleID, let role = catalog.roles[id] {
            currentRole = "\(role.title) (\(id))"
            roleNote = "catalog role \(id)"
        } else if let role = CareerPaths.currentRole(plan) {
            currentRole = "\(role.title) (\(role.id)), assumed from your seniority"
            roleNote = "catalog role \(role.id), assumed from your seniority"
        } else {
            currentRole = "not matched to a catalog role"
            roleNote = currentRole
        }
        experience = position.experience.map(Format.years) ?? "not stated"
        seniority = position.seniority.rawValue.replacingOccurrences(of: "-", with: " ")
        seniorityReason = position.seniorityReason
        track = switch position.track {
        case .ic: "individual contributor"
        case .management: "management"
        case .specialist: "specialist"
        }
        domain = position.domain ?? "not stated, and no skills to compute it from"
        domainSource = position.domainIsStated ? "stated in the profile" : "computed: the category with the most skill levels held"
        let allLevels = position.levelsByCategory.reduce(0) { $0 + $1.levels }
        categories = position.levelsByCategory.map {
            CategoryRow(category: $0.category, levels: String($0.levels), skills: String($0.skills),
                        share: allLevels == 0 ? "0" : String(Numbers.roundHalfUp(Double($0.levels) * 100 / Double(allLevels))))
        }
        hasCategories = !categories.isEmpty
        let strengthNames = position.strengths.map { catalog.taxonomy.name(of: $0) }.sorted()
        strengths = strengthNames.joined(separator: ", ")
        hasStrengths = !strengthNames.isEmpty
        growthAreas = position.growthAreas.map { need in
            GrowthRow(skill: need.name, current: String(need.current), needed: String(need.needed),
                      gap: String(need.needed - need.current),
                      neededBy: need.neededBy.map { catalog.roles[$0]?.title ?? $0 }.joined(separator: ", "))
        }
        hasGrowthAreas = !growthAreas.isEmpty
    }
}
