/// A skill the person holds below the level their goals need (analysis section 4).
public struct Gap: Sendable, Encodable, Equatable {
    public var skillID: String
    public var name: String
    public var current: Int
    public var needed: Int
    public var gap: Int
    /// The more urgent of the role tier and the frequency tier.
    public var priority: Priority
    /// P0 required by a goal's role at 0-1, P1 required at 2+, P2 preferred, P3 fallback only; nil when no role asks.
    public var roleTier: Priority?
    /// The tier of the share of target postings requiring it; nil when none does.
    public var frequencyTier: Priority?
    /// Who asks for the skill, and at which level.
    public var needs: [GapNeed]
    /// Target postings requiring it, of how many (nil when none does).
    public var requiredBy: Int?
    public var postings: Int
    /// One entry per level step, current + 1 through needed.
    public var steps: [GapStep]
    public var effortHours: Double
    /// Effort over the profile's hours per week; nil without hours per week.
    public var weeks: Double?
    public var bucket: EffortBucket
    /// The resource chosen for the skill, if any.
    public var resourceID: String?
    /// Active goals whose target (or target postings) need the skill.
    public var goalIDs: [String]
}

/// Someone asking for a skill at a level: a goal's role, a fallback role, target postings.
public struct GapNeed: Sendable, Encodable, Equatable {
    public enum Source: String, Sendable, Encodable {
        case required, preferred, postings
        /// One of the goal's `alternatives` requires or prefers it.
        case fallbackRequired = "fallback-required", fallbackPreferred = "fallback-preferred"

        public var isFallback: Bool { self == .fallbackRequired || self == .fallbackPreferred }
    }
    public var source: Source
    /// The role asking (nil for postings).
    public var roleID: String?
    /// The active goal the need comes through.
    public var goalID: String
    public var level: Int
}

/// One level step of a gap and the hours it takes.
public struct GapStep: Sendable, Encodable, Equatable {
    /// The level the step reaches.
    public var level: Int
    public var hours: Double
    /// "taxonomy", "default" (50 hours) or "resource".
    public var basis: String
    public var resourceID: String?
    /// Hours logged on the skill that count against this step (the first one only), already
    /// taken off `hours`, and the day they count from.
    public var loggedHours: Double? = nil
    public var loggedSince: Day? = nil

    /// The step's hours before logged hours are taken off.
    public var fullHours: Double { hours + (loggedHours ?? 0) }
}

/// How long a gap takes at the person's hours per week.
public enum EffortBucket: String, Sendable, Encodable {
    /// Up to 2 weeks.
    case quickWin = "quick win"
    /// Up to 13 weeks.
    case medium
    /// Beyond 13 weeks, or no hours per week set.
    case longTerm = "long-term"

    public init(weeks: Double?) {
        guard let weeks else { self = .longTerm; return }
        switch weeks {
        case ...2: self = .quickWin
        case ...13: self = .medium
        default: self = .longTerm
        }
    }
}

/// The gap analysis of a plan: every gap in priority order, and what each active goal needs.
public struct GapAnalysis: Sendable, Encodable, Equatable {
    public var gaps: [Gap]
    /// For each active goal: skill id -> the level its target role and target postings need.
    public var goalNeeds: [String: [String: Int]]
    /// For each active goal: skill id -> the level it must reach for the goal's date to count as
    /// met: what its target role requires, and what half or more of its target postings require.
    public var goalRequirements: [String: [String: Int]]

    /// The gap of a skill, if it has one.
    public func gap(_ skillID: String) -> Gap? { gaps.first { $0.skillID == skillID } }
}

extension GapAnalysis {
    /// Hours of one step without a resource: the taxonomy's, else 50.
    static func stepHours(_ skillID: String, toLevel level: Int, taxonomy: Taxonomy) -> (Double, String) {
        guard let definition = taxonomy.skills[skillID], definition.stepHours.count >= level else { return (50, "default") }
        return (definition.stepHours[level - 1], "taxonomy")
    }

