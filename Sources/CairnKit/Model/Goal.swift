/// A goal: goals/<id>.md.
public struct Goal: Sendable, Equatable {
    public var id: String
    public var targetRoleID: String
    public var kind: GoalKind?
    public var by: Day?
    public var priority: GoalPriority
    public var status: GoalStatus
    public var alternatives: [String]
    public var hoursPerWeek: Double?
    public var started: Day?
    public var actions: [Action]
    /// The goal in the person's words, as Markdown.
    public var body: String
    public var fieldLocations: [String: SourceLocation]
    public var location: SourceLocation

    public init(id: String, targetRoleID: String, kind: GoalKind? = nil, by: Day? = nil,
                priority: GoalPriority = .medium, status: GoalStatus = .active, alternatives: [String] = [],
                hoursPerWeek: Double? = nil, started: Day? = nil, actions: [Action] = [], body: String = "",
                fieldLocations: [String: SourceLocation] = [:], location: SourceLocation) {
        self.id = id
        self.targetRoleID = targetRoleID
        self.kind = kind
        self.by = by
        self.priority = priority
        self.status = status
        self.alternatives = alternatives
        self.hoursPerWeek = hoursPerWeek
        self.started = started
        self.actions = actions
        self.body = body
        self.fieldLocations = fieldLocations
        self.location = location
    }
}

/// A task-list item of a goal.
public struct Action: Sendable, Equatable {
    public var goalID: String
    /// The item's text with its inline fields removed.
    public var title: String
    public var isDone: Bool
    public var doneDate: Day?
    public var due: Day?
    public var skillIDs: [String]
    public var estimateHours: Double?
    public var every: Recurrence?
    public var id: String?
    public var after: [String]
    public var location: SourceLocation

    public init(goalID: String, title: String, isDone: Bool = false, doneDate: Day? = nil, due: Day? = nil,
                skillIDs: [String] = [], estimateHours: Double? = nil, every: Recurrence? = nil,
                id: String? = nil, after: [String] = [], location: SourceLocation) {
        self.goalID = goalID
        self.title = title
        self.isDone = isDone
        self.doneDate = doneDate
        self.due = due
        self.skillIDs = skillIDs
        self.estimateHours = estimateHours
        self.every = every
        self.id = id
        self.after = after
        self.location = location
    }
}
