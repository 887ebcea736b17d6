/// Who the person is today: profile.md.
public struct Profile: Sendable, Equatable {
    public var name: String?
    public var title: String?
    /// The catalog role the person holds now, stated or matched from the title.
    public var roleID: String?
    public var experience: Double?
    public var inRoleSince: Day?
    public var domain: String?
    public var city: String?
    public var remote: WorkMode?
    public var industries: [String] = []
    public var salary: SalaryExpectation?
    public var time: TimeBudget
    public var skills: [HeldSkill] = [] {
        didSet { skillPositions = Self.positions(of: skills) }
    }
    public var evidence: [Evidence] = []
    /// Inputs of the internal vs external decision, by key.
    public var situation: [String: Bool] = [:]
    /// Inputs of the IC vs management decision, by key.
    public var preferences: [String: Bool] = [:]
    /// Plan-quality items no file can show, by key.
    public var checklist: [String: Bool] = [:]
    /// The body's sections (Strengths, Values, ...), in order.
    public var sections: [BodySection] = []
    /// Where each front-matter key was written; keys of the maps as `time.budget`, `checklist.mentor`.
    public var fieldLocations: [String: SourceLocation] = [:]
    public var location: SourceLocation

    public init(time: TimeBudget, location: SourceLocation) {
        self.time = time
        self.location = location
    }

    /// Where each held skill stands in `skills`, by id (the first, should one be held twice):
    /// `skill(_:)` is asked for every level step of every gap, on every day of a burn-down.
    private var skillPositions: [String: Int] = [:]

    /// The held skill with this id, if any (the first, should one be held twice).
    public func skill(_ id: String) -> HeldSkill? { skillPositions[id].map { skills[$0] } }

    private static func positions(of skills: [HeldSkill]) -> [String: Int] {
        var positions: [String: Int] = [:]
        positions.reserveCapacity(skills.count)
        for (position, held) in skills.enumerated() where positions[held.skillID] == nil { positions[held.skillID] = position }
        return positions
    }
}

/// Something the person has demonstrated, tagged with skills.
public struct Evidence: Sendable, Equatable {
    public var title: String
    public var date: Day?
    public var skillIDs: [String]
    public var url: String?
    public var location: SourceLocation

    public init(title: String, date: Day?, skillIDs: [String], url: String?, location: SourceLocation) {
        self.title = title
        self.date = date
        self.skillIDs = skillIDs
        self.url = url
        self.location = location
    }
}

/// A headed section of a Markdown body, kept as written.
public struct BodySection: Sendable, Equatable {
    public var title: String
    /// The section's Markdown, without its heading.
    public var markdown: String
    public var location: SourceLocation

    public init(title: String, markdown: String, location: SourceLocation) {
        self.title = title
        self.markdown = markdown
        self.location = location
    }
}
