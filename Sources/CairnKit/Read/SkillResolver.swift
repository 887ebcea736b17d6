import Foundation

/// Resolves skill names written in a plan to taxonomy ids, warning about
/// names it does not know and remembering them as ad-hoc skills.
final class SkillResolver: @unchecked Sendable {
    let taxonomy: Taxonomy
    /// Ad-hoc ids, added under a lock: posting and log files are read on several threads.
    var adHoc: Set<String> {
        lock.lock()
        defer { lock.unlock() }
        return unknown
    }
    private var unknown: Set<String> = []
    /// The ad-hoc ids each file's names made, by path (`RememberedFiles` keeps them with the file).
    private var unknownByFile: [String: Set<String>] = [:]
    private let lock = NSLock()
    private var madeNames: Suggestions.Candidates?
    private var madeMatcher: SkillMatcher?

    init(taxonomy: Taxonomy) { self.taxonomy = taxonomy }

    /// Every name and alias, for suggestions: made the first time a name is not known (`made`).
    /// Made before every read, it cost 2.4 M instructions on a plan whose names are all known.
    private var names: Suggestions.Candidates { made(\.madeNames) { Suggestions.Candidates(taxonomy.allNames) } }

    /// Every name and alias as word phrases, for the bodies of postings that list no skills in
    /// their front-matter: made the first time one is read (`made`; 5.6 M instructions).
    var matcher: SkillMatcher { made(\.madeMatcher) { SkillMatcher(taxonomy) } }

    /// The value kept at `slot`, made by `make` the first time it is asked for, under the lock:
    /// files are read on several threads.
    private func made<Value>(_ slot: ReferenceWritableKeyPath<SkillResolver, Value?>, _ make: () -> Value) -> Value {
        lock.lock()
        defer { lock.unlock() }
        if let value = self[keyPath: slot] { return value }
        let value = make()
        self[keyPath: slot] = value
        return value
    }

    /// The id for `name`; an unknown name is reported and becomes an ad-hoc id.
    func resolve(_ name: String, line: Int, column: Int, reporter: Reporter) -> String {
        let trimmed = name.trimmingBlanks
        if let id = taxonomy.id(for: trimmed) { return id }
        reporter.report(.unknownSkill, "unknown skill '\(trimmed)'", line: line, column: column,
                        hint: Suggestions.closest(to: trimmed, in: names).map { "did you mean '\($0)'? Otherwise add it to skills.yml." }
                            ?? "add it to skills.yml in the plan folder, or use a skill of the built-in taxonomy (templates/catalog/skills.yml)")
        let id = Taxonomy.slug(trimmed)
        remember([id], madeBy: reporter.file.path)
        return id
    }

    /// Adds ad-hoc ids as reading the file at `path` makes them.
    func remember(_ ids: [String], madeBy path: String) {
        lock.lock()
        defer { lock.unlock() }
        unknown.formUnion(ids)
        unknownByFile[path, default: []].formUnion(ids)
    }

    /// The ad-hoc ids the names of the file at `path` made, sorted.
    func adHoc(madeBy path: String) -> [String] {
        lock.lock()
        defer { lock.unlock() }
        return unknownByFile[path]?.sorted() ?? []
    }

    /// The known skill name closest to `name`, if it looks like a typo of one.
    func suggestion(for name: String) -> String? { Suggestions.closest(to: name, in: names) }

    func resolve(_ name: String, at node: YAMLNode, reporter: Reporter) -> String {
        resolve(name, line: node.line, column: node.column, reporter: reporter)
    }

    /// Splits `Skill / Facet` into the skill and the facet, unless the whole name is a skill (`CI/CD`).
    func splitFacet(_ name: String) -> (skill: String, facet: String?) {
        if taxonomy.id(for: name) != nil { return (name, nil) }
        guard let slash = name.lastIndex(of: "/") else { return (name, nil) }
        let skill = name[..<slash].trimmingBlanks
        let facet = name[name.index(after: slash)...].trimmingBlanks
        guard !skill.isEmpty, !facet.isEmpty else { return (name, nil) }
        return (skill, facet)
    }

    /// Reads `requires`/`prefers`-style skill lists: a list of names (level 2 each),
    /// a list of one-key maps, or a map of name: level.
    func requirements(_ node: YAMLNode, field: String, reporter: Reporter) -> [SkillRequirement] {
        let values = ValueReader(reporter)
        var result: [SkillRequirement] = []
        // Where each skill stands in `result`: found by looking through a short list, by a map
        // once the list is long (a file listing thousands of skills must not cost their square).
        var positions: [String: Int]?
        func position(of id: String) -> Int? {
            if let positions { return positions[id] }
            return result.firstIndex { $0.skillID == id }
        }
        func add(_ name: String, _ nameNode: YAMLNode, levelNode: YAMLNode?) {
            let id = resolve(name, at: nameNode, reporter: reporter)
            var level = Level.proficient
            if let levelNode, !levelNode.isNull {
                // A level as written is read directly: the field's name is made only to report a bad one.
                if let text = levelNode.scalar, let read = Level(text: text) {
                    level = read
                } else {
                    guard let read = values.level(levelNode, field: "\(field): \(name)") else { return }
                    level = read
                }
            }
            if let existing = position(of: id) {
                reporter.report(.duplicateID, "'\(name)' is listed twice in '\(field)'", at: nameNode,
                                hint: "keep one entry; the first is on line \(result[existing].location.line)")
                return
            }
            if positions == nil, result.count >= 32 {
                positions = Dictionary(result.enumerated().map { ($1.skillID, $0) }, uniquingKeysWith: { first, _ in first })
            }
            positions?[id] = result.count
            result.append(SkillRequirement(skillID: id, level: level, location: reporter.location(nameNode)))
        }
        switch node.value {
        case .scalar(let text) where !node.isNull:
            add(text, node, levelNode: nil)
        case .scalar:
            break
        case .sequence(let items):
            // Sized once for the entries (a map entry is mostly one skill), not regrown as they come.
            result.reserveCapacity(items.count)
            for item in items {
                switch item.value {
                case .scalar(let text): add(text, item, levelNode: nil)
                case .mapping(let pairs):
                    for (key, value) in pairs {
                        if let name = values.text(key, field: field) { add(name, key, levelNode: value) }
                    }
                case .sequence:
                    reporter.report(.wrongType, "an entry of '\(field)' should be a skill name, not a list", at: item)
                }
            }
        case .mapping(let pairs):
            result.reserveCapacity(pairs.count)
            for (key, value) in pairs {
                if let name = values.text(key, field: field) { add(name, key, levelNode: value) }
            }
        }
        return result
    }
}
