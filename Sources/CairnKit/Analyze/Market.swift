/// What the saved postings say about the market (analysis section 3).
public struct Market: Sendable, Encodable, Equatable {
    /// The active goals' target roles the postings were matched against.
    public var targetRoleIDs: [String]
    /// The postings analysed (ids); all non-rejected ones when none matched a target.
    public var targetPostingIDs: [String]
    /// True when no posting matched a target role, so all were used.
    public var usesAllPostings: Bool
    public var frequencies: [SkillFrequency]
    public var salaries: [SalaryStats]
    public var demand: Demand
    public var pipeline: [StatusCount]
}

/// How often target postings ask for a skill.
public struct SkillFrequency: Sendable, Encodable, Equatable {
    public var skillID: String
    public var name: String
    public var requiredBy: Int
    public var preferredBy: Int
    public var postings: Int
    public var requiredShare: Double
    public var preferredShare: Double
    /// P0 at 80% required, P1 at 50%, P2 at 20%, P3 below.
    public var tier: Priority
}

/// P0 (most urgent) to P3.
public enum Priority: Int, Sendable, Encodable, Comparable, CaseIterable {
    case p0 = 0, p1, p2, p3

    public var label: String { "P\(rawValue)" }

    /// The frequency tier of a required share: P0 at 0.80, P1 at 0.50, P2 at 0.20, P3 below.
    public init(share: Double) {
        switch share {
        case 0.8...: self = .p0
        case 0.5...: self = .p1
        case 0.2...: self = .p2
        default: self = .p3
        }
    }

    public static func < (lhs: Priority, rhs: Priority) -> Bool { lhs.rawValue < rhs.rawValue }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(label)
    }
}

/// Posted salaries for one role in one currency (never converted).
public struct SalaryStats: Sendable, Encodable, Equatable {
    public var roleID: String?
    public var role: String
    public var currency: String
    public var postings: Int
    /// The lowest posted minimum.
    public var minimum: Double
    /// Quartiles of the postings' midpoints ((min + max) / 2, or the one side given).
    public var lowerQuartile: Double
    public var median: Double
    public var upperQuartile: Double
    /// The highest posted maximum.
    public var maximum: Double
}

/// How many target postings there are, and how recent.
public struct Demand: Sendable, Encodable, Equatable {
    public var postings: Int
    /// Posted in the 90 days up to as_of.
    public var recent: Int
    public var windowDays: Int
    public var undated: Int
}

/// Saved postings per status.
public struct StatusCount: Sendable, Encodable, Equatable {
    public var status: String
    public var count: Int
}

extension Market {
    /// How many days before as_of a posting still counts as recent.
    public static let recentDays = 90

    /// True when `posting` was posted in the 90 days up to `asOf`, both ends included.
    public static func isRecent(_ posting: Posting, asOf: Day) -> Bool { isRecent(posted: posting.posted, asOf: asOf) }

    /// Whether a posting dated `posted` is recent as of `asOf`.
    static func isRecent(posted: Day?, asOf: Day) -> Bool {
        posted.map { $0 >= asOf.adding(days: -recentDays) && $0 <= asOf } ?? false
    }

    /// True when `posting` is for `role`: its role is the role, or its title names the role's title or an alias.
    public static func names(_ posting: Posting, _ role: Role) -> Bool {
        posting.roleID == role.id || names(titleWords: posting.titleWords, role)
    }

    /// True when a title, as its words (`Posting.titleWords`), names the role's title or an alias.
    static func names(titleWords: String, _ role: Role) -> Bool {
        role.nameWords.contains { $0.utf8.count > 2 && Taxonomy.contains(titleWords, $0) }
    }


    /// The target postings of a plan, the target roles they were matched against, whether they
    /// fell back to all postings, and which roles each posting names. The postings are picked
    /// from `matches.postings`.
    public typealias TargetPostings = (postings: PostingSelection, targets: [String], all: Bool, matches: TargetMatches)

    /// The target postings of section 3 and whether they fell back to all postings.
    public static func targetPostings(_ plan: Plan) -> TargetPostings {
        pick(TargetMatches(plan), targets: plan.goals.filter { $0.status == .active }.map(\.targetRoleID)) { _ in true }
    }

    /// The target postings of the plan as it stood on a past `day` (`PlanSnapshot.plan(on:)`),
    /// picked from `today`'s (those of the plan on as_of): the postings known by then, matched
    /// to the same target roles.
    static func targetPostings(on day: Day, from today: TargetPostings) -> TargetPostings {
        pick(today.matches, targets: today.targets) { PlanSnapshot.isKnown($0, on: day) }
    }

    /// The open postings of `matches` that `isKept` and name a target role; all of them when none does.
    private static func pick(_ matches: TargetMatches, targets: [String], where isKept: (Posting) -> Bool) -> TargetPostings {
        let open = matches.postings.indices.filter { matches.postings[$0].status != .rejected && isKept(matches.postings[$0]) }
        let matching = open.filter { matches.namesAny(posting: $0) }
        return (PostingSelection(matches.postings, picked: matching.isEmpty ? open : matching), targets, matching.isEmpty, matches)
    }

