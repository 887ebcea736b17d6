import Foundation

/// Readiness for one role with the three parts and the skills behind each, as shown.
public struct ReadinessView: Sendable, Equatable, Encodable {
    public var roleID: String
    public var title: String
    /// Why the role is assessed: "goal staff-engineer; promotion from senior-engineer".
    public var reasons: String
    public var total: String
    public var tier: String
    /// The tier as a CSS class: "ready-now", "good-fit", "stretch", "aspirational".
    public var tierClass: String
    public var technical: PartView
    public var experience: PartView
    public var demonstrated: PartView
    /// How the technical points were computed: "40 × 2.3 / 3.5 = 26.3".
    public var technicalFormula: String
    public var skills: [CoverageRow]
    public var hasSkills: Bool
    /// "6 years against the role's typical 8: 30 × min(1, 6 / 8) = 22.5".
    public var experienceLine: String
    /// "2 of 3 required skills have evidence dated 2024-11-23 to 2026-11-23: 30 × 2 / 3 = 20".
    public var demonstratedLine: String
    public var backed: [BackedRow]
    public var hasBacked: Bool
    public var unbacked: String
    public var hasUnbacked: Bool
}

/// Points of one part out of its maximum.
public struct PartView: Sendable, Equatable, Encodable {
    public var points: String
    public var maximum: String
}

/// One skill of a role against the level held (technical part).
public struct CoverageRow: Sendable, Equatable, Encodable {
    public var skill: String
    /// "required" or "preferred".
    public var kind: String
    public var needed: String
    public var current: String
    public var gap: String
    public var weight: String
    public var credit: String
    public var met: Bool
}

/// A required skill with its recent evidence (demonstrated part): the newest items and how many more.
public struct BackedRow: Sendable, Equatable, Encodable {
    public var skill: String
    /// The newest items, at most `BackedRow.shown`.
    public var evidence: [EvidenceRow]
    /// "and 6 more" when there are more items than shown, else empty.
    public var more: String
    public var hasMore: Bool
    /// The shown evidence in one line: "Led the move ... (profile evidence, 2025-03-28); ...; and 6 more".
    public var summary: String

    /// How many evidence items a report shows per skill.
    public static let shown = 3
}

/// One evidence item: when, where it came from, what it was.
public struct EvidenceRow: Sendable, Equatable, Encodable {
    public var date: String
    /// "profile evidence", "done action", "log entry".
    public var source: String
    public var text: String
}

extension ReadinessView {
    /// The view of `readiness`, with skill names from `plan`'s taxonomy.
    public init(_ readiness: Readiness, plan: Plan, asOf: Day) {
        let technical = readiness.technical, experience = readiness.experience, demonstrated = readiness.demonstrated
        roleID = readiness.roleID
        title = readiness.title
        reasons = readiness.reasons.joined(separator: "; ")
        total = String(readiness.total)
        tier = readiness.tier.rawValue
        tierClass = readiness.tier.rawValue.replacingSpaces(with: "-")
        self.technical = PartView(points: Format.number(technical.points), maximum: Format.number(technical.maximum))
        self.experience = PartView(points: Format.number(experience.points), maximum: Format.number(experience.maximum))
        self.demonstrated = PartView(points: Format.number(demonstrated.points), maximum: Format.number(demonstrated.maximum))

        let weights = technical.skills.reduce(0) { $0 + $1.weight }
        let credited = technical.skills.reduce(0) { $0 + $1.weight * $1.credit }
        technicalFormula = weights == 0
            ? "the role lists no skills: the full \(Format.number(technical.maximum))"
            : "\(Format.number(technical.maximum)) × \(Format.number(credited, places: 2)) / \(Format.number(weights, places: 2)) = \(Format.number(technical.points))"
        skills = technical.skills.map(CoverageRow.init)
        hasSkills = !skills.isEmpty

        let maximum = Format.number(experience.maximum)
        if let roleYears = experience.roleYears, roleYears > 0 {
            experienceLine = "\(Format.years(experience.years)) against the role's typical \(Format.number(roleYears)): "
                + "\(maximum) × min(1, \(Format.number(experience.years)) / \(Format.number(roleYears))) = \(Format.number(experience.points))"
        } else {
            experienceLine = "the role states no typical years: the full \(maximum)"
        }

        let window = "\(asOf.months(before: 24)) to \(asOf)"
        if demonstrated.required == 0 {
            demonstratedLine = "the role requires no skills: the full \(Format.number(demonstrated.maximum))"
        } else {
            demonstratedLine = "\(demonstrated.backed.count) of \(Format.count(demonstrated.required, "required skill")) "
                + "\(demonstrated.backed.count == 1 ? "has" : "have") evidence dated \(window): "
                + "\(Format.number(demonstrated.maximum)) × \(demonstrated.backed.count) / \(demonstrated.required) = \(Format.number(demonstrated.points))"
        }
        backed = demonstrated.backed.map { skill in
            let evidence = skill.evidence.prefix(BackedRow.shown).map(EvidenceRow.init)
            let hidden = skill.evidence.count - evidence.count
            let more = hidden > 0 ? "and \(hidden) more" : ""
            let items = evidence.map { "\($0.text) (\($0.source), \($0.date))" } + (more.isEmpty ? [] : [more])
            return BackedRow(skill: skill.name, evidence: evidence, more: more, hasMore: hidden > 0,
                             summary: items.joined(separator: "; "))
        }
        hasBacked = !backed.isEmpty
        let unbackedNames = demonstrated.unbacked.map { plan.catalog.taxonomy.name(of: $0) }
        unbacked = unbackedNames.joined(separator: ", ")
        hasUnbacked = !unbackedNames.isEmpty
    }
}

extension CoverageRow {
    init(_ skill: SkillCoverage) {
        self.skill = skill.name
        kind = skill.required ? "required" : "preferred"
        needed = String(skill.needed)
        current = String(skill.current)
        gap = String(skill.gap)
        weight = Format.number(skill.weight, places: 2)
        credit = Format.number(skill.credit, places: 2)
        met = skill.gap == 0
    }
}

extension EvidenceRow {
    init(_ item: EvidenceItem) {
        date = item.date?.description ?? "undated"
        source = switch item.source {
        case .profile: "profile evidence"
        case .action: "done action"
        case .log: "log entry"
        }
        text = item.text
    }
}

extension String {
    /// The string with runs of spaces replaced by `separator`, lower-cased: "good fit" -> "good-fit".
    func replacingSpaces(with separator: String) -> String {
        split(separator: " ").joined(separator: separator).lowercased()
    }
}
