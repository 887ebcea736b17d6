/// Reads resources/<id>.md and companies/<id>.md.
enum ResourceReader {
    static let keys = ["title", "kind", "skills", "hours", "cost", "currency", "url", "status"]
    static let companyKeys = ["name", "industry", "size", "locations", "remote", "stack", "ladder", "promotes_internally", "culture"]

    static func read(_ file: SourceFile, skills: SkillResolver, currency: String, diagnostics: inout Diagnostics) -> Resource? {
        let reporter = Reporter(file: file)
        defer { diagnostics.append(contentsOf: reporter.collected) }
        guard let document = Document(file, known: keys, what: "a resource", reporter: reporter) else { return nil }
        guard let fields = document.fields else { return nil }
        fields.require("title", example: "title: Designing Data-Intensive Applications")
        fields.require("kind", example: "kind: book")
        guard let title = fields.text("title"), let kind = fields.word("kind", as: ResourceKind.self) else { return nil }
        return Resource(
            id: document.stem, title: title, kind: kind,
            skills: fields.value("skills").map { skills.requirements($0, field: "skills", reporter: reporter) } ?? [],
            hours: fields.number("hours", minimum: 0.5, maximum: 100_000), cost: fields.number("cost"),
            currency: fields.currency("currency") ?? currency, url: fields.text("url"),
            status: fields.word("status", as: ResourceStatus.self) ?? .planned, location: file.location(line: 1))
    }

    static func readCompany(_ file: SourceFile, skills: SkillResolver, diagnostics: inout Diagnostics) -> Company? {
        let reporter = Reporter(file: file)
        defer { diagnostics.append(contentsOf: reporter.collected) }
        guard let document = Document(file, known: companyKeys, what: "a company", reporter: reporter) else { return nil }
        guard let fields = document.fields else { return nil }
        fields.require("name", example: "name: Acme Corp")
        guard let name = fields.text("name") else { return nil }
        return Company(
            id: document.stem, name: name, industry: fields.text("industry"), size: fields.text("size"),
            locations: fields.textList("locations").map(\.0), remote: fields.word("remote", as: WorkMode.self),
            stack: fields.textList("stack").map { skills.resolve($0.0, at: $0.1, reporter: reporter) },
            ladder: fields.bool("ladder"), promotesInternally: fields.bool("promotes_internally"),
            culture: fields.number("culture", maximum: 5), location: file.location(line: 1))
    }
}
