extension PlanQuality {
    /// The checks of section 11 and where each points when it fails. The checks themselves are in
    /// PlanQuality+Goals.swift (goals, actions, timeline) and PlanQuality+Profile.swift (the rest).
    struct Checks {
        let facts: PlanFacts
        var plan: Plan { facts.plan }
        var asOf: Day { facts.asOf }
        /// Active goals in the order the schedule serves them.
        let goals: [Goal]

        init(_ facts: PlanFacts) {
            self.facts = facts
            goals = WorkItems.goalOrder(facts.plan)
        }

        /// Every check, in the order reports list them.
        func all() -> [QualityCheck] {
            [activeGoal(), longTermGoal(), goalDates(), measurableActions(),
             p0Resources(),
             hoursPerWeek(), budgetSet(), budgetCoversCosts(),
             networkingActions(), visibilityActions(),
             checklist("network_mapped"), checklist("personal_brand"),
             fallbacks(),
             quarterlyMilestones(), actionDueSoon(),
             recentLog(), reviewCadence(),
             strengthsWritten(), valuesWritten(), checklist("values_aligned"),
             salaryData(),
             checklist("mentor"), checklist("manager_discussed")]
        }

        var profilePath: String { plan.profile.location.path }

        /// profile.md line 1: where advice about a file that does not exist yet points.
        var profileStart: SourceLocation { plan.profile.location }

        /// The folder of the plan as paths in the plan are written ("" or "my-plan/").
        var folder: String { String(profilePath.dropLast("profile.md".count)) }

        /// Where a profile field is written (`time.budget`), else its map (`time`), else line 1.
        func profileLocation(_ key: String) -> SourceLocation {
            let locations = plan.profile.fieldLocations
            if let exact = locations[key] { return exact }
            if let dot = key.firstIndex(of: "."), let parent = locations[String(key[..<dot])] { return parent }
            return profileStart
        }

        /// Where a goal's field is written, else the goal file's first line.
        func goalLocation(_ goal: Goal, _ key: String) -> SourceLocation {
            goal.fieldLocations[key] ?? goal.location
        }

        /// Where to add an action to a goal: after its last action, else its first line.
        func actionsLocation(_ goal: Goal) -> SourceLocation {
            goal.actions.last?.location ?? goal.location
        }

        /// The goal new actions are suggested for: the first the schedule serves.
        var primary: Goal? { goals.first }

        /// Open (not done) actions of active goals.
        var openActions: [Action] { goals.flatMap(\.actions).filter { !$0.isDone } }

        func roleTitle(_ id: String) -> String { plan.catalog.roles[id]?.title ?? id }
    }
}
