/// A learning resource: resources/<id>.md.
public struct Resource: Sendable, Equatable {
    public var id: String
    public var title: String
    public var kind: ResourceKind
    /// The level each skill reaches through this resource.
    public var skills: [SkillRequirement]
    public var hours: Double?
    public var cost: Double?
    public var currency: String
    public var url: String?
    public var status: ResourceStatus
    public var location: SourceLocation

    public init(id: String, title: String, kind: ResourceKind, skills: [SkillRequirement] = [], hours: Double? = nil,
                cost: Double? = nil, currency: String, url: String? = nil, status: ResourceStatus = .planned,
                location: SourceLocation) {
        self.id = id
        self.title = title
        self.kind = kind
        self.skills = skills
        self.hours = hours
        self.cost = cost
        self.currency = currency
        self.url = url
        self.status = status
        self.location = location
    }
}

/// Research notes on a company: companies/<id>.md.
public struct Company: Sendable, Equatable {
    public var id: String
    public var name: String
    public var industry: String?
    public var size: String?
    public var locations: [String]
    public var remote: WorkMode?
    public var stack: [String]
    public var ladder: Bool?
    public var promotesInternally: Bool?
    public var culture: Double?
    public var location: SourceLocation

    public init(id: String, name: String, industry: String? = nil, size: String? = nil, locations: [String] = [],
                remote: WorkMode? = nil, stack: [String] = [], ladder: Bool? = nil, promotesInternally: Bool? = nil,
                culture: Double? = nil, location: SourceLocation) {
        self.id = id
        self.name = name
        self.industry = industry
        self.size = size
        self.locations = locations
        self.remote = remote
        self.stack = stack
        self.ladder = ladder
        self.promotesInternally = promotesInternally
        self.culture = culture
        self.location = location
    }
}
