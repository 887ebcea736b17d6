extension PlanQuality.Checks {
    /// Years ahead a long-term goal's date must be, at least.
    static let longTermYears = 5
    /// Days ahead of as_of an action must be due in, for the next step to be concrete.
    static let dueSoonDays = 14
    /// Skills whose actions build a network.
    static let networkingSkills = ["professional-networking", "community-building"]
    /// Skills whose actions make the person visible.
    static let visibilitySkills = ["personal-branding", "public-speaking", "content-creation", "open-source", "developer-relations"]

    func activeGoal() -> QualityCheck {
        QualityCheck.result(
            "active-goal", "Goals", "At least one active goal",
            findings: goals.isEmpty ? [QualityFinding(
                message: "the plan has no active goal",
                fix: "add a goal file to \(folder)goals/, for example goals/next-role.md with `target:` (a role id) and `by:` "
                    + "in its front-matter, or set `status: active` on a paused goal", location: profileStart)] : [],
            detail: Format.count(goals.count, "active goal"))
    }

    func longTermGoal() -> QualityCheck {
        let horizon = asOf.months(after: 12 * Self.longTermYears)
        let title = "A long-term goal, \(Self.longTermYears) years or more out"
        if let goal = goals.filter({ $0.by.map { $0 >= horizon } ?? false }).max(by: { $0.by! < $1.by! }) {
            return .result("long-term-goal", "Goals", title, findings: [], detail: "\(goal.location.path): by \(goal.by!)")
        }
        let latest = goals.filter { $0.by != nil }.max { $0.by! < $1.by! }
        let location = latest.map { goalLocation($0, "by") } ?? goals.first?.location ?? profileStart
        return .result("long-term-goal", "Goals", title, findings: [QualityFinding(
            message: "no active goal is dated \(Self.longTermYears) years or more ahead (on or after \(horizon))",
            fix: "add a goal in \(folder)goals/ for where you want to be in 5-10 years, with `by: \(horizon.year)-12` or later"
                + (latest.map { ", or move `by:` of \($0.location.path) there" } ?? ""),
            location: location)], detail: "")
    }

    func goalDates() -> QualityCheck {
        let title = "A date on every active goal"
        guard !goals.isEmpty else { return .notApplicable("goal-dates", "Goals", title, because: "no active goal") }
        return .result("goal-dates", "Goals", title, findings: goals.filter { $0.by == nil }.map { goal in
            QualityFinding(message: "the goal '\(goal.id)' has no date",
                           fix: "add `by:` with a day (YYYY-MM-DD), a month (YYYY-MM) or a quarter (YYYY-Qn) to the front-matter of \(goal.location.path)",
                           location: goalLocation(goal, "target"))
        }, detail: "every active goal has `by:`")
    }

    /// Measurable: an open action with a due date, an estimate or a recurrence.
    func measurableActions() -> QualityCheck {
        let title = "At least one measurable action on every active goal"
        guard !goals.isEmpty else { return .notApplicable("measurable-actions", "Goals", title, because: "no active goal") }
        return .result("measurable-actions", "Goals", title, findings: goals.filter { goal in
            !goal.actions.contains { !$0.isDone && ($0.due != nil || $0.estimateHours != nil || $0.every != nil) }
        }.map { goal in
            QualityFinding(message: "the goal '\(goal.id)' has no open action with a due date, an estimate or a recurrence",
                           fix: "add a task under `## Actions` in \(goal.location.path), for example "
                               + "`- [ ] Write the design doc due:\(asOf.months(after: 3)) ~10h`",
                           location: actionsLocation(goal))
        }, detail: "every active goal has an open action with `due:`, `~Nh` or `every:`")
    }

    func fallbacks() -> QualityCheck {
        let title = "A fallback for every active goal"
        guard !goals.isEmpty else { return .notApplicable("fallbacks", "Contingency", title, because: "no active goal") }
        return .result("fallbacks", "Contingency", title, findings: goals.filter(\.alternatives.isEmpty).map { goal in
            let suggestion = Fallback.suggestion(for: goal, plan: plan, readiness: facts.readiness)
            return QualityFinding(
                message: "the goal '\(goal.id)' has no fallback role",
                fix: "add `alternatives: [\(suggestion?.roleID ?? "role-id")]` to the front-matter of \(goal.location.path)"
                    + (suggestion.map { " (\($0.title) is the most ready other role, readiness \($0.total))" } ?? ""),
                location: goalLocation(goal, "target"))
        }, detail: "every active goal lists `alternatives:`")
    }

    func networkingActions() -> QualityCheck {
        taggedActions("networking-actions", "Networking actions", skills: Self.networkingSkills,
                      example: "Coffee with a peer outside your team every:month #professional-networking ~1h")
    }

    func visibilityActions() -> QualityCheck {
        taggedActions("visibility-actions", "Visibility actions", skills: Self.visibilitySkills,
                      example: "Give a talk at a meetup due:\(asOf.months(after: 6)) #public-speaking ~8h")
    }

    /// An open action of an active goal tagged with one of `skills`.
    func taggedActions(_ id: String, _ title: String, skills: [String], example: String) -> QualityCheck {
        guard let primary else { return .notApplicable(id, "Network and visibility", title, because: "no active goal") }
        let tags = skills.map { "#\($0)" }.joined(separator: ", ")
        let found = openActions.filter { action in action.skillIDs.contains { skills.contains($0) } }
        return .result(id, "Network and visibility", title, findings: found.isEmpty ? [QualityFinding(
            message: "no open action of an active goal is tagged \(tags)",
            fix: "add a task such as `- [ ] \(example)` to \(primary.location.path)",
            location: actionsLocation(primary))] : [],
            detail: found.first.map { "\($0.title) (\($0.location))" } ?? "")
    }

    func quarterlyMilestones() -> QualityCheck {
        let title = "A milestone in each of the next four quarters"
        guard let primary else { return .notApplicable("quarterly-milestones", "Timeline", title, because: "no active goal") }
        let empty = facts.schedule.quarters.filter(\.milestones.isEmpty)
        return .result("quarterly-milestones", "Timeline", title, findings: empty.isEmpty ? [] : [QualityFinding(
            message: "no milestone in " + Format.list(empty.map(\.quarter)),
            fix: "add actions due in " + Format.list(empty.map { "\($0.quarter) (due:\($0.last))" }) + " to \(primary.location.path); "
                + "a milestone is the week an action or a skill level is done in the schedule",
            location: actionsLocation(primary))],
            detail: facts.schedule.quarters.map { "\($0.quarter): \($0.milestones.count)" }.joined(separator: ", "))
    }

    func actionDueSoon() -> QualityCheck {
        let title = "An action due within \(Self.dueSoonDays) days"
        guard let primary else { return .notApplicable("action-due-soon", "Timeline", title, because: "no active goal") }
        let until = asOf.adding(days: Self.dueSoonDays)
        let soon = openActions.filter { $0.due.map { $0 >= asOf && $0 <= until } ?? false }.min { $0.due! < $1.due! }
        return .result("action-due-soon", "Timeline", title, findings: soon == nil ? [QualityFinding(
            message: "no open action is due between \(asOf) and \(until)",
            fix: "give your next step a date: add `due:\(until)` or earlier to an action in \(primary.location.path)",
            location: actionsLocation(primary))] : [],
            detail: soon.map { "\($0.title), due \($0.due!)" } ?? "")
    }

    /// Every active goal's target role has a saved posting naming it with a salary.
    func salaryData() -> QualityCheck {
        let title = "Salary data for every target role"
        guard !goals.isEmpty else { return .notApplicable("salary-data", "Market", title, because: "no active goal") }
        var seen: Set<String> = []
        let open = plan.postings.lazy.filter { $0.status != .rejected && $0.salary != nil }
        let findings = goals.filter { seen.insert($0.targetRoleID).inserted }.compactMap { goal -> QualityFinding? in
            guard let role = plan.catalog.roles[goal.targetRoleID], !open.contains(where: { Market.names($0, role) }) else { return nil }
            return QualityFinding(
                message: "no saved posting for \(role.title) has a salary",
                fix: "save postings for \(role.title) in \(folder)jobs/ with `salary: {min: ..., max: ..., currency: ...}`, "
                    + "or add the salary to the ones you saved",
                location: goalLocation(goal, "target"))
        }
        return .result("salary-data", "Market", title, findings: findings, detail: "every target role has a posting with a salary")
    }
}
