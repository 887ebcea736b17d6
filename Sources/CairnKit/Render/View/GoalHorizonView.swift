/// How far away a goal's date is, as the career-planning workflow groups goals: a long-term
/// vision (3 years or more), medium-term goals (1-3 years) and short-term objectives (6-12
/// months). A goal under 6 months away goes with the short-term ones; a goal without a date
/// goes in a group of its own.
public enum GoalHorizon: String, Sendable, CaseIterable {
    case long, medium, short, undated

    /// The horizon of a goal due `by`, seen from `asOf`. Each boundary belongs to the longer
    /// horizon: exactly 3 years out is long-term, exactly 1 year out medium-term.
    static func of(_ by: Day?, asOf: Day) -> GoalHorizon {
        guard let by else { return .undated }
        if by >= asOf.months(after: 36) { return .long }
        if by >= asOf.months(after: 12) { return .medium }
        return .short
    }

    var heading: String {
        switch self {
        case .long: "Long term: 3 years or more"
        case .medium: "Medium term: 1 to 3 years"
        case .short: "Short term: 6 to 12 months"
        case .undated: "Without a date"
        }
    }
}

/// The goals of one horizon.
public struct GoalHorizonGroup: Sendable, Equatable, Encodable {
    public var name: String
    public var heading: String
    public var goals: [HorizonGoalRow]
    public var hasGoals: Bool
    /// What an empty group means, or how the group is formed.
    public var note: RichText
    public var hasNote: Bool
}

/// One goal in its horizon.
public struct HorizonGoalRow: Sendable, Equatable, Encodable {
    public var target: String
    public var goalID: String
    /// "2028-09-30", or "no date".
    public var by: String
    /// "in 1 year 10 months", "under 6 months away: with the 6-12 month goals", "its date has passed".
    public var away: String
    public var kind: String
    public var priority: String
    public var status: String
    /// The goal's first heading in its own words ("Staff Engineer by Q3 2028"), or empty.
    public var headline: String
    public var hasHeadline: Bool
    public var readiness: String
    public var tier: String
    public var tierClass: String
}

/// One labelled fact of the current situation.
public struct FactRow: Sendable, Equatable, Encodable {
    public var label: String
    public var value: String
}

extension GoalHorizonGroup {
    /// Every goal, active or not, in its horizon; groups in the order long, medium, short, undated.
    static func groups(plan: Plan, analysis: Analysis) -> [GoalHorizonGroup] {
        let asOf = analysis.asOf
        let readiness = Dictionary(analysis.readiness.map { ($0.roleID, $0) }, uniquingKeysWith: { a, _ in a })
        let goals = plan.goals.sorted { ($0.by?.ordinal ?? .max, $0.id) < ($1.by?.ordinal ?? .max, $1.id) }
        return GoalHorizon.allCases.compactMap { horizon in
            let rows = goals.filter { GoalHorizon.of($0.by, asOf: asOf) == horizon }
                .map { HorizonGoalRow($0, readiness: readiness[$0.targetRoleID], plan: plan, asOf: asOf) }
            if horizon == .undated && rows.isEmpty { return nil }
            let note: String = switch horizon {
            case .long: rows.isEmpty ? "No goal is 3 years or more away: a long-term vision gives the nearer goals a direction." : ""
            case .medium: rows.isEmpty ? "No goal is 1 to 3 years away." : ""
            case .short: rows.isEmpty ? "No goal is due within a year." : "Goals due in under 6 months are listed here too, and say so."
            case .undated: "Add `by:` to these goals to place them in a horizon and check them against the schedule."
            }
            return GoalHorizonGroup(name: horizon.rawValue, heading: horizon.heading, goals: rows, hasGoals: !rows.isEmpty,
                                    note: RichText(note), hasNote: !note.isEmpty)
        }
    }
}

