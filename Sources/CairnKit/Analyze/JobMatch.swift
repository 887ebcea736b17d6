/// How well a saved posting fits, 0-100, in five parts (analysis section 6).
public struct JobMatch: Sendable, Encodable, Equatable {
    public var postingID: String
    public var title: String
    public var company: String?
    public var status: String
    public var titleFit: MatchPart
    public var location: MatchPart
    public var skills: MatchPart
    public var experience: MatchPart
    public var salary: MatchPart
    public var total: Int
}

/// One part of a match: points out of a maximum, and the reason in words.
public struct MatchPart: Sendable, Encodable, Equatable {
    public var points: Double
    public var maximum: Double
    public var reason: String
}

public enum JobMatching {
    /// Scores every saved posting and ranks them (total, then title, then id).
    public static func rank(_ plan: Plan) -> [JobMatch] {
        // Sorted in place: a sorted copy of 10,000 matches would be held beside them.
        var targets = TitleTargets(plan)
        var matches = plan.postings.map { match($0, plan: plan, targets: &targets) }
        matches.sort { ($1.total, $0.title, $0.postingID) < ($0.total, $1.title, $1.postingID) }
        return matches
    }

    public static func match(_ posting: Posting, plan: Plan) -> JobMatch {
        var targets = TitleTargets(plan)
        return match(posting, plan: plan, targets: &targets)
    }

    static func match(_ posting: Posting, plan: Plan, targets: inout TitleTargets) -> JobMatch {
        let w = plan.settings.matchWeights
        let parts = [
            scaled(title(posting, plan: plan, targets: &targets), 20, w.title),
            scaled(location(posting, profile: plan.profile, profileCity: targets.profileCity), 20, w.location),
            scaled(skills(posting, profile: plan.profile, taxonomy: plan.catalog.taxonomy), 30, w.skills),
            scaled(experience(posting, years: plan.profile.experience), 15, w.experience),
            scaled(salary(posting, profile: plan.profile), 15, w.salary),
        ]
        return JobMatch(postingID: posting.id, title: posting.title, company: posting.company, status: posting.status.rawValue,
                        titleFit: parts[0], location: parts[1], skills: parts[2], experience: parts[3], salary: parts[4],
                        total: Numbers.roundHalfUp(parts.reduce(0) { $0 + $1.points }))
    }

    private static func scaled(_ part: (Double, String), _ defaultMaximum: Double, _ maximum: Double) -> MatchPart {
        MatchPart(points: Numbers.round(part.0 * maximum / defaultMaximum, places: 1), maximum: maximum, reason: part.1)
    }

    /// The active goals' target roles, which every posting's title is compared with, and the
    /// profile's city: found once for a ranking of thousands of postings. The seniority of each
    /// title is kept as it is found (saved postings repeat a few titles).
    struct TitleTargets {
        let roles: [Role]
        let unrelated: String
        let profileCity: String?
        private var seniorities: [String: (Seniority, String)?] = [:]

        init(_ plan: Plan) {
            roles = plan.goals.filter { $0.status == .active }.compactMap { plan.catalog.roles[$0.targetRoleID] }
            unrelated = "unrelated to \(roles.map(\.title).joined(separator: ", "))"
            profileCity = JobMatching.city(plan.profile.city)
        }

        /// `Seniority.fromTitle(title)`, worked out once a title.
        mutating func seniority(of title: String) -> (Seniority, String)? {
            if let known = seniorities[title] { return known }
            let found = Seniority.fromTitle(title)
            seniorities[title] = .some(found)
            return found
        }
    }

    /// Title, 20: names a goal's target 20; same level 15; same track one level up 10, down 5; same category 10.
    static func title(_ posting: Posting, plan: Plan, targets: inout TitleTargets) -> (Double, String) {
        guard !targets.roles.isEmpty else { return (0, "no active goal to compare with") }
        let role = posting.roleID.flatMap { plan.catalog.roles[$0] }
        let inferred = targets.seniority(of: posting.title)
        let level = role?.level ?? inferred?.0.level
        let track = role?.track ?? inferred?.0.track
        // The best kind of fit and its target; the reason is written for that one only.
        var best: (fit: TitleFit, target: Role)?
        for target in targets.roles {
            let fit: TitleFit
            if Market.names(posting, target) {
                fit = .names
            } else if let level, level == target.level {
                fit = .sameLevel
            } else if let level, let track, track == target.track, level == target.level + 1 {
                fit = .levelAbove
            } else if let level, let track, track == target.track, level == target.level - 1 {
                fit = .levelBelow
            } else if let role, role.category == target.category {
                fit = .sameCategory
            } else {
                continue
            }
            if fit.points > (best?.fit.points ?? 0) { best = (fit, target) }
        }
        guard let (fit, target) = best else { return (0, targets.unrelated) }
        let reason = switch fit {
        case .names: "names the target role \(target.title)"
        case .sameLevel: "same level as \(target.title), other title"
        case .levelAbove: "one level above \(target.title)"
        case .levelBelow: "one level below \(target.title)"
        case .sameCategory: "related to \(target.title) (\(role?.category ?? ""))"
        }
        return (fit.points, reason)
    }

