/// The skills a plan's postings ask for, numbered once in id order, with each posting's required
/// and preferred skills by number, and the postings' places in id order. The market and the
/// goals' needs tally postings by skill for the plan and for every past day of the burn-downs:
/// into arrays by number, not dictionaries by id (hashing an id for every skill of every posting
/// on every day), and in id order by walking the numbers, not sorting the ids.
struct PostingSkills: Sendable {
    /// A skill asked for, by number, and the level asked.
    struct Need: Sendable {
        var skill: Int
        var level: Int
    }

    /// The skill ids, sorted: a skill's number is its place here.
    let ids: [String]
    /// Every posting's required skills, then its preferred ones, posting after posting.
    private let needs: [Need]
    /// Where each posting's required and preferred skills start in `needs`: 2p and 2p + 1,
    /// with the end at 2p + 2.
    private let starts: [Int]
    /// Each posting's place among the postings sorted by id.
    let idOrder: [Int]

    init(_ postings: [Posting]) {
        // Numbered as first met, then renumbered in id order.
        var firstMet: [String: Int] = [:], met: [String] = []
        var needs: [Need] = [], starts: [Int] = [0]
        needs.reserveCapacity(postings.count * 8)
        starts.reserveCapacity(postings.count * 2 + 1)
        func add(_ list: [SkillRequirement]) {
            for requirement in list {
                if let number = firstMet[requirement.skillID] {
                    needs.append(Need(skill: number, level: requirement.level.rawValue))
                } else {
                    firstMet[requirement.skillID] = met.count
                    needs.append(Need(skill: met.count, level: requirement.level.rawValue))
                    met.append(requirement.skillID)
                }
            }
            starts.append(needs.count)
        }
        for posting in postings {
            add(posting.requires)
            add(posting.prefers)
        }
        let order = met.indices.sorted { met[$0] < met[$1] }
        var renumbered = [Int](repeating: 0, count: met.count)
        for (number, old) in order.enumerated() { renumbered[old] = number }
        for index in needs.indices { needs[index].skill = renumbered[needs[index].skill] }
        ids = order.map { met[$0] }
        self.needs = needs
        self.starts = starts
        var idOrder = [Int](repeating: 0, count: postings.count)
        for (place, posting) in postings.indices.sorted(by: { postings[$0].id < postings[$1].id }).enumerated() {
            idOrder[posting] = place
        }
        self.idOrder = idOrder
    }

    /// The required skills of the posting at `posting`, as its `requires` lists them.
    func requires(_ posting: Int) -> ArraySlice<Need> { needs[starts[2 * posting]..<starts[2 * posting + 1]] }

    /// The preferred skills of the posting at `posting`, as its `prefers` lists them.
    func prefers(_ posting: Int) -> ArraySlice<Need> { needs[starts[2 * posting + 1]..<starts[2 * posting + 2]] }
}
