/// The learning resources the gaps use, with their hours and costs against the yearly budget.
public struct ResourcesView: Sendable, Equatable, Encodable {
    public var rows: [ResourceRow]
    public var hasRows: Bool
    /// "Total: 445 USD for 5 resources, 240 h of their steps in the plan (30 + ...)."
    public var total: String
    /// The costs of the coming 12 months against `time.budget`, with the parts, or how to set a budget.
    public var budgetLine: RichText
    public var exceedsBudget: Bool
}

/// One resource chosen for a gap.
public struct ResourceRow: Sendable, Equatable, Encodable {
    public var title: String
    public var resourceID: String
    public var kind: String
    /// The steps it covers: "Kubernetes to 2".
    public var covers: String
    /// The hours the plan counts for its steps, and the resource's own hours: "20 of 40".
    public var hours: String
    public var cost: String
    /// The first week of its steps, or "not placed".
    public var starts: String
    /// "yes" when it starts in the 12 months the budget covers, else "no".
    public var inBudgetYear: String
}

extension ResourcesView {
    init(plan: Plan, analysis: Analysis) {
        let costs = analysis.learningCosts
        let starts = Dictionary(analysis.schedule.items.map { ($0.item.id, $0.start) }, uniquingKeysWith: { a, _ in a })
        var order: [String] = []
        var covers: [String: [String]] = [:], hours: [String: Double] = [:], first: [String: Day] = [:]
        for gap in analysis.gaps.gaps {
            for step in gap.steps {
                guard let id = step.resourceID else { continue }
                if covers[id] == nil { order.append(id) }
                covers[id, default: []].append("\(gap.name) to \(step.level)")
                hours[id, default: 0] += step.hours
                if let start = starts[WorkItems.stepID(gap.skillID, step.level)] ?? nil { first[id] = min(first[id] ?? start, start) }
            }
            if let id = gap.resourceID, covers[id] == nil {
                order.append(id)
                covers[id] = ["\(gap.name) (its hours are not stated, so the steps keep theirs)"]
            }
        }
        let resources = Dictionary(plan.resources.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let windowIDs = Set(costs.resources.map(\.resourceID))
        let sorted = order.sorted { (first[$0]?.ordinal ?? .max, $0) < (first[$1]?.ordinal ?? .max, $1) }
        rows = sorted.compactMap { id in
            guard let resource = resources[id] else { return nil }
            let counted = hours[id].map { Format.number($0) } ?? "0"
            return ResourceRow(
                title: resource.title, resourceID: id, kind: resource.kind.rawValue, covers: Format.list(covers[id] ?? []),
                hours: resource.hours.map { "\(counted) of \(Format.number($0))" } ?? "\(counted) (the resource states none)",
                cost: resource.cost.map { Format.money($0, resource.currency) } ?? "not stated",
                starts: first[id]?.description ?? "not placed", inBudgetYear: windowIDs.contains(id) ? "yes" : "no")
        }
        hasRows = !rows.isEmpty
        let currency = costs.currency
        let priced = sorted.compactMap { resources[$0] }.filter { $0.currency == currency }
        let sum = priced.compactMap(\.cost).reduce(0, +)
        let planHours = sorted.compactMap { hours[$0] }
        total = rows.isEmpty ? "" : "Total: \(Format.money(sum, currency)) for \(Format.count(rows.count, "resource"))"
            + (priced.count < rows.count ? " (those priced in \(currency))" : "")
            + "; \(Format.number(planHours.reduce(0, +))) h of their steps in the plan"
            + (planHours.count > 1 ? " (\(planHours.map { Format.number($0) }.joined(separator: " + ")))" : "") + "."
        exceedsBudget = costs.exceedsBudget
        budgetLine = RichText(Self.budgetLine(costs, plan: plan))
    }

    /// "In the 12 months to 2027-11-23 the plan starts 445 USD of resources (ckad 445 + ana 0):
    /// 22% of the 2,000 USD yearly budget (time.budget in profile.md)."
    static func budgetLine(_ costs: LearningCosts, plan: Plan) -> String {
        let inCurrency = costs.resources.filter { $0.currency == costs.currency }
        let parts = inCurrency.map { "\($0.resourceID) \(Format.amount($0.cost ?? 0))" }
        let spent = "\(Format.money(costs.total, costs.currency))"
            + (parts.count > 1 ? " (\(parts.joined(separator: " + ")))" : parts.isEmpty ? "" : " (\(parts[0]))")
        var line = "In the 12 months to \(costs.until) the schedule starts resources costing \(spent)"
        if let budget = costs.budget {
            let share = budget > 0 ? Format.percent(costs.total / budget) + " of " : ""
            line += ": \(share)the \(Format.money(budget, costs.currency)) yearly budget (time.budget in \(plan.profile.location.path))"
            if costs.exceedsBudget { line += ", \(Format.money(costs.total - budget, costs.currency)) over it" }
            line += "."
        } else {
            line += ". No yearly budget is set: add `budget:` under `time:` in \(plan.profile.location.path) to check the costs against it."
        }
        if !costs.otherCurrency.isEmpty {
            line += " Priced in another currency and not added: \(costs.otherCurrency.joined(separator: ", "))."
        }
        return line
    }
}
