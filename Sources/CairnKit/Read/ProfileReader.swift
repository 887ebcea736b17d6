/// Reads profile.md.
enum ProfileReader {
    static let keys = ["name", "title", "role", "experience", "in_role_since", "domain", "location", "remote",
                       "industries", "salary", "time", "skills", "evidence", "situation", "preferences", "checklist"]
    static let situationKeys = ["clear_path", "manager_support", "recent_impact", "company_values_retention",
                                "compressed_bands", "growth_limited", "political_barriers", "maximized_role",
                                "running_from_problems"]
    static let preferenceKeys = ["technical_depth", "individual_contribution", "hands_on", "uncomfortable_with_ambiguity",
                                 "developing_people", "organizational_leverage", "comfortable_with_ambiguity", "give_up_coding"]
    static let checklistKeys = ["values_aligned", "network_mapped", "personal_brand", "mentor", "manager_discussed"]

    static func read(_ file: SourceFile, catalog: Catalog, skills: SkillResolver, currency: String,
                     diagnostics: inout Diagnostics) -> Profile? {
        let reporter = Reporter(file: file)
        defer { diagnostics.append(contentsOf: reporter.collected) }
        guard let document = Document(file, known: keys, what: "the profile", reporter: reporter) else { return nil }
        guard let fields = document.fields else { return nil }
        let salaryFields = fields.map("salary", known: ["current", "minimum", "target", "currency"])
        let timeFields = fields.map("time", known: ["hours_per_week", "budget", "currency"])
        var profile = Profile(
            time: TimeBudget(hoursPerWeek: timeFields?.number("hours_per_week", minimum: 0, maximum: 168),
                             budget: timeFields?.number("budget"),
                             currency: timeFields?.currency("currency") ?? currency),
            location: file.location(line: 1))
        profile.name = fields.text("name")
        profile.title = fields.text("title")
        profile.experience = fields.number("experience", maximum: 70)
        profile.inRoleSince = fields.date("in_role_since")?.first
        profile.domain = fields.text("domain")
        profile.city = fields.text("location")
        profile.remote = fields.word("remote", as: WorkMode.self)
        profile.industries = fields.textList("industries").map(\.0)
        if let salaryFields {
            profile.salary = SalaryExpectation(
                current: salaryFields.number("current"), minimum: salaryFields.number("minimum"),
                target: salaryFields.number("target"), currency: salaryFields.currency("currency") ?? currency)
        }
        if let node = fields.value("role"), let name = ValueReader(reporter).text(node, field: "role") {
            profile.roleID = RoleLookup.resolve(name, at: node, catalog: catalog, reporter: reporter)
        } else if let title = profile.title {
            profile.roleID = catalog.role(named: title)?.id
        }
        if let node = fields.value("skills") { profile.skills = heldSkills(node, skills: skills, reporter: reporter) }
        if let node = fields.value("evidence") { profile.evidence = evidence(node, skills: skills, reporter: reporter) }
        let situation = fields.map("situation", known: situationKeys)
        let preferences = fields.map("preferences", known: preferenceKeys)
        let checklist = fields.map("checklist", known: checklistKeys)
        profile.situation = flags(situation, situationKeys)
        profile.preferences = flags(preferences, preferenceKeys)
        profile.checklist = flags(checklist, checklistKeys)
        profile.sections = MarkdownBody(document.body).sections(in: file)
        profile.fieldLocations = fields.locations
        // Keys of the maps too ("time.budget", "checklist.mentor"), so advice can point at the line to change.
        for (name, map) in [("salary", salaryFields), ("time", timeFields), ("situation", situation),
                            ("preferences", preferences), ("checklist", checklist)] {
            for (key, location) in map?.locations ?? [:] { profile.fieldLocations["\(name).\(key)"] = location }
        }
        return profile
    }

    private static func flags(_ fields: Fields?, _ keys: [String]) -> [String: Bool] {
        guard let fields else { return [:] }
        var result: [String: Bool] = [:]
        for key in keys { if let value = fields.bool(key) { result[key] = value } }
        return result
    }

