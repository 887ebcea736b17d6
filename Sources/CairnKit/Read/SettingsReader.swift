/// Reads cairn.yml.
enum SettingsReader {
    static let keys = ["as_of", "out", "formats", "currency", "review", "weights", "history"]

    static func read(_ file: SourceFile, diagnostics: inout Diagnostics) -> Settings {
        var settings = Settings()
        settings.path = file.path
        let reporter = Reporter(file: file)
        defer { diagnostics.append(contentsOf: reporter.collected) }
        if file.text.allSatisfy(\.isWhitespace) { return settings }
        guard let root = YAMLReader.read(file.text, firstLine: 1, in: file, diagnostics: &reporter.diagnostics),
              let fields = Fields(root, known: keys, what: "cairn.yml", reporter: reporter) else { return settings }
        if let period = fields.date("as_of"), let node = fields.value("as_of") {
            if period.precision == .day, !Settings.asOfRange.contains(period.first.year) {
                reporter.report(.invalidDate, "'as_of' must fall in the years \(Settings.asOfRange.lowerBound) to \(Settings.asOfRange.upperBound), not \(period.text)",
                                at: node, hint: "write the day the plan is compiled for, for example as_of: 2026-11-23")
            } else if period.precision == .day { settings.asOf = period.first } else {
                reporter.report(.invalidDate, "'as_of' must be a day, not '\(period.text)'", at: node, hint: "write YYYY-MM-DD")
            }
        }
        if let out = fields.text("out") {
            if out.isEmpty || out.hasPrefix("/") || out.split(separator: "/").contains("..") {
                reporter.report(.invalidValue, "'out' must be a folder inside the plan, not '\(out)'", at: fields.value("out")!,
                                hint: "write a relative path such as out: reports")
            } else {
                settings.out = out
            }
        }
        if fields.value("formats") != nil {
            let values = ValueReader(reporter)
            settings.formats = fields.textList("formats").compactMap { values.word($0.1, field: "formats", as: OutputFormat.self) }
        }
        settings.currency = fields.currency("currency") ?? settings.currency
        if fields.value("review") != nil {
            let values = ValueReader(reporter)
            settings.review = fields.textList("review").compactMap { values.word($0.1, field: "review", as: ReviewCadence.self) }
        }
        if let node = fields.value("history"), let word = ValueReader(reporter).text(node, field: "history") {
            switch word.lowercased() {
            case "git": settings.readsHistory = true
            case "off": settings.readsHistory = false
            default:
                reporter.report(.invalidValue, "'history' is git or off, not '\(word)'", at: node,
                                hint: "write history: off to leave the git history unread")
            }
        }
        if let weights = fields.map("weights", known: ["readiness", "match"]) {
            if let readiness = weights.map("readiness", known: ["technical", "experience", "demonstrated"]),
               let parts = parts(readiness, ["technical", "experience", "demonstrated"]) {
                settings.readinessWeights.technical = parts[0]
                settings.readinessWeights.experience = parts[1]
                settings.readinessWeights.demonstrated = parts[2]
            }
            if let match = weights.map("match", known: ["title", "location", "skills", "experience", "salary"]),
               let parts = parts(match, ["title", "location", "skills", "experience", "salary"]) {
                settings.matchWeights.title = parts[0]
                settings.matchWeights.location = parts[1]
                settings.matchWeights.skills = parts[2]
                settings.matchWeights.experience = parts[3]
                settings.matchWeights.salary = parts[4]
            }
        }
        settings.fieldLocations = fields.locations
        return settings
    }

    /// All parts, which must be present and sum to 100.
    private static func parts(_ fields: Fields, _ keys: [String]) -> [Double]? {
        let values = keys.map { fields.number($0, maximum: 100) }
        let numbers = values.compactMap { $0 }
        guard numbers.count == keys.count, numbers.reduce(0, +) == 100 else {
            fields.reporter.report(.invalidWeights, "the weights \(keys.joined(separator: ", ")) must all be given and sum to 100 (they sum to \(ValueReader.format(numbers.reduce(0, +))))",
                                   at: fields.node, hint: "adjust them so they add up to 100")
            return nil
        }
        return numbers
    }
}
