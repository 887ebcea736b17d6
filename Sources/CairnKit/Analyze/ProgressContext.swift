/// What progress is computed from, built once per analysis: each skill's level over time, when
/// each action was done, the plan as of as_of (log ticks and dates applied), who needs which
/// skill, and the log's hours by skill and goal.
struct ProgressContext {
    let asOf: Day
    let levels: LevelHistory
    let actions: ActionDates
    let snapshot: PlanSnapshot
    /// The plan on as_of: actions ticked in the log count as done, with their dates.
    let current: Plan
    /// The target postings of the plan on as_of, for its needs and its market.
    let targets: Market.TargetPostings
    let needs: GoalNeeds
    let work: WorkLog
    /// The resources of every plan made from this one (`PlanSnapshot` keeps the plan's own), by
    /// skill (`GapAnalysis.resourcesBySkill`): made once, not for each of the burn-down's days.
    let resourcesBySkill: [String: [Int]]
    /// The evidence of the plan on as_of, when the analysis made it: the review delta reads it
    /// too instead of making its own.
    var evidence: EvidenceIndex?

    init(_ plan: Plan, asOf: Day) {
        self.asOf = asOf
        levels = LevelHistory(plan: plan, asOf: asOf)
        actions = ActionDates(plan: plan, asOf: asOf)
        snapshot = PlanSnapshot(plan: plan, levels: levels, actions: actions, asOf: asOf)
        current = snapshot.plan(on: asOf)
        targets = Market.targetPostings(current)
        needs = GoalNeeds.of(current, targets: targets)
        work = WorkLog(plan: current, needs: needs, asOf: asOf)
        resourcesBySkill = GapAnalysis.resourcesBySkill(current.resources)
    }

    /// Logged hours against level steps, as they stood on `day`.
    func credit(on day: Day) -> StepCredit { StepCredit(log: work, levels: levels, asOf: day) }

    /// The goals' remaining hours on a past `day`: the plan of that day, its gaps (with the hours
    /// logged by then), and the hours of the work its goals' dates count on (`RemainingHours`).
    /// The logged hours come from the context's work log (`credit(on:)`), and the postings known
    /// then are picked from the plan on as_of's (`targets`), so the plan of the day is made
    /// without its log entries and postings: none of the rest reads them.
    func remainingHours(on day: Day, goals: [Goal]) -> [String: Double] {
        let past = snapshot.plan(on: day, log: false, postings: false)
        let gaps = GapAnalysis.of(past: past, on: day, today: targets, credit: credit(on: day), resources: resourcesBySkill)
        return RemainingHours.of(past, gaps: gaps, goals: goals, start: day.adding(days: 1 - day.weekday))
    }
}