    private static func heldSkills(_ node: YAMLNode, skills: SkillResolver, reporter: Reporter) -> [HeldSkill] {
        guard case .mapping(let pairs) = node.value else {
            reporter.report(.wrongType, "'skills' should be a map of skill: level", at: node,
                            hint: "for example skills: {Go: 3, Kubernetes: 1}")
            return []
        }
        let values = ValueReader(reporter)
        var result: [HeldSkill] = []
        var statedLevel: Set<String> = []
        var positions: [String: Int] = [:]
        for (key, value) in pairs {
            guard let written = values.text(key, field: "skills") else { continue }
            let (skillName, facetName) = skills.splitFacet(written)
            let id = skills.resolve(skillName, at: key, reporter: reporter)
            var index = positions[id]
            if facetName == nil, let existing = index, statedLevel.contains(id) {
                reporter.report(.duplicateID, "the skill '\(written)' is listed twice", at: key,
                                hint: "keep one entry; the first is on line \(result[existing].location.line)")
                continue
            }
            if index == nil {
                result.append(HeldSkill(skillID: id, writtenName: skillName, level: .none, location: reporter.location(key)))
                index = result.count - 1
                positions[id] = index
            }
            let field = "skills: \(written)"
            if let facetName {
                guard let level = values.level(value, field: field) else { continue }
                result[index!].facets.append(Facet(name: facetName, level: level, location: reporter.location(key)))
                if !statedLevel.contains(id) { result[index!].level = max(result[index!].level, level) }
                continue
            }
            statedLevel.insert(id)
            if case .mapping = value.value {
                guard let detail = Fields(value, known: ["level", "years", "last_used", "facets"], what: "'\(written)'", reporter: reporter) else { continue }
                detail.require("level", example: "level: 2")
                if let levelNode = detail.value("level"), let level = values.level(levelNode, field: field) { result[index!].level = level }
                result[index!].years = detail.number("years", maximum: 70)
                result[index!].lastUsed = detail.date("last_used")?.first
                if let facets = detail.value("facets") {
                    if case .mapping(let facetPairs) = facets.value {
                        for (facetKey, facetValue) in facetPairs {
                            guard let name = values.text(facetKey, field: "facets"),
                                  let level = values.level(facetValue, field: "\(field) / \(name)") else { continue }
                            result[index!].facets.append(Facet(name: name, level: level, location: reporter.location(facetKey)))
                        }
                    } else {
                        reporter.report(.wrongType, "'facets' should be a map of facet: level", at: facets)
                    }
                }
            } else if let level = values.level(value, field: field) {
                result[index!].level = level
            }
        }
        return result
    }

    private static func evidence(_ node: YAMLNode, skills: SkillResolver, reporter: Reporter) -> [Evidence] {
        guard case .sequence(let items) = node.value else {
            reporter.report(.wrongType, "'evidence' should be a list", at: node, hint: "start each item with '- title: ...'")
            return []
        }
        return items.compactMap { item in
            if let title = item.scalar {
                return Evidence(title: title, date: nil, skillIDs: [], url: nil, location: reporter.location(item))
            }
            guard let fields = Fields(item, known: ["title", "date", "skills", "url"], what: "an evidence item", reporter: reporter) else { return nil }
            fields.require("title", example: "title: Led the payments migration")
            guard let title = fields.text("title") else { return nil }
            let ids = fields.textList("skills").map { skills.resolve($0.0, at: $0.1, reporter: reporter) }
            return Evidence(title: title, date: fields.date("date")?.first, skillIDs: ids, url: fields.text("url"),
                            location: reporter.location(item))
        }
    }
}

/// Resolves role names written in a plan.
enum RoleLookup {
    /// The id of the role named `name`; reports an unknown one with a suggestion.
    static func resolve(_ name: String, at node: YAMLNode, catalog: Catalog, reporter: Reporter) -> String? {
        resolve(name, line: node.line, column: node.column, catalog: catalog, reporter: reporter)
    }

    static func resolve(_ name: String, line: Int, column: Int, catalog: Catalog, reporter: Reporter) -> String? {
        if let role = catalog.role(named: name) { return role.id }
        let hint = Suggestions.didYouMean(name, in: catalog.allRoleNames).map { "\($0) Otherwise define it in roles/." }
            ?? "use a role id or title from the catalog, or define the role in roles/\(Taxonomy.slug(name)).md"
        reporter.report(.unknownRole, "unknown role '\(name)'", line: line, column: column, hint: hint)
        return nil
    }
}
