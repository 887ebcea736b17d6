extension Risks {
    /// One rule of section 9 per method; each returns its risks, or nil when it does not apply.
    struct Rules {
        let facts: PlanFacts
        var plan: Plan { facts.plan }
        var asOf: Day { facts.asOf }

        init(_ facts: PlanFacts) { self.facts = facts }

        func goal(_ id: String) -> Goal? { plan.goals.first { $0.id == id } }
        func title(_ roleID: String) -> String { plan.catalog.roles[roleID]?.title ?? roleID }
        func hours(_ value: Double) -> String { Format.number(value) }
        var profilePath: String { plan.profile.location.path }

        /// A goal whose work ends after its date (section 7).
        func infeasibleGoals() -> [Risk] {
            facts.schedule.goals.compactMap { timeline in
                guard timeline.feasible == false, let goal = goal(timeline.goalID), let by = timeline.by else { return nil }
                let path = goal.location.path
                var evidence = [timeline.end.map { "its work ends \($0), after its date \(by)" }
                    ?? "part of its work is never placed in the schedule, so it has no end date"]
                let mitigation: String
                if let needed = timeline.neededHoursPerWeek, let weeks = timeline.weeksLeft {
                    evidence.append("it needs \(hours(needed)) hours a week for the \(hours(weeks)) weeks left "
                        + "(\(hours(timeline.remainingHours)) hours of work); its share is \(hours(timeline.share)) hours a week")
                    mitigation = (facts.schedule.hoursPerWeek > 0 ? "" : "Set time.hours_per_week in \(profilePath): without it nothing is scheduled. ")
                        + "Give the goal \(Numbers.integer(needed.rounded(.up))) hours a week (`hours_per_week:` in \(path), and "
                        + "time.hours_per_week in \(profilePath) to match), move `by:` in \(path) to "
                        + (timeline.end.map { "\($0) or later" } ?? "a later date") + ", or take work out of the goal."
                } else {
                    evidence.append("its date is not after the start of this week (\(facts.schedule.start)): no week is left")
                    mitigation = "Move `by:` in \(path) to a date ahead, or set `status: achieved` or `status: dropped`."
                }
                return Risk(id: "\(RiskKind.infeasibleGoal.rawValue):\(goal.id)", kind: .infeasibleGoal, severity: RiskKind.infeasibleGoal.severity,
                            goalID: goal.id, summary: "\(title(goal.targetRoleID)) by \(by) does not fit the hours you have",
                            evidence: evidence, sources: [path, profilePath], mitigation: mitigation)
            }
        }

        /// The dated goals together need more than 1.5 times the hours per week.
        func overCommitted() -> Risk? {
            guard let capacity = plan.profile.time.hoursPerWeek, capacity > 0 else { return nil }
            let dated = facts.schedule.goals.filter { $0.neededHoursPerWeek != nil }
            let needed = dated.reduce(0) { $0 + $1.neededHoursPerWeek! }
            let limit = RiskLimits.overCommitment * capacity
            guard needed > limit + 1e-9 else { return nil }
            let paths = dated.compactMap { goal($0.goalID)?.location.path }
            return Risk(
                id: RiskKind.overCommitted.rawValue, kind: .overCommitted, severity: RiskKind.overCommitted.severity, goalID: nil,
                summary: "Your goals need \(hours(needed)) hours a week; you have \(hours(capacity))",
                evidence: dated.map { "\($0.goalID) needs \(hours($0.neededHoursPerWeek!)) hours a week to be done by \($0.by!)" }
                    + ["together \(hours(needed)) hours a week, above 1.5 × \(hours(capacity)) = \(hours(limit)) (time.hours_per_week in \(profilePath))"],
                sources: paths + [profilePath],
                mitigation: "Raise time.hours_per_week in \(profilePath), move the `by:` dates of "
                    + "\(Format.list(paths)) later, or pause a goal (`status: paused`).")
        }

        /// An active goal without alternatives.
        func missingFallbacks() -> [Risk] {
            WorkItems.goalOrder(plan).filter(\.alternatives.isEmpty).map { goal in
                let path = goal.location.path
                let suggestion = Fallback.suggestion(for: goal, plan: plan, readiness: facts.readiness)
                return Risk(
                    id: "\(RiskKind.noFallback.rawValue):\(goal.id)", kind: .noFallback, severity: RiskKind.noFallback.severity,
                    goalID: goal.id, summary: "\(title(goal.targetRoleID)) has no fallback path",
                    evidence: ["\(path) lists no `alternatives`"]
                        + (suggestion.map { ["the most ready other role assessed is \($0.title) (\($0.roleID)), readiness \($0.total)"] } ?? []),
                    sources: [path],
                    mitigation: "Add `alternatives: [\(suggestion?.roleID ?? "role-id")]` to \(path): a role to aim for if this one stalls.")
            }
        }

        /// Fewer than three target postings posted in the 90 days up to as_of.
        func thinMarket() -> Risk? {
            let demand = facts.market.demand
            guard demand.recent < RiskLimits.recentPostings else { return nil }
            let from = asOf.adding(days: -demand.windowDays)
            let targets = facts.targets
            let recent = targets.postings.filter { Market.isRecent($0, asOf: asOf) }
            let roles = Format.list(facts.market.targetRoleIDs.map(title))
            var evidence = ["\(demand.recent) of \(Format.count(demand.postings, "target posting")) posted between \(from) and \(asOf)"]
            if demand.undated > 0 { evidence.append("\(Format.count(demand.undated, "posting")) without a `posted:` date") }
            if targets.all && !targets.targets.isEmpty { evidence.append("no saved posting names \(roles), so every saved posting counts") }
            return Risk(
                id: RiskKind.thinMarket.rawValue, kind: .thinMarket, severity: RiskKind.thinMarket.severity, goalID: nil,
                summary: "Few recent postings for \(roles.isEmpty ? "your targets" : roles)",
                evidence: evidence, sources: recent.map(\.location.path),
                mitigation: "Save current postings for \(roles.isEmpty ? "your target roles" : roles) in jobs/ with their `posted:` dates; "
                    + "if there really are few, keep the fallback roles (`alternatives:` in goals/) and the internal path in view.")
        }

        /// The salary target above the upper quartile of the target postings' maxima, same currency.
        func salaryAboveMarket() -> Risk? {
            guard let salary = plan.profile.salary, let target = salary.target,
                  let (quartile, priced) = Risks.upperQuartileOfMaxima(facts.targets.postings, currency: salary.currency),
                  target > quartile else { return nil }
            let top = priced.map { $0.salary!.max! }.max()!
            return Risk(
                id: RiskKind.salaryAboveMarket.rawValue, kind: .salaryAboveMarket, severity: RiskKind.salaryAboveMarket.severity, goalID: nil,
                summary: "Your salary target is above most target postings",
                evidence: ["salary.target \(Format.money(target, salary.currency)) in \(profilePath)",
                           "upper quartile of the posted maxima of \(Format.count(priced.count, "target posting")) in \(salary.currency): "
                               + "\(Format.money(quartile, salary.currency)); highest \(Format.money(top, salary.currency))"],
                sources: [profilePath] + priced.map(\.location.path),
                mitigation: "Check salary.target in \(profilePath) against these postings: aim at the employers paying in the top "
                    + "quarter, or plan how to bridge the difference (a level above, negotiation, equity).")
        }

        /// More than three P0 gaps at once.
        func tooManyP0Gaps() -> Risk? {
            let critical = facts.gaps.gaps.filter { $0.priority == .p0 }
            guard critical.count > RiskLimits.p0Gaps else { return nil }
            let goals = Set(critical.flatMap(\.goalIDs))
            let paths = WorkItems.goalOrder(plan).filter { goals.contains($0.id) }.map(\.location.path)
            return Risk(
                id: RiskKind.tooManyP0Gaps.rawValue, kind: .tooManyP0Gaps, severity: RiskKind.tooManyP0Gaps.severity, goalID: nil,
                summary: "\(critical.count) critical (P0) gaps at once",
                evidence: ["P0 gaps: " + critical.map { "\($0.name) (\($0.current) -> \($0.needed))" }.joined(separator: ", "),
                           "more than \(RiskLimits.p0Gaps) at once spread the hours thin"],
                sources: paths,
                mitigation: "Close the P0 gaps of your first goal first: give the other goals later `by:` dates or pause them "
                    + "(\(Format.list(paths))), and pick quick resources for the smallest gaps.")
        }

        /// No level change or dated evidence in the 90 days up to as_of.
        func staleProfile() -> Risk? {
            let from = asOf.adding(days: -RiskLimits.staleDays)
            let last = Risks.lastProfileChange(plan, asOf: asOf)
            if let last, last >= from { return nil }
            return Risk(
                id: RiskKind.staleProfile.rawValue, kind: .staleProfile, severity: RiskKind.staleProfile.severity, goalID: nil,
                summary: "Your profile has not changed since " + (last.map { "\($0)" } ?? "it was written"),
                evidence: [last.map { "the last change is \($0), \($0.days(to: asOf)) days before \(asOf)" }
                    ?? "no `level` entry in log/ and no dated evidence in \(profilePath)",
                           "changes are `level SKILL N` log entries and dated `evidence:` in \(profilePath)"],
                sources: [profilePath, "log/"],
                mitigation: "Review the levels in \(profilePath): log each change as `level SKILL N` under a date in log/, "
                    + "and add what you demonstrated lately to `evidence:` with its date.")
        }

        /// No log entry in the 30 days up to as_of.
        func inactive() -> Risk? {
            let from = asOf.adding(days: -RiskLimits.inactiveDays)
            let last = Risks.lastLogEntry(plan, asOf: asOf)
            if let last, last.date >= from { return nil }
            return Risk(
                id: RiskKind.inactive.rawValue, kind: .inactive, severity: RiskKind.inactive.severity, goalID: nil,
                summary: "Nothing logged since " + (last.map { "\($0.date)" } ?? "the plan began"),
                evidence: [last.map { "the last log entry is on \($0.date), \($0.date.days(to: asOf)) days before \(asOf) (\($0.location))" }
                    ?? "log/ has no entry dated on or before \(asOf)"],
                sources: [last.map(\.location.path) ?? "log/"],
                mitigation: "Log what you did, even an hour: `cairn log \"1h Skill: what you did\"`, or a list item under "
                    + "`## \(asOf)` in log/\(String(asOf.description.prefix(7))).md; a monthly review (`review: monthly`) counts.")
        }

        /// Scheduled resources costing more than the yearly budget.
        func budgetExceeded() -> Risk? {
            let costs = facts.costs
            guard costs.exceedsBudget, let budget = costs.budget else { return nil }
            let priced = costs.resources.filter { $0.currency == costs.currency && ($0.cost ?? 0) > 0 }
            return Risk(
                id: RiskKind.budgetExceeded.rawValue, kind: .budgetExceeded, severity: RiskKind.budgetExceeded.severity, goalID: nil,
                summary: "Scheduled resources cost more than your learning budget",
                evidence: ["resources the schedule starts by \(costs.until): "
                    + priced.map { "\($0.title) \(Format.money($0.cost!, $0.currency))" }.joined(separator: ", "),
                           "together \(Format.money(costs.total, costs.currency)), above time.budget \(Format.money(budget, costs.currency)) a year"],
                sources: priced.map(\.location.path) + [profilePath],
                mitigation: "Raise time.budget in \(profilePath) to \(Format.amount(costs.total)), or choose cheaper resources in resources/ "
                    + "for these skills (the schedule uses the one covering the most levels, then the fewest hours).")
        }
    }
}
