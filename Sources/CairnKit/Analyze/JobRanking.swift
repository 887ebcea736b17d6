extension JobMatching {
    /// What every posting of a ranking is compared with, found once for thousands of postings:
    /// the active goals' target roles and the profile's city; with `TargetMatches`, the roles each
    /// posting names and its skills by number. What a few values decide is worked out once a
    /// value (saved postings repeat a few titles, places, ranges and salaries): the seniority of
    /// each title, the location, experience and salary parts, and the reasons.
    struct Ranking {
        let roles: [Role]
        let unrelated: String
        let profileCity: String?
        /// Which roles each posting of the plan names, and each of `roles`' place among its roles.
        private let named: (matches: TargetMatches, places: [Int])?
        /// The postings' skills by number, and the level the profile holds of each number.
        let skills: (numbered: PostingSkills, held: [Int])?
        /// `TitleFit.reason` of each fit to each of `roles`, at `role * TitleFit.allCases.count + fit`.
        private var reasons: [String?]
        private var seniorities: [String: (Seniority, String)?] = [:]
        private var places: [PlaceKey: (Double, String)] = [:]
        private var skillsReasons: [SkillsKey: String] = [:]
        private var experiences: [YearsRange?: (Double, String)] = [:]
        private var salaries: [SalaryRange?: (Double, String)] = [:]

        private struct PlaceKey: Hashable {
            var location: String?
            var remote: WorkMode?
        }

        private struct SkillsKey: Hashable {
            var met: Int
            var count: Int
            var credit: Double
        }

        /// `named`, when given, must be `TargetMatches(plan)`.
        init(_ plan: Plan, named: TargetMatches? = nil) {
            let roles = plan.goals.filter { $0.status == .active }.compactMap { plan.catalog.roles[$0.targetRoleID] }
            self.roles = roles
            unrelated = "unrelated to \(roles.map(\.title).joined(separator: ", "))"
            profileCity = JobMatching.city(plan.profile.city)
            self.named = named.flatMap { matches in
                let places = roles.compactMap { matches.index(of: $0.id) }
                return places.count == roles.count ? (matches, places) : nil
            }
            skills = named.map { ($0.skills, $0.skills.ids.map { plan.profile.skill($0)?.level.rawValue ?? 0 }) }
            reasons = Array(repeating: nil, count: roles.count * TitleFit.allCases.count)
        }

        /// `Market.names(posting, roles[role])`; `index` is the posting's place in the plan's postings.
        func names(_ posting: Posting, at index: Int?, role: Int) -> Bool {
            guard let index, let named else { return Market.names(posting, roles[role]) }
            return named.matches.names(posting: index, role: named.places[role])
        }

        /// `fit.reason(roles[role], category: category)`. A same-category fit's reason names the
        /// posting's role's category, the target's maybe in other bytes: it is not kept.
        mutating func reason(_ fit: TitleFit, role: Int, category: String?) -> String {
            guard fit != .sameCategory else { return fit.reason(roles[role], category: category) }
            let slot = role * TitleFit.allCases.count + fit.rawValue
            if let known = reasons[slot] { return known }
            let reason = fit.reason(roles[role], category: nil)
            reasons[slot] = reason
            return reason
        }

        /// `Seniority.fromTitle(title)`.
        mutating func seniority(of title: String) -> (Seniority, String)? {
            Self.once(title, in: &seniorities) { Seniority.fromTitle(title) }
        }

        /// `JobMatching.location` of `posting`; `profile` is the plan's.
        mutating func location(_ posting: Posting, profile: Profile) -> (Double, String) {
            Self.once(PlaceKey(location: posting.city, remote: posting.remote), in: &places) {
                JobMatching.location(posting, profile: profile, profileCity: profileCity)
            }
        }

        /// `JobMatching.skillsReason(met:of:credit:)`.
        mutating func skillsReason(met: Int, of count: Int, credit: Double) -> String {
            Self.once(SkillsKey(met: met, count: count, credit: credit), in: &skillsReasons) {
                JobMatching.skillsReason(met: met, of: count, credit: credit)
            }
        }

        /// `JobMatching.experience` of `posting`; `profile` is the plan's.
        mutating func experience(_ posting: Posting, profile: Profile) -> (Double, String) {
            Self.once(posting.experience, in: &experiences) { JobMatching.experience(posting, years: profile.experience) }
        }

        /// `JobMatching.salary` of `posting`; `profile` is the plan's.
        mutating func salary(_ posting: Posting, profile: Profile) -> (Double, String) {
            Self.once(posting.salary, in: &salaries) { JobMatching.salary(posting, profile: profile) }
        }

        /// What `make` gives for `key`, made the first time and kept in `memo`.
        private static func once<Key: Hashable, Value>(_ key: Key, in memo: inout [Key: Value], _ make: () -> Value) -> Value {
            if let known = memo[key] { return known }
            let value = make()
            memo[key] = value
            return value
        }
    }
}