    /// The market, without salaries when `salaries` is false (what the gaps need: frequencies
    /// and counts; the burn-down recomputes them for every past week). `targets` are the plan's
    /// target postings when the caller has them already.
    public static func of(_ plan: Plan, asOf: Day, salaries withSalaries: Bool = true, targets known: TargetPostings? = nil) -> Market {
        let (selection, targets, all, matches) = known ?? targetPostings(plan)
        let taxonomy = plan.catalog.taxonomy
        // The postings read in place, by position; their skills tallied by number.
        let postings = selection.base, picked = selection.picked, skills = matches.skills
        let n = picked.count
        var required = [PostingTally](repeating: PostingTally(), count: skills.ids.count), preferred = required
        for (number, index) in picked.enumerated() {
            for r in skills.requires(index) { required[r.skill].count(r.level, posting: number) }
            for p in skills.prefers(index) { preferred[p.skill].count(p.level, posting: number) }
        }
        let asked = skills.ids.indices.filter { required[$0].postings > 0 || preferred[$0].postings > 0 }
        let frequencies = asked.map { number in
            let skill = skills.ids[number], r = required[number].postings, p = preferred[number].postings
            let share = n == 0 ? 0 : Double(r) / Double(n)
            return SkillFrequency(skillID: skill, name: taxonomy.name(of: skill), requiredBy: r, preferredBy: p, postings: n,
                                  requiredShare: Numbers.round(share, places: 4),
                                  preferredShare: n == 0 ? 0 : Numbers.round(Double(p) / Double(n), places: 4),
                                  tier: Priority(share: share))
        }.sorted { a, b in
            // The most required first, then the most preferred, then by name: field by field, as
            // tuples copied both names at every comparison (the burn-down sorts them for each day).
            if a.requiredBy != b.requiredBy { return a.requiredBy > b.requiredBy }
            if a.preferredBy != b.preferredBy { return a.preferredBy > b.preferredBy }
            return a.name < b.name
        }

        let demand = Demand(
            postings: n, recent: picked.count { isRecent(posted: postings[$0].posted, asOf: asOf) },
            windowDays: recentDays, undated: picked.count { postings[$0].posted == nil })
        let statuses = PostingStatus.allCases
        var byStatus = [Int](repeating: 0, count: statuses.count)
        for index in plan.postings.indices { byStatus[statuses.firstIndex(of: plan.postings[index].status)!] += 1 }
        let pipeline = zip(statuses, byStatus).map { StatusCount(status: $0.rawValue, count: $1) }
        return Market(targetRoleIDs: targets, targetPostingIDs: picked.sorted { skills.idOrder[$0] < skills.idOrder[$1] }.map { postings[$0].id },
                      usesAllPostings: all,
                      frequencies: frequencies, salaries: withSalaries ? salaries(plan) : [], demand: demand, pipeline: pipeline)
    }

    /// The catalog role whose title or alias a posting's title names, the longest name winning,
    /// among roles at the level of the title's seniority word ("Staff Engineer, Payments" ->
    /// staff-engineer; "Staff Backend Engineer" names "Backend Engineer", a mid role: none).
    static func namedRole(_ posting: Posting, _ catalog: Catalog) -> String? {
        var best: (length: Int, id: String)?
        let level = Seniority.fromTitle(posting.title)?.0.level
        for role in catalog.sortedRoles where level == nil || role.level == level {
            let names = [role.title] + role.aliases
            guard let length = zip(names, role.nameWords).filter({ $1.utf8.count > 2 && Taxonomy.contains(posting.titleWords, $1) })
                .map(\.0.count).max() else { continue }
            if best == nil || length > best!.length { best = (length, role.id) }
        }
        return best?.id
    }

    /// Salary statistics per role (or title, when a posting has no catalog role) and currency, over non-rejected postings.
    static func salaries(_ plan: Plan) -> [SalaryStats] {
        var groups: [String: (roleID: String?, role: String, currency: String, ranges: [SalaryRange])] = [:]
        for posting in plan.postings where posting.status != .rejected {
            guard let salary = posting.salary else { continue }
            let roleID = posting.roleID ?? namedRole(posting, plan.catalog)
            let role = roleID.flatMap { plan.catalog.roles[$0]?.title } ?? posting.title
            let key = "\(role)\u{1}\(salary.currency)"
            groups[key, default: (roleID, role, salary.currency, [])].ranges.append(salary)
        }
        return groups.values.map { group in
            let midpoints = group.ranges.compactMap { range -> Double? in
                switch (range.min, range.max) {
                case let (min?, max?): (min + max) / 2
                case let (min?, nil): min
                case let (nil, max?): max
                default: nil
                }
            }.sorted()
            return SalaryStats(
                roleID: group.roleID, role: group.role, currency: group.currency, postings: group.ranges.count,
                minimum: group.ranges.compactMap { $0.min ?? $0.max }.min() ?? 0,
                lowerQuartile: Numbers.quantile(midpoints, 0.25) ?? 0, median: Numbers.quantile(midpoints, 0.5) ?? 0,
                upperQuartile: Numbers.quantile(midpoints, 0.75) ?? 0,
                maximum: group.ranges.compactMap { $0.max ?? $0.min }.max() ?? 0)
        }.sorted { ($0.role, $0.currency) < ($1.role, $1.currency) }
    }
}
