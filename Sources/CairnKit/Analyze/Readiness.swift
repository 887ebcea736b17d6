/// How ready the person is for a role, 0-100, in three parts (analysis section 5).
public struct Readiness: Sendable, Encodable, Equatable {
    public var roleID: String
    public var title: String
    /// Why this role is assessed: "goal staff", "fallback of staff", "promotion from senior-engineer".
    public var reasons: [String]
    public var technical: TechnicalPart
    public var experience: ExperiencePart
    public var demonstrated: DemonstratedPart
    public var total: Int
    public var tier: ReadinessTier
}

/// Readiness tiers on the total: 85 ready now, 70 good fit, 55 stretch, below aspirational.
public enum ReadinessTier: String, Sendable, Encodable {
    case readyNow = "ready now", goodFit = "good fit", stretch, aspirational

    public init(total: Int) {
        switch total {
        case 85...: self = .readyNow
        case 70...: self = .goodFit
        case 55...: self = .stretch
        default: self = .aspirational
        }
    }
}

/// Technical readiness: weighted coverage of required (w 1) and preferred (w 0.5) skills.
public struct TechnicalPart: Sendable, Encodable, Equatable {
    public var points: Double
    public var maximum: Double
    public var skills: [SkillCoverage]
}

/// One skill of a role against the level held.
public struct SkillCoverage: Sendable, Encodable, Equatable {
    public var skillID: String
    public var name: String
    public var required: Bool
    public var needed: Int
    public var current: Int
    public var gap: Int
    public var weight: Double
    /// d(gap): 1.0, 0.7, 0.4, 0.15 for gaps 0-3.
    public var credit: Double
}

/// Experience readiness: years against the role's typical years.
public struct ExperiencePart: Sendable, Encodable, Equatable {
    public var points: Double
    public var maximum: Double
    public var years: Double
    public var roleYears: Double?
}

/// Demonstrated readiness: required skills backed by evidence dated within 24 months.
public struct DemonstratedPart: Sendable, Encodable, Equatable {
    public var points: Double
    public var maximum: Double
    public var backed: [BackedSkill]
    public var unbacked: [String]
    public var required: Int
}

/// A required skill with its recent evidence.
public struct BackedSkill: Sendable, Encodable, Equatable {
    public var skillID: String
    public var name: String
    public var evidence: [EvidenceItem]
}

extension Readiness {
    /// Credit per level of gap.
    public static func credit(gap: Int) -> Double {
        switch gap {
        case ...0: 1.0
        case 1: 0.7
        case 2: 0.4
        default: 0.15
        }
    }

    /// Readiness of `plan`'s person for `role` on `asOf`.
    public static func of(_ role: Role, plan: Plan, evidence: EvidenceIndex, asOf: Day, reasons: [String] = []) -> Readiness {
        let weights = plan.settings.readinessWeights
        let taxonomy = plan.catalog.taxonomy
        let coverage = (role.requires.map { ($0, true) } + role.prefers.map { ($0, false) }).map { requirement, required in
            let current = plan.profile.skill(requirement.skillID)?.level.rawValue ?? 0
            let gap = max(0, requirement.level.rawValue - current)
            return SkillCoverage(skillID: requirement.skillID, name: taxonomy.name(of: requirement.skillID), required: required,
                                 needed: requirement.level.rawValue, current: current, gap: gap,
                                 weight: required ? 1 : 0.5, credit: credit(gap: gap))
        }
        let weightSum = coverage.reduce(0) { $0 + $1.weight }
        let technical = weightSum == 0 ? weights.technical
            : weights.technical * coverage.reduce(0) { $0 + $1.weight * $1.credit } / weightSum

        let years = plan.profile.experience ?? 0
        let experience = role.years.map { $0 > 0 ? weights.experience * min(1, years / $0) : weights.experience } ?? weights.experience

        var backed: [BackedSkill] = [], unbacked: [String] = []
        for requirement in role.requires {
            let items = evidence.recent(requirement.skillID, asOf: asOf)
            if items.isEmpty { unbacked.append(requirement.skillID) } else {
                backed.append(BackedSkill(skillID: requirement.skillID, name: taxonomy.name(of: requirement.skillID), evidence: items))
            }
        }
        let demonstrated = role.requires.isEmpty ? weights.demonstrated
            : weights.demonstrated * Double(backed.count) / Double(role.requires.count)

        let total = Numbers.roundHalfUp(technical + experience + demonstrated)
        return Readiness(
            roleID: role.id, title: role.title, reasons: reasons,
            technical: TechnicalPart(points: Numbers.round(technical, places: 1), maximum: weights.technical, skills: coverage),
            experience: ExperiencePart(points: Numbers.round(experience, places: 1), maximum: weights.experience,
                                       years: years, roleYears: role.years),
            demonstrated: DemonstratedPart(points: Numbers.round(demonstrated, places: 1), maximum: weights.demonstrated,
                                           backed: backed, unbacked: unbacked, required: role.requires.count),
            total: total, tier: ReadinessTier(total: total))
    }
}
