/// What the learning resources the schedule uses in the coming year cost, against the yearly budget
/// (analysis sections 9 and 11).
public struct LearningCosts: Sendable, Encodable, Equatable {
    /// The last day of the window: 12 months after as_of.
    public var until: Day
    /// Resources chosen for gaps whose level steps start by `until`, by id.
    public var resources: [ResourceCost]
    /// The costs in the budget's currency, added up.
    public var total: Double
    /// The budget's currency (the profile's `time.currency`).
    public var currency: String
    /// The profile's yearly learning budget, when set.
    public var budget: Double?
    /// Resources priced in another currency: named, never converted, not in `total`.
    public var otherCurrency: [String]

    /// True when a budget is set and the costs in its currency are above it.
    public var exceedsBudget: Bool { budget.map { total > $0 } ?? false }
}

/// One resource the schedule uses and its price.
public struct ResourceCost: Sendable, Encodable, Equatable {
    public var resourceID: String
    public var title: String
    /// Nil when the resource states no cost.
    public var cost: Double?
    public var currency: String
    /// The gaps (skill ids) it was chosen for.
    public var skillIDs: [String]
    /// Where the resource is written (`resources/cka.md:1:1`).
    public var location: SourceLocation

    enum CodingKeys: String, CodingKey { case resourceID, title, cost, currency, skillIDs, location }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(resourceID, forKey: .resourceID)
        try container.encode(title, forKey: .title)
        try container.encodeIfPresent(cost, forKey: .cost)
        try container.encode(currency, forKey: .currency)
        try container.encode(skillIDs, forKey: .skillIDs)
        try container.encode(location.description, forKey: .location)
    }
}

extension LearningCosts {
    /// Months after as_of whose scheduled resources the yearly budget has to cover.
    public static let windowMonths = 12

    /// The distinct resources chosen for gaps (the steps each one covers) whose schedule items
    /// start within the 12 months after `asOf`, with their costs.
    public static func of(_ plan: Plan, gaps: GapAnalysis, schedule: Schedule, asOf: Day) -> LearningCosts {
        let until = asOf.months(after: windowMonths)
        let starts = Dictionary(schedule.items.map { ($0.item.id, $0.start) }, uniquingKeysWith: { a, _ in a })
        let resources = Dictionary(plan.resources.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var chosen: [String: [String]] = [:]
        for gap in gaps.gaps {
            for step in gap.steps {
                guard let id = step.resourceID, let start = starts[WorkItems.stepID(gap.skillID, step.level)] ?? nil,
                      start <= until else { continue }
                if !(chosen[id]?.contains(gap.skillID) ?? false) { chosen[id, default: []].append(gap.skillID) }
            }
        }
        let currency = plan.profile.time.currency
        let costs = chosen.keys.sorted().compactMap { id -> ResourceCost? in
            guard let resource = resources[id] else { return nil }
            return ResourceCost(resourceID: id, title: resource.title, cost: resource.cost, currency: resource.currency,
                                skillIDs: chosen[id]!.sorted(), location: resource.location)
        }
        let total = costs.filter { $0.currency == currency }.compactMap(\.cost).reduce(0, +)
        return LearningCosts(
            until: until, resources: costs, total: total, currency: currency, budget: plan.profile.time.budget,
            otherCurrency: costs.filter { $0.currency != currency && ($0.cost ?? 0) > 0 }.map(\.resourceID))
    }
}
