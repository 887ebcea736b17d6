/// One list item of the progress log, under its date heading.
public struct LogEntry: Sendable, Equatable {
    public var date: Day
    public var minutes: Int?
    public var skillIDs: [String]
    public var goalIDs: [String]
    public var levelChange: LevelChange?
    /// The action this entry ticks, by its id or text.
    public var tickedAction: String?
    public var review: ReviewCadence?
    /// The entry as written, without the list marker.
    public var text: String
    public var location: SourceLocation

    public init(date: Day, minutes: Int? = nil, skillIDs: [String] = [], goalIDs: [String] = [],
                levelChange: LevelChange? = nil, tickedAction: String? = nil, review: ReviewCadence? = nil,
                text: String, location: SourceLocation) {
        self.date = date
        self.minutes = minutes
        self.skillIDs = skillIDs
        self.goalIDs = goalIDs
        self.levelChange = levelChange
        self.tickedAction = tickedAction
        self.review = review
        self.text = text
        self.location = location
    }
}

/// `level Kubernetes 2`: the person's level in a skill is now this.
public struct LevelChange: Sendable, Equatable {
    public var skillID: String
    public var level: Level

    public init(skillID: String, level: Level) {
        self.skillID = skillID
        self.level = level
    }
}