    /// Gaps of `plan`: needed levels from active goals' roles and their target postings,
    /// then fallback roles; priority by the combined rule; effort per step, less the hours
    /// `credit` says were already logged on the step. `resources` is `resourcesBySkill` of the
    /// plan's resources, when the caller made it for plans that share them (the burn-down's days).
    public static func of(_ plan: Plan, market: Market, needs: GoalNeeds? = nil, credit: StepCredit = .none,
                          resources known: [String: [Int]]? = nil) -> GapAnalysis {
        let active = plan.goals.filter { $0.status == .active }
        let needs = needs ?? GoalNeeds.of(plan)
        let frequencies = Dictionary(market.frequencies.map { ($0.skillID, $0) }, uniquingKeysWith: { a, _ in a })
        let resources = known ?? resourcesBySkill(plan.resources), raised = raisedCounts(plan)
        // Each active goal's needed levels, looked up once, not once a gap.
        let goalLevels = active.map { (id: $0.id, levels: needs.levels[$0.id] ?? [:]) }
        var gaps: [Gap] = []
        for (skill, skillNeeds) in needs.bySkill {
            // The highest level its goals' roles and postings need, else its fallbacks': found in
            // one pass, without arrays (the burn-down asks for the gaps of each of its days).
            var primaryNeeded: Int?, anyNeeded: Int?
            for need in skillNeeds {
                anyNeeded = max(anyNeeded ?? need.level, need.level)
                if !need.source.isFallback { primaryNeeded = max(primaryNeeded ?? need.level, need.level) }
            }
            let needed = primaryNeeded ?? anyNeeded ?? 0
            let current = plan.profile.skill(skill)?.level.rawValue ?? 0
            guard needed > current else { continue }
            let roleTier = Self.roleTier(skillNeeds, current: current)
            let frequency = frequencies[skill].flatMap { $0.requiredBy > 0 ? $0 : nil }
            let priority = [roleTier, frequency?.tier].lazy.compactMap { $0 }.min() ?? .p3
            var (steps, resourceID) = Self.steps(skill, from: current, to: needed, plan: plan, resources: resources[skill] ?? [],
                                                 raised: raised)
            credit.apply(to: &steps, skill: skill, goals: skillNeeds.map(\.goalID))
            let effort = steps.reduce(0) { $0 + $1.hours }
            let weeks = plan.profile.time.hoursPerWeek.flatMap { $0 > 0 ? Numbers.round(effort / $0, places: 1) : nil }
            gaps.append(Gap(
                skillID: skill, name: plan.catalog.taxonomy.name(of: skill), current: current, needed: needed,
                gap: needed - current, priority: priority, roleTier: roleTier, frequencyTier: frequency?.tier,
                needs: skillNeeds, requiredBy: frequency?.requiredBy, postings: market.demand.postings, steps: steps,
                effortHours: effort, weeks: weeks, bucket: EffortBucket(weeks: weeks),
                resourceID: resourceID,
                goalIDs: goalLevels.filter { ($0.levels[skill] ?? 0) > current }.map(\.id)))
        }
        // Positions sorted, then the gaps put in their order once: sorting the gaps themselves
        // moved whole gaps at every step (the burn-down sorts them for each of its days).
        // By priority, the larger gap first, name, id: compared field by field, not as tuples, which
        // copied both names and ids for every comparison.
        let order = gaps.indices.sorted { a, b in
            if gaps[a].priority != gaps[b].priority { return gaps[a].priority < gaps[b].priority }
            if gaps[a].gap != gaps[b].gap { return gaps[a].gap > gaps[b].gap }
            if gaps[a].name != gaps[b].name { return gaps[a].name < gaps[b].name }
            return gaps[a].skillID < gaps[b].skillID
        }
        return GapAnalysis(gaps: order.map { gaps[$0] }, goalNeeds: needs.levels, goalRequirements: needs.requirements)
    }

    /// The gaps of the plan as it stood on a past `day` (`PlanSnapshot.plan(on:)`): its target
    /// postings picked once from `today`'s (the plan on as_of's) for its needs and its market
    /// (without salaries), the hours logged by then taken off by `credit`.
    static func of(past plan: Plan, on day: Day, today: Market.TargetPostings, credit: StepCredit = .none,
                   resources: [String: [Int]]? = nil) -> GapAnalysis {
        let targets = Market.targetPostings(on: day, from: today)
        return of(plan, market: Market.of(plan, asOf: day, salaries: false, targets: targets),
                  needs: GoalNeeds.of(plan, targets: targets), credit: credit, resources: resources)
    }

