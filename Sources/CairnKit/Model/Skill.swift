/// A skill of the taxonomy: built in, or from the plan's skills.yml.
public struct SkillDefinition: Sendable, Equatable {
    public var id: String
    public var name: String
    public var aliases: [String]
    public var category: String
    /// Hours for the steps 0->1, 1->2 and 2->3.
    public var stepHours: [Double]
    /// Skill ids to reach level 1 in before starting this one.
    public var after: [String]
    public var location: SourceLocation

    public init(id: String, name: String, aliases: [String] = [], category: String = "other",
                stepHours: [Double] = [50, 50, 50], after: [String] = [], location: SourceLocation) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.category = category
        self.stepHours = stepHours
        self.after = after
        self.location = location
    }
}

/// A skill someone holds, as their profile states it.
public struct HeldSkill: Sendable, Equatable {
    public var skillID: String
    /// The name as written in the profile.
    public var writtenName: String
    public var level: Level
    public var years: Double?
    public var lastUsed: Day?
    public var facets: [Facet]
    public var location: SourceLocation

    public init(skillID: String, writtenName: String, level: Level, years: Double? = nil,
                lastUsed: Day? = nil, facets: [Facet] = [], location: SourceLocation) {
        self.skillID = skillID
        self.writtenName = writtenName
        self.level = level
        self.years = years
        self.lastUsed = lastUsed
        self.facets = facets
        self.location = location
    }
}

/// One facet of a skill (`Python / Machine Learning`) with its own level.
public struct Facet: Sendable, Equatable {
    public var name: String
    public var level: Level
    public var location: SourceLocation

    public init(name: String, level: Level, location: SourceLocation) {
        self.name = name
        self.level = level
        self.location = location
    }
}

/// A skill a role or posting asks for, at a level.
public struct SkillRequirement: Sendable, Equatable {
    public var skillID: String
    public var level: Level
    public var location: SourceLocation

    public init(skillID: String, level: Level, location: SourceLocation) {
        self.skillID = skillID
        self.level = level
        self.location = location
    }
}
