/// Reads a skills.yml file (the built-in taxonomy or a plan's own) into skill definitions.
enum TaxonomyReader {
    static let keys = ["id", "name", "aliases", "category", "hours", "after"]

    static func read(_ file: SourceFile, diagnostics: inout Diagnostics) -> [SkillDefinition] {
        let reporter = Reporter(file: file)
        defer { diagnostics.append(contentsOf: reporter.collected) }
        if file.text.allSatisfy(\.isWhitespace) { return [] }
        guard let root = YAMLReader.read(file.text, firstLine: 1, in: file, diagnostics: &reporter.diagnostics) else { return [] }
        guard case .sequence(let items) = root.value else {
            if !root.isNull {
                reporter.report(.wrongType, "skills.yml should be a list of skills, not \(root.kindName)", at: root,
                                hint: "start each skill with '- name: ...'")
            }
            return []
        }
        var result: [SkillDefinition] = []
        var seen: [String: Int] = [:]
        for item in items {
            guard let fields = Fields(item, known: keys, what: "a skill", reporter: reporter) else { continue }
            fields.require("name", example: "name: Kubernetes")
            guard let name = fields.text("name") else { continue }
            let id = fields.text("id") ?? Taxonomy.slug(name)
            if let line = seen[id] {
                reporter.report(.duplicateID, "the skill id '\(id)' is defined twice in this file", at: item,
                                hint: "keep one; the first is on line \(line)")
                continue
            }
            seen[id] = item.line
            result.append(SkillDefinition(
                id: id, name: name,
                aliases: fields.textList("aliases").map(\.0),
                category: fields.text("category")?.lowercased() ?? "other",
                stepHours: stepHours(fields),
                after: fields.textList("after").map { Taxonomy.slug($0.0) },
                location: reporter.location(item)))
        }
        return result
    }

    private static func stepHours(_ fields: Fields) -> [Double] {
        guard let node = fields.value("hours") else { return [50, 50, 50] }
        let values = ValueReader(fields.reporter)
        if case .sequence(let items) = node.value {
            guard items.count == 3 else {
                fields.reporter.report(.invalidValue, "'hours' lists \(items.count) numbers; it needs one per level step (3)", at: node,
                                       hint: "write hours: [40, 60, 80] for the steps 0->1, 1->2, 2->3, or one number for all")
                return [50, 50, 50]
            }
            let numbers = items.compactMap { values.number($0, field: "hours", minimum: 0.5, maximum: 100_000) }
            return numbers.count == 3 ? numbers : [50, 50, 50]
        }
        guard let one = values.number(node, field: "hours", minimum: 0.5, maximum: 100_000) else { return [50, 50, 50] }
        return [one, one, one]
    }

    /// Reports prerequisite cycles and unknown prerequisites in the merged taxonomy.
    static func checkPrerequisites(_ taxonomy: Taxonomy, diagnostics: inout Diagnostics, files: [String: SourceFile]) {
        for skill in taxonomy.skills.values.sorted(by: { $0.id < $1.id }) {
            for prerequisite in skill.after where taxonomy.skills[prerequisite] == nil {
                diagnostics.report(.unknownSkill, "the prerequisite '\(prerequisite)' of '\(skill.name)' is not a known skill",
                                   at: skill.location, in: files[skill.location.path],
                                   hint: Suggestions.didYouMean(prerequisite, in: taxonomy.skills.keys) ?? "use a skill id")
            }
        }
        var state: [String: Int] = [:]  // 1 visiting, 2 done
        func visit(_ id: String, path: [String]) -> [String]? {
            if state[id] == 2 { return nil }
            if state[id] == 1 { return path + [id] }
            state[id] = 1
            for next in taxonomy.skills[id]?.after ?? [] where taxonomy.skills[next] != nil {
                if let cycle = visit(next, path: path + [id]) { return cycle }
            }
            state[id] = 2
            return nil
        }
        for id in taxonomy.skills.keys.sorted() {
            guard let cycle = visit(id, path: []), let skill = taxonomy.skills[cycle.last!] else { continue }
            let loop = cycle.drop { $0 != cycle.last! }
            diagnostics.report(.prerequisiteCycle, "the prerequisites of '\(skill.name)' form a cycle: \(loop.joined(separator: " -> "))",
                               at: skill.location, in: files[skill.location.path],
                               hint: "remove one of these 'after' links")
            return
        }
    }
}
