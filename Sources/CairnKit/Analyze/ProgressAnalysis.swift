extension Progress {
    /// Days of logged hours the velocity is taken over: the 8 weeks up to as_of.
    static let velocityDays = 56
    /// The most weeks listed with their hours, and the most burn-down points per goal.
    static let maxWeeklyRows = 104
    static let maxBurnPoints = 53

    /// Progress over `period` (analysis section 8), with the plan's gaps and schedule as of as_of.
    /// `known` holds goals' remaining hours on past days already computed (`pastRemaining`);
    /// `sinceReview` is `ReviewDelta.of(context, gaps:)`, the same for every period.
    static func of(_ context: ProgressContext, gaps: GapAnalysis, schedule: Schedule, period: ReportPeriod,
                   known: [Day: [String: Double]] = [:], sinceReview: ReviewDelta?) -> Progress {
        let asOf = context.asOf, plan = context.current, work = context.work
        let through = counted(period, asOf: asOf)
        let days = through.map { period.first.days(to: $0) + 1 } ?? 0
        let weeks = Double(days) / 7
        let perWeek = schedule.hoursPerWeek
        let capacity = Numbers.round(perWeek * weeks, places: 1)
        func within(_ day: Day?) -> Bool { day.map { through != nil && $0 >= period.first && $0 <= through! } ?? false }
        let entries = work.entries.filter { within($0.date) }
        let logged = Numbers.round(entries.reduce(0) { $0 + $1.hours }, places: 1)

        var bySkill: [String: Double] = [:]
        for entry in entries { for (skill, hours) in entry.skills { bySkill[skill, default: 0] += hours } }
        let skills = bySkill.filter { $0.value > 0 }.map { SkillHours(skillID: $0.key, hours: Numbers.round($0.value, places: 1)) }
            .sorted { ($1.hours, $0.skillID) < ($0.hours, $1.skillID) }

        let active = WorkItems.goalOrder(plan)
        let activeIDs = Set(active.map(\.id))
        let other = entries.reduce(0) { total, entry in
            total + entry.goals.filter { !activeIDs.contains($0.key) }.reduce(0) { $0 + $1.value }
        }
        let burn = burndowns(context, goals: active, period: period, through: through, schedule: schedule, known: known)
        let goals = active.map { goal -> GoalProgress in
            let share = schedule.shares.first { $0.goalID == goal.id }?.hoursPerWeek ?? 0
            let hours = Numbers.round(entries.reduce(0) { $0 + ($1.goals[goal.id] ?? 0) }, places: 1)
            let goalCapacity = Numbers.round(share * weeks, places: 1)
            return goalProgress(goal, context: context, schedule: schedule, hours: hours, capacity: goalCapacity,
                                burndown: burn[goal.id] ?? [])
        }

        var weekly: [WeekHours] = []
        if let through {
            // At most the last two years of weeks: a longer range keeps its totals, not every row.
            let firstMonday = period.first.adding(days: 1 - period.first.weekday)
            let lastMonday = through.adding(days: 1 - through.weekday)
            var monday = max(firstMonday, lastMonday.adding(days: -7 * (maxWeeklyRows - 1)))
            while monday <= through {
                let from = max(monday, period.first), to = min(monday.adding(days: 6), through)
                weekly.append(WeekHours(monday: monday, hours: Numbers.round(work.hours(from: from, through: to), places: 1)))
                monday = monday.adding(days: 7)
            }
        }
        let changes = context.levels.changes
        return Progress(
            period: period, countedThrough: through, weeks: Numbers.round(weeks, places: 2), hoursPerWeek: perWeek,
            capacity: capacity, logged: logged,
            adherence: capacity > 0 ? Numbers.integer((logged / capacity * 100).rounded()) : nil,
            skills: skills, otherHours: Numbers.round(other, places: 1), goals: goals, weeklyHours: weekly,
            levelChanges: changes.filter { within($0.date) }, actionsDone: context.actions.done.filter { within($0.date) },
            undatedLevelChanges: changes.filter { $0.date == nil }, undatedActions: context.actions.done.filter { $0.date == nil },
            skillLevels: skillSeries(context, goals: active),
            sinceReview: sinceReview,
            focus: focus(schedule, period: period, asOf: asOf),
            notes: notes(context, period: period, through: through),
            logEntries: plan.log.filter { $0.date <= asOf }.count)
    }

    static func goalProgress(_ goal: Goal, context: ProgressContext, schedule: Schedule, hours: Double, capacity: Double,
                             burndown: [BurnPoint]) -> GoalProgress {
        let asOf = context.asOf
        let start = context.work.starts[goal.id].flatMap { $0.day <= asOf ? $0 : nil }
        var atStart = 0, closed = 0
        if let start {
            for (skill, need) in (context.needs.levels[goal.id] ?? [:]).sorted(by: { $0.key < $1.key }) {
                let then = context.levels.level(skill, on: start.day, asOf: asOf), now = context.levels.level(skill)
                atStart += max(0, need - then)
                closed += max(0, min(need, now) - min(need, then))
            }
        }
        let remaining = schedule.goals.first { $0.goalID == goal.id }?.remainingHours ?? 0
        // Rounded for display only: the projection divides the hours as logged.
        let recent = context.work.hours(goal: goal.id, from: asOf.adding(days: 1 - velocityDays), through: asOf)
        let velocity = recent / 8
        var progress = GoalProgress(
            goalID: goal.id, targetRoleID: goal.targetRoleID, by: goal.by, start: start, hours: hours, capacity: capacity,
            adherence: capacity > 0 ? Numbers.integer((hours / capacity * 100).rounded()) : nil,
            closedLevels: closed, levelsAtStart: atStart,
            closure: start != nil && atStart > 0 ? Int((Double(closed) / Double(atStart) * 100).rounded()) : nil,
            remainingHours: remaining, recentHours: Numbers.round(recent, places: 2), velocity: Numbers.round(velocity, places: 2),
            projected: nil, status: .notStarted, reason: "", burndown: burndown)
        (progress.projected, progress.status, progress.reason) = status(
            remaining: remaining, velocity: velocity, recent: recent, by: goal.by, asOf: asOf,
            started: context.work.hasEntries(goal: goal.id))
        return progress
    }

    /// The projected date and the status, with the figures that gave them.
    static func status(remaining: Double, velocity: Double, recent: Double, by: Day?, asOf: Day,
                       started: Bool) -> (Day?, ProgressStatus, String) {
        guard started else {
            return (nil, .notStarted, "nothing is logged for this goal yet: tag log entries with +goal-id, or log the skills it needs")
        }
        guard remaining > 0 else { return (asOf, by == nil ? .noDate : .onTrack, "no work left") }
        let pace = "\(Format.number(recent, places: 2)) h in the 8 weeks to \(asOf) = \(Format.number(velocity, places: 2)) h a week"
        guard velocity > 0 else {
            return (nil, by == nil ? .noDate : .behind, "nothing logged in the 8 weeks to \(asOf): no pace to project \(Format.hours(remaining)) from")
        }
        let days = (remaining / velocity * 7).rounded(.up)
        guard days <= Double(Self.longestProjection) else {
            return (nil, by == nil ? .noDate : .behind,
                    "\(Format.hours(remaining)) left at \(pace) would take more than \(Format.integer(Self.longestProjection / 365)) years")
        }
        let projected = asOf.adding(days: Int(days))
        let how = "\(projected) = \(asOf) + \(Format.integer(Int(days))) days (\(Format.hours(remaining)) left at \(pace))"
        guard let by else { return (projected, .noDate, "projected \(how); the goal has no date") }
        if projected <= by { return (projected, .onTrack, "projected \(how), on or before \(by)") }
        let late = by.days(to: projected)
        let allowance = Double(max(0, asOf.days(to: by))) * 0.1
        let margin = "10% of the \(Format.integer(max(0, asOf.days(to: by)))) days from \(asOf) to \(by) is \(Format.number(Numbers.round(allowance, places: 1)))"
        return (projected, Double(late) <= allowance ? .atRisk : .behind,
                "projected \(how), \(Format.integer(late)) days after \(by); \(margin)")
    }

    /// The furthest a goal's end is projected, in days (10,000 years): the work of a plan with
    /// absurd estimates at a crawl's pace would pass the calendar, and what an integer holds.
    static let longestProjection = 3_650_000

    /// The last day counted in `period`: as_of or the period's last day, the earlier; nil when
    /// the period starts after as_of.
    static func counted(_ period: ReportPeriod, asOf: Day) -> Day? {
        period.first > asOf ? nil : min(period.last, asOf)
    }

    /// The days of a period's burn-down: its first day, the Mondays after it (one less than 4
    /// days after it would crowd it; in a long period every n-th Monday, so that each point stays
    /// a plan recomputed as it stood), and the last counted day.
    static func burnDays(_ period: ReportPeriod, through: Day) -> [Day] {
        var days = [period.first]
        var monday = period.first.adding(days: 8 - period.first.weekday)
        if period.first.days(to: monday) < 4 { monday = monday.adding(days: 7) }
        let mondays = monday < through ? (monday.days(to: through) - 1) / 7 + 1 : 0
        let stride = max(1, (mondays + maxBurnPoints - 3) / (maxBurnPoints - 2))
        while monday < through {
            days.append(monday)
            monday = monday.adding(days: 7 * stride)
        }
        if days.last != through { days.append(through) }
        return days
    }

    /// Each active goal's remaining hours on every past day of the burn-downs of `periods`, each
    /// day once (a month's Mondays are among its quarter's), computed on all cores: each day is a
    /// plan recomputed as it stood. as_of is left out: it is the plan's own figure.
    static func pastRemaining(_ context: ProgressContext, periods: [ReportPeriod],
                              known: [Day: [String: Double]] = [:]) -> [Day: [String: Double]] {
        let days = pastDays(periods, asOf: context.asOf).filter { known[$0] == nil }
        let goals = WorkItems.goalOrder(context.current)
        var remaining = known
        for (day, hours) in zip(days, Parallel.map(days) { context.remainingHours(on: $0, goals: goals) }) {
            remaining[day] = hours.get()
        }
        return remaining
    }

    /// The past days of the burn-downs of `periods`, each once, in the order first met.
    static func pastDays(_ periods: [ReportPeriod], asOf: Day) -> [Day] {
        var days: [Day] = [], seen: Set<Day> = []
        for period in periods {
            guard let through = counted(period, asOf: asOf) else { continue }
            for day in burnDays(period, through: through) where day != asOf && seen.insert(day).inserted { days.append(day) }
        }
        return days
    }

    /// Remaining hours of each goal on the period's burn-down days (as_of gives the plan's own
    /// figure), against the straight line from the first point to zero at the goal's date.
    /// `goals` must be the context's active goals (`WorkItems.goalOrder`).
    static func burndowns(_ context: ProgressContext, goals: [Goal], period: ReportPeriod, through: Day?,
                          schedule: Schedule, known: [Day: [String: Double]]) -> [String: [BurnPoint]] {
        guard let through else { return [:] }
        let days = burnDays(period, through: through)
        let past = pastRemaining(context, periods: [period], known: known)
        var result: [String: [BurnPoint]] = [:]
        for day in days {
            let remaining: [String: Double] = day == context.asOf
                ? Dictionary(uniqueKeysWithValues: schedule.goals.map { ($0.goalID, $0.remainingHours) })
                : past[day] ?? [:]
            for goal in goals { result[goal.id, default: []].append(BurnPoint(day: day, remaining: remaining[goal.id] ?? 0, planned: nil)) }
        }
        for goal in goals {
            guard let by = goal.by, var points = result[goal.id], let first = points.first, by > first.day else { continue }
            let span = Double(first.day.days(to: by))
            for i in points.indices {
                points[i].planned = Numbers.round(first.remaining * Double(max(0, points[i].day.days(to: by))) / span, places: 1)
            }
            result[goal.id] = points
        }
        return result
    }

    /// Every skill with a dated level change: the level before the first change, then each change, then now.
    static func skillSeries(_ context: ProgressContext, goals: [Goal]) -> [SkillSeries] {
        let dated = context.levels.changes.filter { $0.date != nil }
        let starts = goals.compactMap { context.work.starts[$0.id]?.day }
        return Set(dated.map(\.skillID)).sorted().map { skill in
            let changes = dated.filter { $0.skillID == skill }
            let origin = min(starts.min() ?? changes[0].date!, changes[0].date!)
            var points = [LevelPoint(day: origin, level: changes[0].from)]
            for change in changes { points.append(LevelPoint(day: change.date!, level: change.to)) }
            points.append(LevelPoint(day: context.asOf, level: context.levels.level(skill)))
            return SkillSeries(skillID: skill, points: points)
        }
    }

    /// The schedule's hours and milestones in the period after this one (or, when that is over
    /// already, the one holding as_of).
    static func focus(_ schedule: Schedule, period: ReportPeriod, asOf: Day) -> FocusPlan {
        let next = period.next.last < asOf ? period.period(holding: asOf) : period.next
        var hours: [String: Double] = [:], titles: [String: String] = [:], order: [String] = []
        for month in schedule.months {
            guard let first = DatePeriod(month.month)?.first, first <= next.last, first.months(after: 1) > next.first else { continue }
            for item in month.items {
                if hours[item.itemID] == nil { order.append(item.itemID) }
                hours[item.itemID, default: 0] += item.hours
                titles[item.itemID] = item.title
            }
        }
        let items = order.map { ItemHours(itemID: $0, title: titles[$0]!, hours: Numbers.round(hours[$0]!, places: 1)) }
            .enumerated().sorted { ($1.element.hours, $0.offset) < ($0.element.hours, $1.offset) }.map(\.element)
        let milestones = Schedule.milestones(schedule.items).filter { $0.date >= next.first && $0.date <= next.last }
        return FocusPlan(period: next, hours: Numbers.round(items.reduce(0) { $0 + $1.hours }, places: 1), items: items,
                         milestones: milestones)
    }

    /// What the report could not see.
    static func notes(_ context: ProgressContext, period: ReportPeriod, through: Day?) -> [String] {
        let plan = context.snapshot.plan, asOf = context.asOf
        var notes: [String] = []
        switch plan.history.status {
        case .off:
            notes.append("The git history is not read (history: off in cairn.yml, or not asked for): level changes come "
                + "from `level` log entries and profile.md, done dates from `done:` and log ticks.")
        case .notARepository:
            notes.append("The plan is not in a git repository: level changes come from `level` log entries and profile.md, "
                + "done dates from `done:` and log ticks.")
        case .unavailable(let reason):
            notes.append("The git history could not be read (\(reason)): level changes come from `level` log entries "
                + "and profile.md, done dates from `done:` and log ticks.")
        case .read(let shallow):
            let profile = plan.history.profileRevisions.count
            let goals = plan.goals.reduce(0) { $0 + (plan.history.goalRevisions[$1.id]?.count ?? 0) }
            notes.append("Git history read: \(Format.count(profile, "commit")) of profile.md and \(Format.count(goals, "commit")) of goal files.")
            if shallow {
                let oldest = (plan.history.profileRevisions.map(\.commit.day) + plan.history.goalRevisions.values.flatMap { $0.map(\.commit.day) }).min()
                notes.append("The clone is shallow: changes committed before \(oldest.map(\.description) ?? "its oldest commit") are not seen "
                    + "(`git fetch --unshallow` fetches them).")
            }
        }
        let uncommitted = context.levels.changes.filter { $0.source.kind == .profile && !plan.history.profileRevisions.isEmpty }
        if !uncommitted.isEmpty {
            notes.append("profile.md has level changes not committed yet (\(Format.list(uncommitted.map { plan.catalog.taxonomy.name(of: $0.skillID) }))): "
                + "they are counted in no period until a commit or a `level` log entry dates them.")
        }
        if !plan.history.unreadable.isEmpty {
            notes.append("\(Format.count(plan.history.unreadable.count, "revision")) could not be read and \(plan.history.unreadable.count == 1 ? "is" : "are") skipped: "
                + plan.history.unreadable.joined(separator: ", ") + ".")
        }
        if let through, through < period.last {
            notes.append("The period runs to \(period.last); this report counts the days up to \(through) (as of).")
        }
        if through == nil { notes.append("The period starts after \(asOf) (as of): nothing in it can be counted yet.") }
        if let through, period.first.days(to: through) / 7 + 1 > maxWeeklyRows {
            notes.append("The hours per week list the last \(maxWeeklyRows) weeks; the totals count the whole period.")
        }
        if plan.log.isEmpty {
            notes.append("There is no log yet: write dated entries in log/, or run `cairn log \"2h Kubernetes: finished module 3\"`.")
        }
        return notes
    }
}
