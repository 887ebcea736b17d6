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
    /// Scores every saved posting and ranks them (total, then title, then id). `named`, when
    /// given, is `TargetMatches(plan)`: which target roles each posting names, worked out once.
    public static func rank(_ plan: Plan, named: TargetMatches? = nil) -> [JobMatch] {
        var ranking = Ranking(plan, named: named)
        let matches = plan.postings.indices.map { match(plan.postings[$0], at: $0, plan: plan, ranking: &ranking) }
        // Their places sorted, not the matches (a dozen texts each, moved at every merge), then the
        // matches put in that order once: the new array shares their texts, and the old one is let
        // go as the function returns. Texts are compared only between matches of one total.
        var order = Array(matches.indices)
        matches.withUnsafeBufferPointer { matches in
            order.sort { a, b in
                let x = matches[a], y = matches[b]
                if x.total != y.total { return x.total > y.total }
                return (x.title, x.postingID) < (y.title, y.postingID)
            }
        }
        return order.map { matches[$0] }
    }

    public static func match(_ posting: Posting, plan: Plan) -> JobMatch {
        var ranking = Ranking(plan)
        return match(posting, plan: plan, ranking: &ranking)
    }

    /// `posting` is the one at `index` in `plan.postings`, when it is one of them.
    static func match(_ posting: Posting, at index: Int? = nil, plan: Plan, ranking: inout Ranking) -> JobMatch {
        let w = plan.settings.matchWeights
        let parts = [
            scaled(title(posting, at: index, plan: plan, ranking: &ranking), 20, w.title),
            scaled(ranking.location(posting, profile: plan.profile), 20, w.location),
            scaled(skills(posting, at: index, profile: plan.profile, taxonomy: plan.catalog.taxonomy, ranking: &ranking), 30, w.skills),
            scaled(ranking.experience(posting, profile: plan.profile), 15, w.experience),
            scaled(ranking.salary(posting, profile: plan.profile), 15, w.salary),
        ]
        return JobMatch(postingID: posting.id, title: posting.title, company: posting.company, status: posting.status.rawValue,
                        titleFit: parts[0], location: parts[1], skills: parts[2], experience: parts[3], salary: parts[4],
                        total: Numbers.roundHalfUp(parts.reduce(0) { $0 + $1.points }))
    }

    private static func scaled(_ part: (Double, String), _ defaultMaximum: Double, _ maximum: Double) -> MatchPart {
        MatchPart(points: Numbers.round(part.0 * maximum / defaultMaximum, places: 1), maximum: maximum, reason: part.1)
    }

    /// Title, 20: names a goal's target 20; same level 15; same track one level up 10, down 5; same category 10.
    static func title(_ posting: Posting, at index: Int? = nil, plan: Plan, ranking: inout Ranking) -> (Double, String) {
        guard !ranking.roles.isEmpty else { return (0, "no active goal to compare with") }
        let role = posting.roleID.flatMap { plan.catalog.roles[$0] }
        let inferred = ranking.seniority(of: posting.title)
        let level = role?.level ?? inferred?.0.level
        let track = role?.track ?? inferred?.0.track
        // The best kind of fit and its target, whose reason is written once a ranking
        // (`Ranking.reason`); the targets are compared where they stand, not copied out.
        let roles = ranking.roles
        var best: (fit: TitleFit, place: Int)?
        for place in roles.indices {
            let fit: TitleFit
            if ranking.names(posting, at: index, role: place) {
                fit = .names
            } else if let level, level == roles[place].level {
                fit = .sameLevel
            } else if let level, let track, track == roles[place].track, level == roles[place].level + 1 {
                fit = .levelAbove
            } else if let level, let track, track == roles[place].track, level == roles[place].level - 1 {
                fit = .levelBelow
            } else if let role, role.category == roles[place].category {
                fit = .sameCategory
            } else {
                continue
            }
            if fit.points > (best?.fit.points ?? 0) { best = (fit, place) }
        }
        guard let (fit, place) = best else { return (0, ranking.unrelated) }
        return (fit.points, ranking.reason(fit, role: place, category: role?.category))
    }

    /// How a posting's title fits one target role, best first.
    enum TitleFit: Int, CaseIterable {
        case names, sameLevel, levelAbove, levelBelow, sameCategory

        /// Why a title fits `target` so; `category` is the posting's role's, for `.sameCategory`
        /// (equal to the target's, but maybe not written in the same bytes).
        func reason(_ target: Role, category: String?) -> String {
            switch self {
            case .names: "names the target role \(target.title)"
            case .sameLevel: "same level as \(target.title), other title"
            case .levelAbove: "one level above \(target.title)"
            case .levelBelow: "one level below \(target.title)"
            case .sameCategory: "related to \(target.title) (\(category ?? ""))"
            }
        }

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
        let (credit, met) = tally(posting.requires.lazy.map { (profile.skill($0.skillID)?.level.rawValue ?? 0, $0.level.rawValue) })
        return (30 * credit / Double(posting.requires.count), skillsReason(met: met, of: posting.requires.count, credit: credit))
    }

    /// `skills(posting, ...)` for the posting at `index` in the ranked plan's postings, by the
    /// numbers of its skills when the ranking has them (`TargetMatches.skills`).
    static func skills(_ posting: Posting, at index: Int?, profile: Profile, taxonomy: Taxonomy,
                       ranking: inout Ranking) -> (Double, String) {
        guard let index, let (numbered, held) = ranking.skills else { return skills(posting, profile: profile, taxonomy: taxonomy) }
        let requires = numbered.requires(index)
        guard !requires.isEmpty else { return (30, "no required skills listed") }
        let (credit, met) = tally(requires.lazy.map { (held[$0.skill], $0.level) })
        return (30 * credit / Double(requires.count), ranking.skillsReason(met: met, of: requires.count, credit: credit))
    }

    /// The credit of required skills, by each one's level held and level asked, and how many are met.
    static func tally(_ levels: some Sequence<(held: Int, asked: Int)>) -> (credit: Double, met: Int) {
        var credit = 0.0, met = 0
        for (held, asked) in levels {
            if held >= asked || held == Level.expert.rawValue { credit += 1; met += 1 }
            else if held == Level.proficient.rawValue { credit += 0.75 }
            else if held == Level.basic.rawValue { credit += 0.5 }
        }
        return (credit, met)
    }

    static func skillsReason(met: Int, of count: Int, credit: Double) -> String {
        "\(met) of \(count) required skills at the level asked; credit \(ValueReader.format(credit))"
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
