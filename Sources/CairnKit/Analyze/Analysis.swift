/// Everything Cairn computes from a plan for one as-of date. Pure: no files, no clock.
public struct Analysis: Sendable, Encodable {
    public var asOf: Day
    public var position: Position
    public var skillMap: [SkillCategory]
    /// Readiness for every active goal's target, every fallback, and every role one
    /// `next` link from the current role, most ready first.
    public var readiness: [Readiness]
    public var careerTree: PathNode?
    public var market: Market
    public var matches: [JobMatch]
    public var gaps: GapAnalysis
    public var schedule: Schedule
    /// What the resources the schedule uses in the next 12 months cost, against the budget.
    public var learningCosts: LearningCosts
    /// Risks, high severity first (section 9).
    public var risks: [Risk]
    /// Every active goal's best fallback (section 9).
    public var fallbacks: [Fallback]
    /// Internal vs external, IC vs management: the signals on each side (section 10).
    public var decisions: [DecisionFramework]
    /// The plan-quality checks and score (section 11).
    public var quality: PlanQuality
    /// The role the report focuses on, when one was asked for.
    public var focus: Readiness?
    /// Progress over a period: the month of as_of unless another was asked for (section 8).
    public var progress: Progress

    /// Analyses `plan` as of `asOf`; `focusRole` (a role id) adds that role's readiness; progress
    /// is over `period`, by default the month of `asOf`.
    public static func of(_ written: Plan, asOf: Day, focusRole: String? = nil, period: ReportPeriod? = nil) -> Analysis {
        let context = ProgressContext(written, asOf: asOf)
        let plan = context.current
        let evidence = EvidenceIndex(plan: plan)
        var reasons: [String: [String]] = [:]
        var order: [String] = []
        func add(_ roleID: String, _ reason: String) {
            guard plan.catalog.roles[roleID] != nil else { return }
            if reasons[roleID] == nil { order.append(roleID) }
            if !(reasons[roleID]?.contains(reason) ?? false) { reasons[roleID, default: []].append(reason) }
        }
        for goal in plan.goals where goal.status == .active {
            add(goal.targetRoleID, "goal \(goal.id)")
            for alternative in goal.alternatives { add(alternative, "fallback of \(goal.id)") }
        }
        let current = CareerPaths.currentRole(plan)
        for link in current?.next ?? [] { add(link.roleID, "\(link.transition.rawValue) from \(current!.id)") }
        var cache: [String: Readiness] = [:]
        func readiness(_ role: Role) -> Readiness {
            if let cached = cache[role.id] { return cached }
            let value = Readiness.of(role, plan: plan, evidence: evidence, asOf: asOf, reasons: reasons[role.id] ?? [])
            cache[role.id] = value
            return value
        }
        let assessed = order.compactMap { plan.catalog.roles[$0] }.map(readiness)
            .sorted { ($1.total, $0.roleID) < ($0.total, $1.roleID) }
        let market = Market.of(plan, asOf: asOf)
        let gaps = GapAnalysis.of(plan, market: market, needs: context.needs, credit: context.credit(on: asOf))
        let schedule = Schedule.of(plan, gaps: gaps, asOf: asOf)
        let costs = LearningCosts.of(plan, gaps: gaps, schedule: schedule, asOf: asOf)
        let facts = PlanFacts(plan: plan, asOf: asOf, market: market, gaps: gaps, schedule: schedule,
                              readiness: assessed, costs: costs)
        return Analysis(
            asOf: asOf, position: Position.of(plan), skillMap: SkillMap.of(plan, evidence: evidence, asOf: asOf),
            readiness: assessed, careerTree: CareerPaths.tree(plan, readiness: readiness),
            market: market, matches: JobMatching.rank(plan), gaps: gaps, schedule: schedule,
            learningCosts: costs, risks: Risks.of(facts), fallbacks: Fallback.of(plan, readiness: assessed),
            decisions: Decisions.of(plan, market: market, readiness: assessed), quality: PlanQuality.of(facts),
            focus: focusRole.flatMap { plan.catalog.roles[$0] }.map {
                Readiness.of($0, plan: plan, evidence: evidence, asOf: asOf, reasons: (reasons[$0.id] ?? []) + ["asked for"])
            },
            progress: Progress.of(context, gaps: gaps, schedule: schedule, period: period ?? .month(of: asOf)))
    }
}

extension Analysis {
    /// The same analysis with progress over `period` instead (the plan it was made from is needed
    /// again: progress reads the log and the history, which the analysis does not keep).
    public func progress(over period: ReportPeriod, plan: Plan) -> Analysis {
        var copy = self
        copy.progress = Progress.of(ProgressContext(plan, asOf: asOf), gaps: gaps, schedule: schedule, period: period)
        return copy
    }
}