    /// How a posting's title fits one target role, best first.
    enum TitleFit {
        case names, sameLevel, levelAbove, levelBelow, sameCategory

        var points: Double {
            switch self {
            case .names: 20
            case .sameLevel: 15
            case .levelAbove, .sameCategory: 10
            case .levelBelow: 5
            }
        }
    }

    /// The location table of section 6, by the profile's preference against the posting's mode.
    public static func locationPoints(preference: WorkMode, mode: WorkMode, sameCity: Bool) -> Double {
        switch (preference, mode) {
        case (.flexible, _): 18
        case (.remote, .remote): 20
        case (.remote, .hybrid): 10
        case (.remote, _): 0
        case (.hybrid, .remote), (.hybrid, .hybrid), (.hybrid, .flexible): 20
        case (.hybrid, .onsite): 10
        case (.onsite, .remote): 15
        case (.onsite, .hybrid), (.onsite, .flexible): 18
        case (.onsite, .onsite): sameCity ? 20 : 5
        }
    }

    /// `profileCity` is `city(profile.city)`, worked out once by the caller.
    static func location(_ posting: Posting, profile: Profile, profileCity: String?) -> (Double, String) {
        let preference = profile.remote ?? .flexible
        let mode = posting.remote ?? .onsite
        let postingCity = city(posting.city)
        let sameCity = postingCity != nil && postingCity == profileCity
        let place = mode == .onsite ? (sameCity ? "onsite in your city" : "onsite elsewhere") : mode.rawValue
        return (locationPoints(preference: preference, mode: mode, sameCity: sameCity),
                "\(place) against your preference \(preference.rawValue)\(posting.remote == nil ? " (mode not stated: read as onsite)" : "")")
    }

    /// The city part of "City, Country", normalised.
    static func city(_ location: String?) -> String? {
        guard let first = location?.pieces(separatedBy: ",").first else { return nil }
        let name = Taxonomy.normalise(String(first))
        return name.isEmpty ? nil : name
    }

    /// Skills, 30: credit 1.0 at or above the level (or at 3), 0.75 at 2, 0.5 at 1, 0 missing.
    static func skills(_ posting: Posting, profile: Profile, taxonomy: Taxonomy) -> (Double, String) {
        guard !posting.requires.isEmpty else { return (30, "no required skills listed") }
        var credit = 0.0, met = 0
        for requirement in posting.requires {
            let current = profile.skill(requirement.skillID)?.level ?? .none
            if current >= requirement.level || current == .expert { credit += 1; met += 1 }
            else if current == .proficient { credit += 0.75 }
            else if current == .basic { credit += 0.5 }
        }
        return (30 * credit / Double(posting.requires.count),
                "\(met) of \(posting.requires.count) required skills at the level asked; credit \(ValueReader.format(credit))")
    }

    /// Experience, 15, by the years held against the posting's range.
    static func experience(_ posting: Posting, years: Double?) -> (Double, String) {
        guard let range = posting.experience else { return (15, "no experience asked") }
        let years = years ?? 0
        let asked = range.maximum.map { "\(ValueReader.format(range.minimum))-\(ValueReader.format($0))" } ?? "\(ValueReader.format(range.minimum))+"
        let held = "\(ValueReader.format(years)) years against \(asked)"
        if years < range.minimum {
            let short = range.minimum - years
            if short <= 1 { return (8, "\(held): up to a year under") }
            if short <= 2 { return (5, "\(held): up to two years under") }
            return (0, "\(held): more than two years under")
        }
        if let maximum = range.maximum {
            if years == range.minimum { return (12, "\(held): at the minimum") }
            if years > maximum + 5 { return (10, "\(held): more than five years over") }
        }
        return (15, "\(held): within the range")
    }

    /// Salary, 15, the posted maximum against the profile's target and minimum.
    static func salary(_ posting: Posting, profile: Profile) -> (Double, String) {
        guard let salary = posting.salary, let top = salary.max ?? salary.min else { return (10, "salary not posted") }
        guard let expectation = profile.salary else { return (10, "no salary expectation in the profile") }
        guard expectation.currency == salary.currency else {
            return (10, "posted in \(salary.currency), your figures are in \(expectation.currency): not compared")
        }
        let shown = "posted maximum \(ValueReader.format(top)) \(salary.currency)"
        if let target = expectation.target, top >= target { return (15, "\(shown) reaches your target") }
        guard let minimum = expectation.minimum ?? expectation.target else { return (10, "no target or minimum in the profile") }
        if top >= minimum { return (12, "\(shown) reaches your minimum") }
        if top >= minimum * 0.9 { return (8, "\(shown) is within 10% under your minimum") }
        return (3, "\(shown) is more than 10% under your minimum")
    }
}
