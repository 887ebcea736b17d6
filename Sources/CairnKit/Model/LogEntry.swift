/// One list item of the progress log, under its date heading.
///
/// Its values are held in one shared box, copied on write: a plan's entries are walked by a dozen
/// parts of the analysis, and each step of a walk copies the entry it gives, which retained and
/// released every text and list of the entry (4,836 entries on the bench's plan, some 70,000
/// copies a build) where now it retains one box.
public struct LogEntry: Sendable, Equatable {
    public var date: Day {
        get { box.values.date }
        set { unique().values.date = newValue }
    }
    public var minutes: Int? {
        get { box.values.minutes }
        set { unique().values.minutes = newValue }
    }
    public var skillIDs: [String] {
        get { box.values.skillIDs }
        set { unique().values.skillIDs = newValue }
    }
    public var goalIDs: [String] {
        get { box.values.goalIDs }
        set { unique().values.goalIDs = newValue }
    }
    public var levelChange: LevelChange? {
        get { box.values.levelChange }
        set { unique().values.levelChange = newValue }
    }
    /// The action this entry ticks, by its id or text.
    public var tickedAction: String? {
        get { box.values.tickedAction }
        set { unique().values.tickedAction = newValue }
    }
    public var review: ReviewCadence? {
        get { box.values.review }
        set { unique().values.review = newValue }
    }
    /// The entry as written, without the list marker.
    public var text: String {
        get { box.values.text }
        set { unique().values.text = newValue }
    }
    public var location: SourceLocation {
        get { box.values.location }
        set { unique().values.location = newValue }
    }

    private var box: Box

    public init(date: Day, minutes: Int? = nil, skillIDs: [String] = [], goalIDs: [String] = [],
                levelChange: LevelChange? = nil, tickedAction: String? = nil, review: ReviewCadence? = nil,
                text: String, location: SourceLocation) {
        box = Box(Values(date: date, minutes: minutes, skillIDs: skillIDs, goalIDs: goalIDs, levelChange: levelChange,
                         tickedAction: tickedAction, review: review, text: text, location: location))
    }

    /// The box, made this entry's own before it changes.
    private mutating func unique() -> Box {
        if !isKnownUniquelyReferenced(&box) { box = Box(box.values) }
        return box
    }

    public static func == (a: LogEntry, b: LogEntry) -> Bool { a.box === b.box || a.box.values == b.box.values }

    /// The values, changed only by the one entry that holds the box (`unique`).
    private final class Box: @unchecked Sendable {
        var values: Values
        init(_ values: Values) { self.values = values }
    }

    private struct Values: Equatable {
        var date: Day
        var minutes: Int?
        var skillIDs: [String]
        var goalIDs: [String]
        var levelChange: LevelChange?
        var tickedAction: String?
        var review: ReviewCadence?
        var text: String
        var location: SourceLocation
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
