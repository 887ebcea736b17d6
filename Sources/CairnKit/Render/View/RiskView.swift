/// One risk as shown (analysis section 9): how bad, what, the facts behind it, what to do.
public struct RiskRow: Sendable, Equatable, Encodable {
    public var severity: String
    public var severityClass: String
    public var summary: RichText
    public var evidence: [RichText]
    public var sources: String
    public var mitigation: RichText
}

/// A goal's fallback path: the best alternative and every other one with its readiness.
public struct FallbackRow: Sendable, Equatable, Encodable {
    public var goal: String
    /// "Senior Backend Engineer, readiness 86 (ready now)", or that none is listed.
    public var best: RichText
    public var hasBest: Bool
    public var bestTierClass: String
    /// "Tech Lead 77 (good fit)", or empty.
    public var others: String
    public var hasOthers: Bool
}

extension RiskRow {
    init(_ risk: Risk) {
        severity = risk.severity.rawValue
        severityClass = "risk-" + risk.severity.rawValue
        summary = RichText(risk.summary)
        evidence = risk.evidence.map(RichText.init)
        sources = risk.sources.joined(separator: ", ")
        mitigation = RichText(risk.mitigation)
    }
}

extension FallbackRow {
    init(_ fallback: Fallback, plan: Plan) {
        goal = PlanView.goalTitle(fallback.goalID, plan: plan)
        if let best = fallback.best {
            self.best = RichText("\(best.title), readiness \(best.readiness) (\(best.tier.rawValue))")
            bestTierClass = best.tier.rawValue.replacingSpaces(with: "-")
        } else {
            let file = plan.goals.first { $0.id == fallback.goalID }?.location.path ?? "goals/\(fallback.goalID).md"
            self.best = RichText("none: \(file) lists no `alternatives`")
            bestTierClass = ""
        }
        hasBest = fallback.best != nil
        others = fallback.options.dropFirst().map { "\($0.title) \($0.readiness) (\($0.tier.rawValue))" }.joined(separator: "; ")
        hasOthers = !others.isEmpty
    }
}
