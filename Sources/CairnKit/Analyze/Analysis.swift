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
    /// Progress over the other periods asked for, made with `progress` (their burn-downs share
    /// days): `progress(over:plan:)` gives them without computing them again. Not encoded.
    var progressElsewhere: [ReportPeriod: Progress] = [:]
    /// The past burn-down days of `progress` and `progressElsewhere`, for the next analysis to
    /// take what it can of, when a memory was given (`of(remembering:)`). Not encoded.
    public internal(set) var remembered: RememberedDays?
    /// The matches as an earlier analysis encoded them, when they were taken from it instead of
    /// made (`of(remembering:matches:)`): then `matches` is empty until `rankMatches(of:)`. Not encoded.
    public internal(set) var rememberedMatches: RememberedMatches?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case asOf, position, skillMap, readiness, careerTree, market, matches, gaps, schedule, learningCosts, risks,
             fallbacks, decisions, quality, focus, progress
    }

    /// Analyses `plan` as of `asOf`; `focusRole` (a role id) adds that role's readiness; progress
    /// is over `period`, by default the month of `asOf`, and over each of `alsoOver` for
    /// `progress(over:plan:)`. The past days of the burn-downs whose keys are those `remembering`
    /// holds are taken from it (`RememberedDays`), and the matches from `matches` when given: the
    /// caller vouches they are those of this plan and date (`RememberedMatches.key`).
    public static func of(_ written: Plan, asOf: Day, focusRole: String? = nil, period: ReportPeriod? = nil,
                          alsoOver: [ReportPeriod] = [], remembering memory: RememberedDays? = nil,
                          matches rememberedMatches: RememberedMatches? = nil) -> Analysis {
        // The plan of the last review reads nothing the core makes: made on the other core meanwhile.
        // The job matches are made after them: beside the core, the matches of thousands of postings
        // raised the peak of memory by 3 MB on the bench's 5x plan.
        let context = ProgressContext(written, asOf: asOf)
        let (core, review) = Parallel.both({ Core(context) }, { ReviewDelta.Then.of(context) })
        let matches = rememberedMatches == nil ? JobMatching.rank(context.current, named: context.targets.matches) : []
        let plan = core.plan
        let period = period ?? .month(of: asOf)
        let others = alsoOver.filter { $0 != period }
        let (known, remembered) = Progress.pastRemaining(core.context, periods: [period] + others, remembering: memory)
        let sinceReview = ReviewDelta.of(core.context, gaps: core.facts.gaps, then: review)
        func progress(_ period: ReportPeriod) -> Progress {
            Progress.of(core.context, gaps: core.facts.gaps, schedule: core.facts.schedule, period: period, known: known,
                        sinceReview: sinceReview)
        }
        var analysis = Analysis(
            asOf: asOf, position: Position.of(plan), skillMap: SkillMap.of(plan, evidence: core.evidence, asOf: asOf),
            readiness: core.assessed, careerTree: CareerPaths.tree(plan, readiness: core.readiness),
            market: core.facts.market, matches: matches, gaps: core.facts.gaps, schedule: core.facts.schedule,
            learningCosts: core.facts.costs, risks: Risks.of(core.facts), fallbacks: Fallback.of(plan, readiness: core.assessed),
            decisions: Decisions.of(plan, market: core.facts.market, readiness: core.assessed), quality: PlanQuality.of(core.facts),
            focus: focusRole.flatMap { plan.catalog.roles[$0] }.map { core.readiness($0, also: "asked for") },
            progress: progress(period))
        for other in others { analysis.progressElsewhere[other] = progress(other) }
        analysis.remembered = remembered
        analysis.rememberedMatches = rememberedMatches
        return analysis
    }

    /// Makes the matches of `written`, the plan analysed, when they were taken as encoded: for a
    /// page that shows them.
    public mutating func rankMatches(of written: Plan) {
        guard rememberedMatches != nil, matches.isEmpty else { return }
        let context = ProgressContext(written, asOf: asOf)
        matches = JobMatching.rank(context.current, named: context.targets.matches)
    }

    /// The plan-quality checks alone (what `cairn check` reports): the analysis without the
    /// parts no check reads (career tree, matches, decisions, progress).
    public static func quality(_ written: Plan, asOf: Day) -> PlanQuality {
        PlanQuality.of(Core(ProgressContext(written, asOf: asOf)).facts)
    }

    /// What the whole analysis and the plan-quality checks both start from.
    private struct Core {
        let context: ProgressContext
        /// The plan on as_of (log ticks applied).
        let plan: Plan
        let evidence: EvidenceIndex
        /// Why each assessed role is assessed, in the order first named.
        let reasons: [String: [String]]
        let assessed: [Readiness]
        let facts: PlanFacts

        /// Starts from `context`, the plan on its as_of.
        init(_ context: ProgressContext) {
            var context = context
            let asOf = context.asOf
            let plan = context.current
            self.plan = plan
            // Made once, for the analysis and the review delta.
            let evidence = EvidenceIndex(plan: plan)
            context.evidence = evidence
            self.context = context
            self.evidence = evidence
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
            self.reasons = reasons
            let assessed = order.compactMap { plan.catalog.roles[$0] }
                .map { Readiness.of($0, plan: plan, evidence: evidence, asOf: asOf, reasons: reasons[$0.id] ?? []) }
                .sorted { ($1.total, $0.roleID) < ($0.total, $1.roleID) }
            self.assessed = assessed
            let market = Market.of(plan, asOf: asOf, targets: context.targets)
            let gaps = GapAnalysis.of(plan, market: market, needs: context.needs, credit: context.credit(on: asOf),
                                      resources: context.resourcesBySkill)
            let schedule = Schedule.of(plan, gaps: gaps, asOf: asOf)
            let costs = LearningCosts.of(plan, gaps: gaps, schedule: schedule, asOf: asOf)
            var facts = PlanFacts(plan: plan, asOf: asOf, market: market, gaps: gaps, schedule: schedule,
                                  readiness: assessed, costs: costs)
            facts.madeTargets = context.targets
            self.facts = facts
        }

        /// A role's readiness: the assessed one when it was, else computed now.
        func readiness(_ role: Role) -> Readiness {
            assessed.first { $0.roleID == role.id }
                ?? Readiness.of(role, plan: plan, evidence: evidence, asOf: facts.asOf, reasons: reasons[role.id] ?? [])
        }

        /// A role's readiness computed with one more reason.
        func readiness(_ role: Role, also reason: String) -> Readiness {
            Readiness.of(role, plan: plan, evidence: evidence, asOf: facts.asOf, reasons: (reasons[role.id] ?? []) + [reason])
        }
    }
}

extension Analysis {
    /// The same analysis with progress over `period` instead (the plan it was made from is needed
    /// again: progress reads the log and the history, which the analysis does not keep).
    public func progress(over period: ReportPeriod, plan: Plan) -> Analysis {
        var copy = self
        copy.progress = progressElsewhere[period]
            ?? {
                let context = ProgressContext(plan, asOf: asOf)
                return Progress.of(context, gaps: gaps, schedule: schedule, period: period,
                                   sinceReview: ReviewDelta.of(context, gaps: gaps))
            }()
        copy.progressElsewhere = [:]
        return copy
    }
}
