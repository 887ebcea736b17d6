/// What risks and plan quality (analysis sections 9 and 11) read from the rest of the analysis.
public struct PlanFacts: Sendable {
    public var plan: Plan
    public var asOf: Day
    public var market: Market
    public var gaps: GapAnalysis
    public var schedule: Schedule
    public var readiness: [Readiness]
    public var costs: LearningCosts
    /// `Market.targetPostings(plan)`, when the analysis made them: else made when asked for.
    var madeTargets: Market.TargetPostings?

    public init(plan: Plan, asOf: Day, market: Market, gaps: GapAnalysis, schedule: Schedule,
                readiness: [Readiness], costs: LearningCosts) {
        self.plan = plan
        self.asOf = asOf
        self.market = market
        self.gaps = gaps
        self.schedule = schedule
        self.readiness = readiness
        self.costs = costs
    }

    /// The plan's target postings (analysis section 3).
    var targets: Market.TargetPostings { madeTargets ?? Market.targetPostings(plan) }
}
