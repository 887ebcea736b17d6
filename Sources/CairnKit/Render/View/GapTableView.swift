/// One skill gap as the gap table shows it (analysis section 4): levels, effort with its
/// parts, who asks for the skill and how often postings do, and the resource chosen.
public struct GapRow: Sendable, Equatable, Encodable {
    public var priority: String
    /// The priority as a CSS class: "p0" ... "p3".
    public var priorityClass: String
    /// The tiers the priority is the more urgent of: "role P0 · market P3" (a tier nobody sets is left out).
    public var tiers: String
    public var skill: String
    public var current: String
    public var needed: String
    public var gap: String
    /// "420"
    public var hours: String
    /// The hours of each level step: "40 + 120 + 260"; empty for a single step.
    public var hoursParts: String
    public var hasHoursParts: Bool
    /// Each step with its basis: "to 1: 40 h (taxonomy); to 2: 120 h (taxonomy)".
    public var steps: String
    /// "52.5", or "-" without hours per week.
    public var weeks: String
    /// "52.5 weeks = 420 h / 8 h a week", or why weeks are not computed.
    public var weeksLine: String
    public var bucket: String
    /// Who asks for the skill: "Staff Software Engineer requires 2; fallback Tech Lead prefers 2".
    public var roles: String
    public var hasRoles: Bool
    /// "required by 9 of 12 target postings (75%), at up to level 3", or empty.
    public var market: String
    public var hasMarket: Bool
    /// `roles` and `market` in one line.
    public var why: String
    /// "Designing Data-Intensive Applications, resources/ddia.md", or "none chosen".
    public var resource: String
    public var hasResource: Bool
    /// Titles of the active goals whose targets need the skill, or "fallback roles only".
    public var goals: String
}

extension GapRow {
    /// Every gap of `analysis`, in priority order.
    static func rows(_ analysis: Analysis, plan: Plan) -> [GapRow] {
        analysis.gaps.gaps.map { GapRow($0, plan: plan, hoursPerWeek: analysis.schedule.hoursPerWeek) }
    }

    init(_ gap: Gap, plan: Plan, hoursPerWeek: Double) {
        priority = gap.priority.label
        priorityClass = gap.priority.label.lowercased()
        tiers = Format.joined(gap.roleTier.map { "role \($0.label)" }, gap.frequencyTier.map { "market \($0.label)" }, separator: " · ")
        skill = gap.name
        current = String(gap.current)
        needed = String(gap.needed)
        self.gap = String(gap.gap)
        hours = Format.number(gap.effortHours)
        hoursParts = gap.steps.count > 1 ? gap.steps.map { Format.number($0.hours) }.joined(separator: " + ") : ""
        hasHoursParts = !hoursParts.isEmpty
        steps = gap.steps.map { step in
            let basis = step.resourceID.map { "resource \($0)" } ?? step.basis
            guard let logged = step.loggedHours, let since = step.loggedSince else {
                return "to \(step.level): \(Format.hours(step.hours)) (\(basis))"
            }
            return "to \(step.level): \(Format.hours(step.hours)) = \(Format.hours(step.fullHours)) (\(basis)) "
                + "− \(Format.hours(logged)) logged since \(since)"
        }.joined(separator: "; ")
        if let weeks = gap.weeks {
            self.weeks = Format.number(weeks)
            weeksLine = "\(Format.number(weeks)) weeks = \(Format.hours(gap.effortHours)) / \(Format.hours(hoursPerWeek)) a week"
        } else {
            self.weeks = "-"
            weeksLine = "weeks not computed: profile.md sets no time.hours_per_week"
        }
        bucket = gap.bucket.rawValue
        roles = Self.roles(gap, plan: plan)
        hasRoles = !roles.isEmpty
        market = Self.market(gap)
        hasMarket = !market.isEmpty
        why = [roles, market].filter { !$0.isEmpty }.joined(separator: "; ")
        if let id = gap.resourceID {
            let chosen = plan.resources.first { $0.id == id }
            resource = chosen.map { "\($0.title), \($0.location.path)" } ?? id
        } else {
            resource = "none chosen"
        }
        hasResource = gap.resourceID != nil
        let titles = gap.goalIDs.map { id in
            plan.goals.first { $0.id == id }.map { plan.catalog.roles[$0.targetRoleID]?.title ?? $0.targetRoleID } ?? id
        }
        goals = titles.isEmpty ? "fallback roles only" : Format.list(titles)
    }

    /// The roles asking for the skill, each once: "Staff Software Engineer requires 2;
    /// Principal Software Engineer prefers 3; fallback Tech Lead prefers 2".
    static func roles(_ gap: Gap, plan: Plan) -> String {
        var parts: [String] = []
        for need in gap.needs {
            guard let roleID = need.roleID else { continue }
            let role = plan.catalog.roles[roleID]
            let title = role?.title ?? roleID
            let text: String
            switch need.source {
            case .required: text = "\(title) requires \(need.level)"
            case .preferred: text = "\(title) prefers \(need.level)"
            case .fallbackRequired: text = "fallback \(title) requires \(need.level)"
            case .fallbackPreferred: text = "fallback \(title) prefers \(need.level)"
            case .postings: continue
            }
            if !parts.contains(text) { parts.append(text) }
        }
        return parts.joined(separator: "; ")
    }

    /// "required by 7 of 10 target postings (70%), at up to level 3", or empty when no target posting requires it.
    static func market(_ gap: Gap) -> String {
        guard let requiredBy = gap.requiredBy, gap.postings > 0 else { return "" }
        let level = gap.needs.filter { $0.source == .postings }.map(\.level).max()
        let share = Format.percent(Double(requiredBy) / Double(gap.postings))
        return "required by \(requiredBy) of \(Format.count(gap.postings, "target posting")) (\(share))"
            + (level.map { ", at up to level \($0)" } ?? "")
    }
}
