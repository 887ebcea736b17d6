/// Progress over one period (analysis section 8): hours against capacity, level changes, actions
/// done, each goal's gap closure, velocity, projected date and status, what changed since the
/// last review, and the next period's focus.
public struct Progress: Sendable, Encodable, Equatable {
    public var period: ReportPeriod
    /// The days counted: the period up to as_of. Nil when the period starts after as_of.
    public var countedThrough: Day?
    /// Days counted / 7.
    public var weeks: Double
    public var hoursPerWeek: Double
    /// Hours per week x weeks.
    public var capacity: Double
    public var logged: Double
    /// logged / capacity, in percent; nil without capacity.
    public var adherence: Int?
    /// Hours per skill in the period, most first.
    public var skills: [SkillHours]
    /// Hours no goal claims.
    public var otherHours: Double
    public var goals: [GoalProgress]
    /// Logged hours in each week (by its Monday) that overlaps the counted days.
    public var weeklyHours: [WeekHours]
    public var levelChanges: [LevelChangeRecord]
    public var actionsDone: [DoneAction]
    /// Changes and done actions nothing dates: they are not counted in any period.
    public var undatedLevelChanges: [LevelChangeRecord]
    public var undatedActions: [DoneAction]
    /// Each skill with a level change up to as_of: its level over time.
    public var skillLevels: [SkillSeries]
    public var sinceReview: ReviewDelta?
    public var focus: FocusPlan
    /// What the report could not see: git, shallow history, days after as_of.
    public var notes: [String]
    /// Log entries up to as_of, all periods.
    public var logEntries: Int
}

public struct SkillHours: Sendable, Encodable, Equatable {
    public var skillID: String
    public var hours: Double
}

public struct WeekHours: Sendable, Encodable, Equatable {
    public var monday: Day
    public var hours: Double
}

/// Whether a goal will make its date at the pace of the last eight weeks.
public enum ProgressStatus: String, Sendable, Encodable {
    case onTrack = "on track", atRisk = "at risk", behind, notStarted = "not started"
    /// The goal has no date to measure against.
    case noDate = "no date"
}

public struct GoalProgress: Sendable, Encodable, Equatable {
    public var goalID: String
    public var targetRoleID: String
    public var by: Day?
    public var start: WorkLog.GoalStart?
    /// Hours logged for the goal in the period, and its share of the capacity.
    public var hours: Double
    public var capacity: Double
    public var adherence: Int?
    /// Levels closed since the start (up to the level the goal needs) and the gap levels at the start.
    public var closedLevels: Int
    public var levelsAtStart: Int
    /// closed / at start, in percent; nil without a start or a gap at the start.
    public var closure: Int?
    /// The hours of the goal's work still left (the plan's figure).
    public var remainingHours: Double
    /// Hours logged for the goal in the 8 weeks up to as_of, and that / 8.
    public var recentHours: Double
    public var velocity: Double
    /// as_of + ceil(remaining / velocity x 7) days; nil at zero velocity.
    public var projected: Day?
    public var status: ProgressStatus
    /// The status with its numbers.
    public var reason: String
    /// Remaining hours each week of the period, against the planned line.
    public var burndown: [BurnPoint]
}

public struct BurnPoint: Sendable, Encodable, Equatable {
    public var day: Day
    public var remaining: Double
    /// The straight line from the remaining hours at the period's start to zero at the goal's date.
    public var planned: Double?
}

public struct SkillSeries: Sendable, Encodable, Equatable {
    public var skillID: String
    /// The level from each day on, oldest first; the first point is the level before the first change.
    public var points: [LevelPoint]
}

public struct LevelPoint: Sendable, Encodable, Equatable {
    public var day: Day
    public var level: Int
}

/// What changed between the last review entry before as_of and as_of.
public struct ReviewDelta: Sendable, Encodable, Equatable {
    public var day: Day
    public var cadence: String
    public var location: String
    public var hours: Double
    public var levelChanges: [LevelChangeRecord]
    public var actionsDone: [DoneAction]
    /// Gaps of active goals at the review that are closed now, by skill id.
    public var gapsClosed: [String]
    /// Gaps that are new since the review, or more urgent than they were.
    public var priorities: [PriorityChange]
    public var readiness: [ReadinessDelta]
}

public struct PriorityChange: Sendable, Encodable, Equatable {
    public var skillID: String
    /// Nil when the skill had no gap at the review.
    public var before: Priority?
    public var now: Priority
}

public struct ReadinessDelta: Sendable, Encodable, Equatable {
    public var roleID: String
    public var goalID: String
    public var before: Int
    public var now: Int
}

/// The next period's work from the schedule: hours per item and the milestones in it.
public struct FocusPlan: Sendable, Encodable, Equatable {
    public var period: ReportPeriod
    public var hours: Double
    public var items: [ItemHours]
    public var milestones: [Milestone]
}
