/// The decision signals Cairn computes from the files: underpaid, readiness, market demand.
/// Each returns a signal when the fact supports a side, and a note when it was looked at but
/// supports neither or could not be computed.
struct ComputedSignals {
    let plan: Plan
    let market: Market
    let readiness: [Readiness]

    func title(_ roleID: String) -> String { plan.catalog.roles[roleID]?.title ?? roleID }

    /// Underpaid: salary.current below 85% of the median of postings for the current role, same currency.
    func underpaid() -> (DecisionSignal?, String?) {
        guard let salary = plan.profile.salary, let current = salary.current else {
            return (nil, "underpaid not computed: no salary.current in \(plan.profile.location.path)")
        }
        guard let role = CareerPaths.currentRole(plan) else { return (nil, "underpaid not computed: no current role") }
        guard let stats = market.salaries.first(where: { $0.roleID == role.id && $0.currency == salary.currency }), stats.median > 0 else {
            return (nil, "underpaid not computed: no saved posting for \(role.title) with a salary in \(salary.currency)")
        }
        let share = current / stats.median
        let facts = "salary.current \(Format.money(current, salary.currency)) is \(Format.percent(share)) of the median "
            + "\(Format.money(stats.median, salary.currency)) of \(Format.count(stats.postings, "posting")) for \(role.title)"
        guard current < Decisions.underpaidShare * stats.median else {
            return (nil, "\(facts): not underpaid (\(Format.percent(Decisions.underpaidShare)) or more)")
        }
        return (DecisionSignal(side: .externalMove, text: "Significantly underpaid: \(facts)",
                               source: "computed: salary.current in \(plan.profile.location.path) against the median of postings for \(role.id)"),
                nil)
    }

    /// Readiness for the first goal's target: ready (70 or more) for a bigger challenge supports a
    /// move; aspirational (below 55) is the seed's concern "not ready for the target level".
    func goalReadiness() -> (DecisionSignal?, String?) {
        guard let goal = WorkItems.goalOrder(plan).first else { return (nil, "readiness not used: no active goal") }
        guard let score = readiness.first(where: { $0.roleID == goal.targetRoleID }) else {
            return (nil, "readiness not used: \(goal.targetRoleID) was not assessed")
        }
        let facts = "readiness for \(score.title) (goal \(goal.id)) is \(score.total), \(score.tier.rawValue)"
        let source = "computed: readiness for \(score.roleID)"
        switch score.tier {
        case .readyNow, .goodFit:
            return (DecisionSignal(side: .externalMove, text: "Ready for a bigger challenge: \(facts)", source: source), nil)
        case .aspirational:
            return (DecisionSignal(side: .internalPromotion, text: "Not ready for the target level yet: \(facts)", source: source), nil)
        case .stretch:
            return (nil, "\(facts): a stretch, a sign for neither side")
        }
    }

    /// Market demand: three or more target postings in the demand window is demand for a move;
    /// fewer is the seed's concern "market timing is poor". No saved postings: not computed.
    func demand() -> (DecisionSignal?, String?) {
        let demand = market.demand
        guard demand.postings > 0 else { return (nil, "market demand not computed: no saved postings in jobs/") }
        let facts = "\(demand.recent) of \(Format.count(demand.postings, "target posting")) posted in the \(demand.windowDays) days up to as-of"
        let source = "computed: market demand (target postings posted in the last \(demand.windowDays) days)"
        if demand.recent >= RiskLimits.recentPostings {
            return (DecisionSignal(side: .externalMove, text: "The market has demand for your target: \(facts)", source: source), nil)
        }
        return (DecisionSignal(side: .internalPromotion, text: "Market timing is poor: \(facts)", source: source), nil)
    }

    /// The best readiness among assessed roles on the IC track (specialists count as IC) against
    /// the management track; the higher side gets the signal, a tie neither.
    func trackReadiness() -> (DecisionSignal?, String?) {
        func best(_ tracks: Set<Track>) -> Readiness? {
            readiness.filter { plan.catalog.roles[$0.roleID].map { tracks.contains($0.track) } ?? false }
                .max { ($0.total, $1.roleID) < ($1.total, $0.roleID) }
        }
        guard let ic = best([.ic, .specialist]), let management = best([.management]) else {
            return (nil, "track readiness not compared: the roles assessed are all on one track")
        }
        let facts = "\(ic.title) \(ic.total) on the IC track, \(management.title) \(management.total) on the management track"
        let source = "computed: best readiness by track among the roles assessed"
        if ic.total == management.total { return (nil, "equally ready on both tracks: \(facts)") }
        let side: DecisionSide = ic.total > management.total ? .ic : .management
        return (DecisionSignal(side: side, text: "More ready on the \(side == .ic ? "IC" : "management") track: \(facts)", source: source), nil)
    }
}
