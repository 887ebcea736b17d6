/// Everything read from a plan folder, resolved against the catalog.
public struct Plan: Sendable, Equatable {
    public var settings: Settings
    public var profile: Profile
    public var goals: [Goal]
    public var catalog: Catalog
    public var postings: [Posting]
    public var resources: [Resource]
    public var companies: [Company]
    public var log: [LogEntry]
    /// Skills named in the plan that the taxonomy does not know, by id.
    public var adHocSkills: [String]
    /// How many files were read.
    public var fileCount: Int
    /// The git history of profile.md and goals/, when it was read (`PlanHistory.read`).
    public var history: PlanHistory = .off

    public init(settings: Settings, profile: Profile, goals: [Goal] = [], catalog: Catalog, postings: [Posting] = [],
                resources: [Resource] = [], companies: [Company] = [], log: [LogEntry] = [],
                adHocSkills: [String] = [], fileCount: Int = 0) {
        self.settings = settings
        self.profile = profile
        self.goals = goals
        self.catalog = catalog
        self.postings = postings
        self.resources = resources
        self.companies = companies
        self.log = log
        self.adHocSkills = adHocSkills
        self.fileCount = fileCount
    }

    /// Every action of every goal, in goal then file order.
    public var actions: [Action] { goals.flatMap(\.actions) }
}
