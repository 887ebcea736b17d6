/// A rank on the IC ladder or the management track.
public enum Seniority: String, Sendable, Encodable, CaseIterable {
    case junior, mid, senior, staff, principal, distinguished
    case manager, seniorManager = "senior-manager", director, vp

    /// The rank on the catalog's one level scale (Role.level).
    public var level: Int {
        switch self {
        case .junior: 1
        case .mid: 2
        case .senior: 3
        case .staff, .manager: 4
        case .principal, .seniorManager: 5
        case .distinguished, .director: 6
        case .vp: 7
        }
    }

    public var track: Track {
        switch self {
        case .manager, .seniorManager, .director, .vp: .management
        default: .ic
        }
    }

    /// Seniority from years of experience: under 2 junior, 2 mid, 5 senior, 8 staff, 12 principal.
    public static func fromYears(_ years: Double) -> Seniority {
        switch years {
        case ..<2: .junior
        case ..<5: .mid
        case ..<8: .senior
        case ..<12: .staff
        default: .principal
        }
    }

    /// The words of a title that decide its seniority, the first held winning (made once: a
    /// ranking asks for every saved posting's title).
    private static let rankedWords: [(String, Seniority)] = [
        ("distinguished", .distinguished), ("fellow", .distinguished), ("principal", .principal),
        ("staff", .staff), ("iv", .staff), ("senior", .senior), ("sr", .senior), ("iii", .senior), ("lead", .senior),
        ("ii", .mid), ("junior", .junior), ("associate", .junior), ("entry", .junior), ("i", .junior),
    ]

    /// Seniority from the words of a title, with the word that decided it; nil when no word decides.
    public static func fromTitle(_ title: String) -> (Seniority, String)? {
        let words = (title.isASCII ? title.asciiPieces { !Taxonomy.isASCIILetterOrDigit($0) } : title.split { !$0.isLetter && !$0.isNumber })
            .map(String.init)
        let lowered = words.map { $0.lowercased() }
        func has(_ word: String) -> Bool { lowered.contains(word) }
        func original(_ word: String) -> String { words[lowered.firstIndex(of: word)!] }
        let isSenior = has("senior") || has("sr")
        if has("vp") || (has("vice") && has("president")) { return (.vp, has("vp") ? original("vp") : "Vice President") }
        if has("director") { return (.director, original("director")) }
        if has("head"), let index = lowered.firstIndex(of: "head"), index + 1 < lowered.count, lowered[index + 1] == "of" {
            return (.director, "Head of")
        }
        if has("manager") { return (isSenior ? .seniorManager : .manager, isSenior ? "Senior Manager" : original("manager")) }
        for (word, seniority) in rankedWords where has(word) { return (seniority, original(word)) }
        if let index = lowered.firstIndex(of: "new"), index + 1 < lowered.count, lowered[index + 1] == "grad" {
            return (.junior, "New Grad")
        }
        return nil
    }
}

/// Where the person stands (analysis section 1).
public struct Position: Sendable, Encodable {
    public var title: String?
    public var currentRoleID: String?
    public var experience: Double?
    public var seniority: Seniority
    /// Why: "title word 'Senior'" or "6 years of experience".
    public var seniorityReason: String
    public var track: Track
    /// The domain (a taxonomy category); stated in the profile or computed.
    public var domain: String?
    public var domainIsStated: Bool
    /// Skill levels held per category, most first: the parts of the computed domain.
    public var levelsByCategory: [CategoryLevels]
    public var strengths: [String]
    public var growthAreas: [SkillNeed]
}

/// The sum of skill levels held in one category.
public struct CategoryLevels: Sendable, Encodable, Equatable {
    public var category: String
    public var levels: Int
    public var skills: Int
}

/// A skill needed above the level held, and by which role.
public struct SkillNeed: Sendable, Encodable, Equatable {
    public var skillID: String
    public var name: String
    public var current: Int
    public var needed: Int
    /// Role ids that need it at `needed`.
    public var neededBy: [String]
}

extension Position {
    /// Computes the position from the profile, the catalog and the active goals.
    public static func of(_ plan: Plan) -> Position {
        let profile = plan.profile
        let taxonomy = plan.catalog.taxonomy
        let seniority: Seniority, reason: String
        if let title = profile.title, let (rank, word) = Seniority.fromTitle(title) {
            seniority = rank
            reason = "title word '\(word)'"
        } else if let years = profile.experience {
            seniority = Seniority.fromYears(years)
            reason = "\(ValueReader.format(years)) years of experience"
        } else {
            seniority = .junior
            reason = "no title word and no experience stated"
        }
        var byCategory: [String: CategoryLevels] = [:]
        for skill in profile.skills where skill.level.rawValue > 0 {
            let category = taxonomy.skills[skill.skillID]?.category ?? "other"
            byCategory[category, default: CategoryLevels(category: category, levels: 0, skills: 0)].levels += skill.level.rawValue
            byCategory[category]!.skills += 1
        }
        let categories = byCategory.values.sorted { ($0.levels, $1.category) > ($1.levels, $0.category) }
        return Position(
            title: profile.title, currentRoleID: profile.roleID, experience: profile.experience,
            seniority: seniority, seniorityReason: reason, track: seniority.track,
            domain: profile.domain ?? categories.first?.category, domainIsStated: profile.domain != nil,
            levelsByCategory: categories,
            strengths: profile.skills.filter { $0.level == .expert }.map(\.skillID).sorted(),
            growthAreas: growthAreas(plan))
    }

    /// Skills the active goals' target roles need above the level held.
    static func growthAreas(_ plan: Plan) -> [SkillNeed] {
        var needs: [String: SkillNeed] = [:]
        for goal in plan.goals where goal.status == .active {
            guard let role = plan.catalog.roles[goal.targetRoleID] else { continue }
            for requirement in role.requires + role.prefers {
                let current = plan.profile.skill(requirement.skillID)?.level.rawValue ?? 0
                guard requirement.level.rawValue > current else { continue }
                var need = needs[requirement.skillID] ?? SkillNeed(
                    skillID: requirement.skillID, name: plan.catalog.taxonomy.name(of: requirement.skillID),
                    current: current, needed: 0, neededBy: [])
                if requirement.level.rawValue > need.needed { need.needed = requirement.level.rawValue }
                if !need.neededBy.contains(role.id) { need.neededBy.append(role.id) }
                needs[requirement.skillID] = need
            }
        }
        return needs.values.sorted { ($0.needed - $0.current, $1.name) > ($1.needed - $1.current, $0.name) }
    }
}
