/// Everything the plan report shows, pre-formatted for its templates, in the report's order:
/// summary, situation and goals by horizon, skill gaps, the development plan, risks and
/// fallbacks, decision frameworks, plan quality.
public struct PlanView: Sendable, Equatable, Encodable {
    public var header: ReportHeader
    public var summary: PlanSummaryView
    public var situation: [FactRow]
    public var horizons: [GoalHorizonGroup]
    public var gaps: [GapRow]
    public var hasGaps: Bool
    /// Why there are no gaps, or how the table is ordered and what its tiers mean.
    public var gapsNote: String
    public var development: DevelopmentPlanView
    public var risks: [RiskRow]
    public var hasRisks: Bool
    public var fallbacks: [FallbackRow]
    public var hasFallbacks: Bool
    public var decisions: [DecisionView]
    public var quality: QualityView
}

extension PlanView {
    /// The view of `analysis` for `plan`'s person.
    public init(plan: Plan, analysis: Analysis) {
        header = ReportHeader(title: "Career plan", person: plan.profile.name ?? "your plan", asOf: analysis.asOf.description)
        let position = PositionSummaryView(analysis.position, plan: plan)
        summary = PlanSummaryView(plan: plan, analysis: analysis, position: position)
        situation = FactRow.situation(plan: plan, position: position)
        horizons = GoalHorizonGroup.groups(plan: plan, analysis: analysis)
        gaps = GapRow.rows(analysis, plan: plan)
        hasGaps = !gaps.isEmpty
        gapsNote = Self.gapsNote(plan: plan, hasGaps: hasGaps)
        development = DevelopmentPlanView(plan: plan, analysis: analysis)
        risks = analysis.risks.map(RiskRow.init)
        hasRisks = !risks.isEmpty
        fallbacks = analysis.fallbacks.map { FallbackRow($0, plan: plan) }
        hasFallbacks = !fallbacks.isEmpty
        decisions = analysis.decisions.map(DecisionView.init)
        quality = QualityView(analysis.quality)
    }

    /// What the gap table is, or why it is empty.
    static func gapsNote(plan: Plan, hasGaps: Bool) -> String {
        guard hasGaps else {
            return plan.goals.contains { $0.status == .active }
                ? "No gaps: you hold every skill your active goals' roles and target postings ask for, at the level asked."
                : "No gaps: there is no active goal to measure against (add one in goals/)."
        }
        return "Priority is the more urgent of two tiers. Role tier: P0 required by a goal's role and held at 0-1, "
            + "P1 required and held at 2 or more, P2 preferred, P3 asked only by a fallback role. Market tier by "
            + "the share of target postings requiring the skill: P0 at 80%, P1 at 50%, P2 at 20%, P3 below. "
            + "Effort is the hours of each level step (a resource's, the taxonomy's, else 50); weeks at your hours "
            + "per week; quick win up to 2 weeks, medium up to 13, long-term beyond."
    }

    /// A goal as people name it: its target role's title ("Staff Software Engineer").
    static func goalTitle(_ goalID: String, plan: Plan) -> String {
        guard let goal = plan.goals.first(where: { $0.id == goalID }) else { return goalID }
        return plan.catalog.roles[goal.targetRoleID]?.title ?? goal.targetRoleID
    }

    /// What to do when the profile sets no hours per week.
    static func noHoursAdvice(_ plan: Plan) -> String {
        "Nothing is scheduled: \(plan.profile.location.path) sets no hours per week. Add them under `time:`, "
            + "for example `time: {hours_per_week: 6}`, and the plan gets dates, quarterly milestones, "
            + "monthly activities and this week's tasks."
    }
}

/// The skill-builder view (`cairn gaps`): the gap table and how often the target postings
/// ask for each skill.
public struct GapsView: Sendable, Equatable, Encodable {
    public var header: ReportHeader
    public var gaps: [GapRow]
    public var hasGaps: Bool
    public var gapsNote: String
    /// Which postings the frequencies are over.
    public var basis: String
    public var frequencies: [FrequencyRow]
    public var hasFrequencies: Bool
}

extension GapsView {
    /// The view of `analysis`'s gaps and requirement frequencies for `plan`'s person.
    public init(plan: Plan, analysis: Analysis) {
        header = ReportHeader(title: "Skill gaps", person: plan.profile.name ?? "your plan", asOf: analysis.asOf.description)
        gaps = GapRow.rows(analysis, plan: plan)
        hasGaps = !gaps.isEmpty
        gapsNote = PlanView.gapsNote(plan: plan, hasGaps: hasGaps)
        basis = MarketView.basis(plan: plan, market: analysis.market)
        frequencies = FrequencyRow.rows(analysis.market, plan: plan)
        hasFrequencies = !frequencies.isEmpty
    }
}
