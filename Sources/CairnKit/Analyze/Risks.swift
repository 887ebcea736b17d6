/// Something that may keep the plan from working, the facts behind it and what to do (analysis section 9).
public struct Risk: Sendable, Encodable, Equatable {
    /// Stable: the kind, and the goal after a colon for risks of one goal (`infeasible-goal:staff-engineer`).
    public var id: String
    public var kind: RiskKind
    public var severity: RiskSeverity
    /// The goal at risk, for risks of one goal.
    public var goalID: String?
    /// One line: what is at risk.
    public var summary: String
    /// The facts behind it, with their numbers.
    public var evidence: [String]
    /// The files and items the facts come from (`goals/staff.md`, `jobs/acme.md`, `log`).
    public var sources: [String]
    /// What the person can do about it, and in which file.
    public var mitigation: String
}

/// The risks Cairn looks for, in the order reports list them within a severity.
public enum RiskKind: String, Sendable, Encodable, CaseIterable {
    case infeasibleGoal = "infeasible-goal"
    case overCommitted = "over-committed"
    case noFallback = "no-fallback"
    case thinMarket = "thin-market"
    case salaryAboveMarket = "salary-above-market"
    case tooManyP0Gaps = "too-many-p0-gaps"
    case staleProfile = "stale-profile"
    case inactive
    case budgetExceeded = "budget-exceeded"

    /// How bad a risk of this kind is: high when the plan cannot work as written (a goal
    /// cannot be met, far more work than hours); medium when it weakens the plan; low when
    /// it only says the plan's data is getting old.
    public var severity: RiskSeverity {
        switch self {
        case .infeasibleGoal, .overCommitted: .high
        case .noFallback, .thinMarket, .salaryAboveMarket, .tooManyP0Gaps, .inactive, .budgetExceeded: .medium
        case .staleProfile: .low
        }
    }
}

/// How bad a risk is.
public enum RiskSeverity: String, Sendable, Encodable, Comparable, CaseIterable {
    case high, medium, low

    /// High before medium before low.
    public static func < (lhs: RiskSeverity, rhs: RiskSeverity) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// The thresholds of section 9.
public enum RiskLimits {
    /// Over-committed: the hours per week the dated goals need above this many times the capacity.
    public static let overCommitment = 1.5
    /// Thin market: fewer target postings than this posted in the demand window.
    public static let recentPostings = 3
    /// More P0 gaps than this at once is a risk.
    public static let p0Gaps = 3
    /// Stale profile: no level change or dated evidence in this many days up to as_of.
    public static let staleDays = 90
    /// Inactive: no log entry in this many days up to as_of.
    public static let inactiveDays = 30
}

public enum Risks {
    /// Every risk of the plan: high severity first, then by kind, then by goal.
    public static func of(_ inputs: PlanFacts) -> [Risk] {
        let rules = Rules(inputs)
        let risks = rules.infeasibleGoals() + [rules.overCommitted()].compactMap { $0 } + rules.missingFallbacks()
            + [rules.thinMarket(), rules.salaryAboveMarket(), rules.tooManyP0Gaps(), rules.staleProfile(),
               rules.inactive(), rules.budgetExceeded()].compactMap { $0 }
        let kinds = RiskKind.allCases
        return risks.enumerated().sorted { a, b in
            let ka = (a.element.severity, kinds.firstIndex(of: a.element.kind)!), kb = (b.element.severity, kinds.firstIndex(of: b.element.kind)!)
            if ka.0 != kb.0 { return ka.0 < kb.0 }
            if ka.1 != kb.1 { return ka.1 < kb.1 }
            return a.offset < b.offset
        }.map(\.element)
    }

    /// The last day on or before `asOf` the profile changed: the latest level change in the log,
    /// dated profile evidence, or a commit of profile.md when the git history was read.
    public static func lastProfileChange(_ plan: Plan, asOf: Day) -> Day? {
        let levels = plan.log.compactMap { $0.levelChange != nil ? $0.date : nil }
        let evidence = plan.profile.evidence.compactMap(\.date)
        let commits = plan.history.profileRevisions.map(\.commit.day)
        return (levels + evidence + commits).filter { $0 <= asOf }.max()
    }

    /// The latest log entry dated on or before `asOf`.
    public static func lastLogEntry(_ plan: Plan, asOf: Day) -> LogEntry? {
        plan.log.lazy.filter { $0.date <= asOf }.max { ($0.date, $0.location) < ($1.date, $1.location) }
    }

    /// The upper quartile of the posted maxima of `postings` in `currency` (postings posting a maximum).
    public static func upperQuartileOfMaxima(_ postings: some Collection<Posting>, currency: String) -> (value: Double, postings: [Posting])? {
        let priced = postings.filter { $0.salary?.currency == currency && $0.salary?.max != nil }
        guard let value = Numbers.quantile(priced.map { $0.salary!.max! }.sorted(), 0.75) else { return nil }
        return (value, priced)
    }
}
