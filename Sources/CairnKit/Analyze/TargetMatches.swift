/// Which target roles each posting of a plan names (`Market.names`: its role, or a name of the
/// role in its title), worked out once, by the posting's position in the plan. The burn-down asks
/// for the target postings of the plan on each past day, whose postings are today's dated up to
/// that day and whose goals target today's roles: it picks them from today's postings with these
/// (`Market.targetPostings(on:from:)`), not matching titles again (twice for every posting, on
/// every day: 8 M instructions a day on a plan of 2,000 postings).
public struct TargetMatches: Sendable {
    /// The roles of the plan's active goals found in its catalog, each once, in goal order.
    let roles: [Role]
    /// The plan's postings.
    let postings: [Posting]
    /// For each posting, a bit for each of the first 64 roles it names.
    private let named: [UInt64]
    /// The postings' skills by number, for tallies by skill.
    let skills: PostingSkills

    init(_ plan: Plan) {
        var seen: Set<String> = []
        let roles = plan.goals.filter { $0.status == .active }.compactMap { goal in
            plan.catalog.roles[goal.targetRoleID].flatMap { seen.insert($0.id).inserted ? $0 : nil }
        }
        self.roles = roles
        postings = plan.postings
        skills = PostingSkills(plan.postings)
        // By title once a title (saved postings repeat a few), then by the posting's role. Titles
        // are told apart by their bytes, as `Market.names` searches them.
        var byTitle: [ExactText: UInt64] = [:]
        named = plan.postings.map { posting in
            let title = ExactText(posting.titleWords)
            var bits = byTitle[title] ?? {
                var bits: UInt64 = 0
                for (index, role) in roles.prefix(64).enumerated() where Market.names(titleWords: posting.titleWords, role) {
                    bits |= 1 << UInt64(index)
                }
                byTitle[title] = bits
                return bits
            }()
            for (index, role) in roles.prefix(64).enumerated() where posting.roleID == role.id { bits |= 1 << UInt64(index) }
            return bits
        }
    }

    /// The position of the role `id` in `roles`.
    func index(of id: String) -> Int? { roles.firstIndex { $0.id == id } }

    /// Whether the posting at `posting` in `postings` names the role at `role` in `roles`.
    func names(posting: Int, role: Int) -> Bool {
        role < 64 ? named[posting] & (1 << UInt64(role)) != 0 : Market.names(postings[posting], roles[role])
    }

    /// Whether the posting at `posting` in `postings` names any of `roles`.
    func namesAny(posting: Int) -> Bool {
        named[posting] != 0 || (roles.count > 64 && roles[64...].contains { Market.names(postings[posting], $0) })
    }
}
