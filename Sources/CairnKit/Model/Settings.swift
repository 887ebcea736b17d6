/// cairn.yml: how reports are compiled.
public struct Settings: Sendable, Equatable {
    /// The years an as-of date may fall in: the schedule looks ten years ahead, and the calendar
    /// ends at 9999.
    public static let asOfRange = 1900...8999

    public var asOf: Day?
    public var out: String = "reports"
    public var formats: [OutputFormat] = OutputFormat.allCases
    public var currency: String = "USD"
    public var review: [ReviewCadence] = []
    /// `history: git` (the default) reads the git history of profile.md and goals/ when the
    /// plan is in a git repository; `history: off` does not.
    public var readsHistory = true
    public var readinessWeights = ReadinessWeights()
    public var matchWeights = MatchWeights()
    public var fieldLocations: [String: SourceLocation] = [:]
    /// Where cairn.yml was read from; nil when the plan has none.
    public var path: String?

    public init() {}
}

/// Points of the three readiness parts; they sum to 100.
public struct ReadinessWeights: Sendable, Equatable {
    public var technical: Double = 40
    public var experience: Double = 30
    public var demonstrated: Double = 30
    public init() {}
}

/// Points of the five job-match parts; they sum to 100.
public struct MatchWeights: Sendable, Equatable {
    public var title: Double = 20
    public var location: Double = 20
    public var skills: Double = 30
    public var experience: Double = 15
    public var salary: Double = 15
    public init() {}
}