    /// P0 required by a goal's role at 0-1; P1 required at 2 or more; P2 preferred; P3 only a fallback's.
    static func roleTier(_ needs: [GapNeed], current: Int) -> Priority? {
        if needs.contains(where: { $0.source == .required }) { return current <= 1 ? .p0 : .p1 }
        if needs.contains(where: { $0.source == .preferred }) { return .p2 }
        if !needs.isEmpty, needs.allSatisfy(\.source.isFallback) { return .p3 }
        return nil
    }

    /// The positions in `resources` of those that list each skill, in order.
    static func resourcesBySkill(_ resources: [Resource]) -> [String: [Int]] {
        var bySkill: [String: [Int]] = [:]
        for (index, resource) in resources.enumerated() {
            for skill in resource.skills where bySkill[skill.skillID]?.last != index { bySkill[skill.skillID, default: []].append(index) }
        }
        return bySkill
    }

    /// How many of its skills each of the plan's resources raises above the profile's level (its
    /// hours are split over them), by position: counted once a plan, not once a gap (each skill's
    /// level was looked up by its id for every resource of every gap).
    static func raisedCounts(_ plan: Plan) -> [Int] {
        plan.resources.map { resource in
            resource.skills.filter { ($0.level.rawValue) > (plan.profile.skill($0.skillID)?.level.rawValue ?? 0) }.count
        }
    }

    /// The steps current+1 ... needed, each with its hours: the chosen resource's for the steps it
    /// covers (its hours split over the skills it raises, then over its steps), else the taxonomy's.
    /// `resources` are the positions of the plan's resources that list the skill (`resourcesBySkill`),
    /// `raised` the plan's `raisedCounts`.
    static func steps(_ skill: String, from current: Int, to needed: Int, plan: Plan, resources: [Int],
                      raised: [Int]) -> ([GapStep], String?) {
        let resource = chooseResource(skill, current: current, needed: needed, plan: plan, among: resources, raised: raised)
        let steps = (current + 1...needed).map { level in
            if let (resource, reaches, share) = resource, level <= reaches, let share {
                return GapStep(level: level, hours: Numbers.round(share / Double(reaches - current), places: 1),
                               basis: "resource", resourceID: resource.id)
            }
            let (hours, basis) = stepHours(skill, toLevel: level, taxonomy: plan.catalog.taxonomy)
            return GapStep(level: level, hours: hours, basis: basis, resourceID: nil)
        }
        return (steps, resource?.0.id)
    }

    /// The resource for a skill: not done, raising it above the current level; the one covering
    /// the most needed steps wins, then the fewest hours (unstated last), then the id.
    /// Returns the level it reaches and its hours for this skill (nil when it states none).
    /// Only the resources at the positions `among` are looked at: those that list the skill.
    /// `raised` is the plan's `raisedCounts`.
    static func chooseResource(_ skill: String, current: Int, needed: Int, plan: Plan, among positions: [Int],
                               raised: [Int]) -> (Resource, Int, Double?)? {
        // By place, not by copy: the burn-down asks this for every gap on every past day.
        let resources = plan.resources
        let candidates: [(Int, Int, Double?)] = positions.compactMap { index in
            guard resources[index].status != .done,
                  let reaches = resources[index].skills.first(where: { $0.skillID == skill })?.level.rawValue,
                  reaches > current else { return nil }
            return (index, reaches, resources[index].hours.map { $0 / Double(max(1, raised[index])) })
        }
        let best = candidates.min { a, b in
            let coverA = min(a.1, needed) - current, coverB = min(b.1, needed) - current
            if coverA != coverB { return coverA > coverB }
            if (a.2 == nil) != (b.2 == nil) { return a.2 != nil }
            if let ha = a.2, let hb = b.2, ha != hb { return ha < hb }
            return resources[a.0].id < resources[b.0].id
        }
        return best.map { (resources[$0.0], $0.1, $0.2) }
    }
}