extension HorizonGoalRow {
    init(_ goal: Goal, readiness: Readiness?, plan: Plan, asOf: Day) {
        target = plan.catalog.roles[goal.targetRoleID]?.title ?? goal.targetRoleID
        goalID = goal.id
        by = goal.by?.description ?? "no date"
        away = Self.away(goal.by, asOf: asOf)
        kind = goal.kind?.rawValue ?? "not stated"
        priority = goal.priority.rawValue
        status = goal.status.rawValue
        headline = Self.headline(goal.body)
        hasHeadline = !headline.isEmpty
        self.readiness = readiness.map { String($0.total) } ?? "-"
        tier = readiness?.tier.rawValue ?? "not assessed"
        tierClass = tier.replacingSpaces(with: "-")
    }

    /// "in 2 years 10 months"; "in 4 months: under 6 months away"; "its date has passed".
    static func away(_ by: Day?, asOf: Day) -> String {
        guard let by else { return "no date" }
        guard by >= asOf else { return "its date has passed" }
        var months = (by.year * 12 + by.month) - (asOf.year * 12 + asOf.month)
        if by.day < asOf.day { months -= 1 }
        let years = months / 12, rest = months % 12
        var parts: [String] = []
        if years > 0 { parts.append(Format.count(years, "year")) }
        if rest > 0 || years == 0 { parts.append(Format.count(rest, "month")) }
        let text = "in " + parts.joined(separator: " ")
        return by < asOf.months(after: 6) ? text + ": under 6 months away" : text
    }

    /// The text of the first ATX heading of a goal's body, outside code fences.
    static func headline(_ body: String) -> String {
        var fenced = false
        for line in body.split(separator: "\n", omittingEmptySubsequences: true) {
            let trimmed = line.drop { $0 == " " }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { fenced.toggle(); continue }
            guard !fenced, line.count - trimmed.count <= 3, trimmed.hasPrefix("#") else { continue }
            let hashes = trimmed.prefix { $0 == "#" }.count
            let rest = trimmed.dropFirst(hashes)
            guard hashes <= 6, rest.isEmpty || rest.first == " " else { continue }
            var text = String(rest).trimmingSpaces
            while text.hasSuffix("#") { text.removeLast() }
            return text.trimmingSpaces
        }
        return ""
    }
}

extension FactRow {
    /// The facts of the current situation: role, seniority, experience, domain, strengths,
    /// salary and the time and money set aside for development.
    static func situation(plan: Plan, position: PositionSummaryView) -> [FactRow] {
        let profile = plan.profile
        var facts = [
            FactRow(label: "Title", value: position.title),
            FactRow(label: "Current role", value: position.currentRole),
            FactRow(label: "Seniority", value: "\(position.seniority) (\(position.seniorityReason)); \(position.track) track"),
            FactRow(label: "Experience", value: position.experience
                + (profile.inRoleSince.map { "; in the current role since \($0)" } ?? "")),
            FactRow(label: "Domain", value: "\(position.domain) (\(position.domainSource))"),
            FactRow(label: "Strengths", value: position.hasStrengths ? position.strengths : "none at level 3 yet"),
            FactRow(label: "Growth areas", value: position.hasGrowthAreas
                ? Format.count(position.growthAreas.count, "skill") + " the active goals need above your level (see Skill gaps)"
                : "none: no active goal asks for more than you hold"),
        ]
        if let salary = profile.salary {
            let figures = [("current", salary.current), ("minimum", salary.minimum), ("target", salary.target)]
                .compactMap { name, value in value.map { "\(name) \(Format.money($0, salary.currency))" } }
            if !figures.isEmpty { facts.append(FactRow(label: "Salary", value: figures.joined(separator: "; "))) }
        }
        let hours = profile.time.hoursPerWeek.map { "\(Format.hours($0)) a week" } ?? "no hours per week set (time.hours_per_week)"
        let budget = profile.time.budget.map { "a learning budget of \(Format.money($0, profile.time.currency)) a year" }
            ?? "no learning budget set (time.budget)"
        facts.append(FactRow(label: "Time and budget", value: "\(hours); \(budget)"))
        return facts
    }
}
