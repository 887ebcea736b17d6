/// A role: from the built-in catalog or the plan's roles/.
public struct Role: Sendable, Equatable {
    public var id: String
    public var title: String { didSet { nameWords = Role.words(title, aliases) } }
    public var aliases: [String] { didSet { nameWords = Role.words(title, aliases) } }
    /// The title and then each alias as " word word ", for whole-word matching in posting titles
    /// (a name with no letter or digit is "  ", which matches nothing).
    public private(set) var nameWords: [String]
    public var track: Track
    /// Rank on one scale: 1 junior ... 6 distinguished; managers 4-8.
    public var level: Int
    public var category: String
    public var years: Double?
    public var salary: SalaryRange?
    public var requires: [SkillRequirement]
    public var prefers: [SkillRequirement]
    public var next: [RoleLink]
    /// The expected behaviours, as Markdown.
    public var body: String
    public var isBuiltIn: Bool
    public var location: SourceLocation

    public init(id: String, title: String, aliases: [String] = [], track: Track, level: Int,
                category: String = "engineering", years: Double? = nil, salary: SalaryRange? = nil,
                requires: [SkillRequirement] = [], prefers: [SkillRequirement] = [], next: [RoleLink] = [],
                body: String = "", isBuiltIn: Bool = false, location: SourceLocation) {
        self.id = id
        self.title = title
        self.aliases = aliases
        self.nameWords = Role.words(title, aliases)
        self.track = track
        self.level = level
        self.category = category
        self.years = years
        self.salary = salary
        self.requires = requires
        self.prefers = prefers
        self.next = next
        self.body = body
        self.isBuiltIn = isBuiltIn
        self.location = location
    }
}

extension Role {
    static func words(_ title: String, _ aliases: [String]) -> [String] {
        ([title] + aliases).map(Taxonomy.words)
    }
}

/// A `next` link from one role to another.
public struct RoleLink: Sendable, Equatable {
    public var roleID: String
    public var transition: Transition
    public var location: SourceLocation

    public init(roleID: String, transition: Transition, location: SourceLocation) {
        self.roleID = roleID
        self.transition = transition
        self.location = location
    }
}
