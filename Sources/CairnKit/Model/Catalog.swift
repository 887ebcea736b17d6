/// The roles and skills a plan is read against: the built-in catalog with the
/// plan's own roles/ and skills.yml laid over it.
public struct Catalog: Sendable, Equatable {
    public var taxonomy: Taxonomy
    public private(set) var roles: [String: Role] = [:]
    private var roleIndex = NameIndex()

    public init(taxonomy: Taxonomy, roles: [Role] = []) {
        self.taxonomy = taxonomy
        for role in roles { add(role) }
    }

    /// Adds a role, replacing one with the same id.
    public mutating func add(_ role: Role) {
        if let old = roles[role.id] {
            for key in [old.id, old.title] + old.aliases where roleIndex[normalised: Taxonomy.normalise(key)] == old.id {
                roleIndex[normalised: Taxonomy.normalise(key)] = nil
            }
        }
        roles[role.id] = role
        for key in [role.title] + role.aliases where roleIndex[normalised: Taxonomy.normalise(key)] == nil {
            roleIndex[normalised: Taxonomy.normalise(key)] = role.id
        }
        roleIndex[normalised: Taxonomy.normalise(role.id)] = role.id
    }

    /// The role whose id, title or alias is `name`, case-insensitively.
    public func role(named name: String) -> Role? {
        roleIndex.id(for: name).flatMap { roles[$0] }
    }

    /// Every id, title and alias, for suggestions.
    public var allRoleNames: [String] {
        roles.values.flatMap { [$0.id, $0.title] + $0.aliases }.sorted()
    }

    /// The roles sorted by id, for stable output.
    public var sortedRoles: [Role] { roles.values.sorted { $0.id < $1.id } }
}
