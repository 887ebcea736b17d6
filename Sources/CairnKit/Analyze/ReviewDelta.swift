extension ReviewDelta {
    /// What changed since the last `review:` log entry dated before as_of: hours, level changes,
    /// actions done, gaps closed, priorities that are new or more urgent, and the readiness of
    /// each active goal's role then and now. Nil when the log has no review entry before as_of.
    static func of(_ context: ProgressContext, gaps: GapAnalysis) -> ReviewDelta? {
        of(context, gaps: gaps, then: Then.of(context))
    }

    /// The plan as it stood on the day of the last review, which the delta compares with the plan
    /// now: made apart from the gaps now, so that the analysis makes it beside them.
    struct Then {
        let review: LogEntry
        let gaps: GapAnalysis
        /// The readiness then of each active goal's role, by goal, in `WorkItems.goalOrder`.
        let readiness: [(goal: Goal, role: Role, total: Int)]

        /// Nil when the log has no review entry before as_of.
        static func of(_ context: ProgressContext) -> Then? {
            let asOf = context.asOf
            guard let review = context.current.log.last(where: { $0.review != nil && $0.date < asOf }) else { return nil }
            let day = review.date
            let past = context.snapshot.plan(on: day)
            let evidence = EvidenceIndex(plan: past)
            let readiness = WorkItems.goalOrder(context.current).compactMap { goal -> (Goal, Role, Int)? in
                guard let role = context.current.catalog.roles[goal.targetRoleID] else { return nil }
                return (goal, role, Readiness.of(role, plan: past, evidence: evidence, asOf: day).total)
            }
            return Then(review: review, gaps: GapAnalysis.of(past: past, on: day, today: context.targets, resources: context.resourcesBySkill), readiness: readiness)
        }
    }

    /// The delta from `then` (`Then.of(context)`) to the plan of `context`, whose gaps are `gaps`.
    static func of(_ context: ProgressContext, gaps: GapAnalysis, then: Then?) -> ReviewDelta? {
        guard let then else { return nil }
        let asOf = context.asOf, review = then.review, day = review.date, pastGaps = then.gaps
        let closed = pastGaps.gaps.filter { context.levels.level($0.skillID) >= $0.needed }.map(\.skillID)
        let priorities = gaps.gaps.compactMap { gap -> PriorityChange? in
            let before = pastGaps.gap(gap.skillID)?.priority
            guard before.map({ gap.priority < $0 }) ?? true else { return nil }
            return PriorityChange(skillID: gap.skillID, before: before, now: gap.priority)
        }
        let evidenceNow = context.evidence ?? EvidenceIndex(plan: context.current)
        let readiness = then.readiness.map { goal, role, before in
            ReadinessDelta(roleID: role.id, goalID: goal.id, before: before,
                           now: Readiness.of(role, plan: context.current, evidence: evidenceNow, asOf: asOf).total)
        }
        func after(_ date: Day?) -> Bool { date.map { $0 > day && $0 <= asOf } ?? false }
        return ReviewDelta(
            day: day, cadence: review.review!.rawValue, location: review.location.description,
            hours: Numbers.round(context.work.hours(from: day.adding(days: 1), through: asOf), places: 1),
            levelChanges: context.levels.changes.filter { after($0.date) },
            actionsDone: context.actions.done.filter { after($0.date) },
            gapsClosed: closed, priorities: priorities, readiness: readiness)
    }
}
