/// Reads a role definition: a file of the built-in catalog or of the plan's roles/.
enum RoleReader {
    static let keys = ["id", "title", "aliases", "track", "level", "category", "years", "salary", "requires", "prefers", "next"]

    /// Level names accepted for `level`, on the one shared scale.
    static let levelNames: [String: Int] = [
        "junior": 1, "mid": 2, "senior": 3, "staff": 4, "principal": 5, "distinguished": 6,
        "manager": 4, "senior-manager": 5, "director": 6, "vp": 7, "executive": 8,
    ]

    /// A role file split and its YAML read: what needs no skills, so it can run while the
    /// taxonomy is still being read.
    struct Parsed: @unchecked Sendable {
        let reporter: Reporter
        let document: Document?
    }

    static func parse(_ file: SourceFile) -> Parsed {
        let reporter = Reporter(file: file)
        return Parsed(reporter: reporter, document: Document(file, known: keys, what: "a role", reporter: reporter))
    }

    /// The role of a parsed file; its diagnostics, the parse's first, go to `diagnostics`.
    static func read(_ parsed: Parsed, skills: SkillResolver, defaultCurrency: String, builtIn: Bool,
                     diagnostics: inout Diagnostics) -> Role? {
        let reporter = parsed.reporter
        defer { diagnostics.append(contentsOf: reporter.collected) }
        guard let document = parsed.document, let fields = document.fields else { return nil }
        fields.require("title", example: "title: Staff Engineer")
        fields.require("track", example: "track: ic")
        fields.require("level", example: "level: 4")
        guard let title = fields.text("title"), let track = fields.word("track", as: Track.self),
              let level = level(fields) else { return nil }
        var next: [RoleLink] = []
        if let map = fields.value("next") {
            if case .mapping(let pairs) = map.value {
                for (key, value) in pairs {
                    guard let id = ValueReader(reporter).text(key, field: "next"),
                          let transition = ValueReader(reporter).word(value, field: "next: \(id)", as: Transition.self) else { continue }
                    next.append(RoleLink(roleID: id, transition: transition, location: reporter.location(key)))
                }
            } else {
                reporter.report(.wrongType, "'next' should be a map of role id: promotion|lateral|pivot", at: map,
                                hint: "for example next: {staff-engineer: promotion}")
            }
        }
        return Role(
            id: fields.text("id") ?? document.stem, title: title,
            aliases: fields.textList("aliases").map(\.0), track: track, level: level,
            category: fields.text("category")?.lowercased() ?? "engineering",
            years: fields.number("years", maximum: 60),
            salary: SalaryReader.range(fields.map("salary", known: ["min", "max", "currency"]), defaultCurrency: defaultCurrency),
            requires: fields.value("requires").map { skills.requirements($0, field: "requires", reporter: reporter) } ?? [],
            prefers: fields.value("prefers").map { skills.requirements($0, field: "prefers", reporter: reporter) } ?? [],
            next: next, body: MarkdownBody(document.body).markdown, isBuiltIn: builtIn,
            location: reporter.file.location(line: 1))
    }

    private static func level(_ fields: Fields) -> Int? {
        guard let node = fields.value("level"), let text = ValueReader(fields.reporter).text(node, field: "level") else { return nil }
        if let number = Int(text), (1...8).contains(number) { return number }
        if let named = levelNames[text.lowercased()] { return named }
        fields.reporter.report(.invalidValue, "'\(text)' is not a role level", at: node,
                               hint: Suggestions.didYouMean(text, in: levelNames.keys.sorted())
                                   ?? "use 1-8 or one of: \(levelNames.keys.sorted().joined(separator: ", "))")
        return nil
    }
}

/// Reads salary maps.
enum SalaryReader {
    static func range(_ fields: Fields?, defaultCurrency: String) -> SalaryRange? {
        guard let fields else { return nil }
        let min = fields.number("min"), max = fields.number("max")
        if let min, let max, min > max, let node = fields.value("max") {
            fields.reporter.report(.invalidValue, "the salary maximum \(ValueReader.format(max)) is below the minimum \(ValueReader.format(min))",
                                   at: node, hint: "swap the two numbers")
            return nil
        }
        guard min != nil || max != nil else { return nil }
        return SalaryRange(min: min, max: max, currency: fields.currency("currency") ?? defaultCurrency)
    }
}
