/// Everything the progress report shows, pre-formatted for its templates: the period's hours
/// against capacity, each goal's status, level changes, actions done, what changed since the
/// last review, burn-downs, skill levels over time and the next period's focus.
public struct ProgressView: Sendable, Equatable, Encodable {
    public var header: ReportHeader
    /// "November 2026 (2026-11-01 to 2026-11-30)".
    public var period: String
    /// "11.8 h of 32.9 h (36%) = 10 h a week × 3.3 weeks, 2026-11-01 to 2026-11-23", or why there is no capacity.
    public var hoursLine: String
    public var adherence: String
    public var goals: [GoalProgressRow]
    public var hasGoals: Bool
    public var weeks: [WeekRow]
    public var weeklyChart: String
    public var skills: [SkillHoursRow]
    public var hasSkills: Bool
    /// "0.5 h logged for no active goal", or "".
    public var otherHours: String
    public var levelChanges: [LevelChangeRow]
    public var hasLevelChanges: Bool
    public var actions: [DoneActionRow]
    public var hasActions: Bool
    /// Changes and actions nothing dates, for the "could not date" list.
    public var undated: [String]
    public var hasUndated: Bool
    public var review: ReviewView?
    /// "No review entry before 2026-11-23: add `- review: monthly` under a date in the log when you review."
    public var noReview: RichText
    public var skillSeries: [SkillSeriesRow]
    public var hasSkillSeries: Bool
    public var skillChart: String
    public var focus: NextFocusView
    public var notes: [RichText]
}

extension ProgressView {
    /// "November 2026", "2026-Q4, October to December 2026", "2026", "2026-09-01 to 2026-11-30".
    static func title(_ period: ReportPeriod) -> String {
        switch period.kind {
        case .month: return "\(Day.monthName(period.first.month)) \(period.first.year)"
        case .quarter: return "\(period.label), \(Day.monthName(period.first.month)) to \(Day.monthName(period.last.month)) \(period.first.year)"
        case .year: return period.label
        case .range: return "\(period.first) to \(period.last)"
        }
    }

    /// The title with its days: "November 2026 (2026-11-01 to 2026-11-30)"; a range is its days.
    static func span(_ period: ReportPeriod) -> String {
        period.kind == .range ? title(period) : "\(title(period)) (\(period.first) to \(period.last))"
    }

    /// The view of `analysis.progress` for `plan`'s person.
    public init(plan: Plan, analysis: Analysis) {
        let progress = analysis.progress
        let taxonomy = plan.catalog.taxonomy
        header = ReportHeader(title: "Progress", person: plan.profile.name ?? "your plan", asOf: analysis.asOf.description)
        period = Self.span(progress.period)
        let counted = progress.countedThrough.map { "\(progress.period.first) to \($0)" } ?? "no day counted yet"
        if progress.capacity > 0 {
            hoursLine = "\(Format.hours(progress.logged)) logged of a capacity of \(Format.hours(progress.capacity)) = "
                + "\(Format.hours(progress.hoursPerWeek)) a week × \(Format.number(progress.weeks, places: 2)) weeks (\(counted))"
            adherence = progress.adherence.map { "\($0)%" } ?? "-"
        } else {
            hoursLine = "\(Format.hours(progress.logged)) logged (\(counted)); profile.md sets no hours per week to measure them against"
            adherence = "-"
        }
        goals = progress.goals.map { GoalProgressRow($0, plan: plan) }
        hasGoals = !goals.isEmpty
        weeks = progress.weeklyHours.map { WeekRow(monday: $0.monday.description, hours: Format.hours($0.hours)) }
        weeklyChart = WeeklyHoursChart.svg(progress.weeklyHours, hoursPerWeek: progress.hoursPerWeek)
        skills = progress.skills.map { SkillHoursRow(skill: taxonomy.name(of: $0.skillID), hours: Format.hours($0.hours)) }
        hasSkills = !skills.isEmpty
        otherHours = progress.otherHours > 0 ? "\(Format.hours(progress.otherHours)) logged for no active goal (no +goal tag, no skill a goal needs)." : ""
        levelChanges = progress.levelChanges.map { LevelChangeRow($0, taxonomy: taxonomy) }
        hasLevelChanges = !levelChanges.isEmpty
        actions = progress.actionsDone.map { DoneActionRow($0, plan: plan) }
        hasActions = !actions.isEmpty
        undated = progress.undatedLevelChanges.map { change in
            let row = LevelChangeRow(change, taxonomy: taxonomy)
            return "\(row.skill) \(row.change): \(row.source)"
        } + progress.undatedActions.map { "done, \($0.title) (\($0.location)): no `done:` date, no log tick, no commit" }
        hasUndated = !undated.isEmpty
        review = progress.sinceReview.map { ReviewView($0, plan: plan) }
        noReview = RichText("No review entry before \(analysis.asOf): add `- review: monthly` under a date heading in the log when you review, and the next report shows what changed since.")
        let names = Dictionary(uniqueKeysWithValues: progress.skillLevels.map { ($0.skillID, taxonomy.name(of: $0.skillID)) })
        skillSeries = progress.skillLevels.map { series in
            let steps = zip(series.points, series.points.dropFirst()).dropLast().map { before, after in
                "\(before.level) → \(after.level) on \(after.day)"
            }
            return SkillSeriesRow(skill: names[series.skillID]!,
                                  history: steps.joined(separator: ", ") + "; \(series.points.last!.level) now")
        }
        hasSkillSeries = !skillSeries.isEmpty
        skillChart = SkillLevelChart.svg(progress.skillLevels, names: names, through: analysis.asOf)
        focus = NextFocusView(progress.focus, plan: plan, schedule: analysis.schedule)
        notes = progress.notes.map(RichText.init)
    }
}
