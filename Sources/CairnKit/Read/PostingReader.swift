import CommonMark

/// Reads jobs/<id>.md: a saved posting, its skills from front-matter or from
/// the body's "Required" / "Preferred" lists.
enum PostingReader {
    static let keys = ["title", "company", "role", "location", "remote", "salary", "posted", "status", "url",
                       "requires", "prefers", "experience"]
    static let requiredHeadings = ["required", "requirement", "must have", "must-have", "qualifications", "what you need", "what you'll need"]
    static let preferredHeadings = ["preferred", "nice to have", "nice-to-have", "bonus", "plus"]

    static func read(_ file: SourceFile, catalog: Catalog, skills: SkillResolver, currency: String,
                     diagnostics: inout Diagnostics) -> Posting? {
        let reporter = Reporter(file: file)
        defer { diagnostics.append(contentsOf: reporter.collected) }
        guard let document = Document(file, known: keys, what: "a job posting", reporter: reporter) else { return nil }
        guard let fields = document.fields else { return nil }
        fields.require("title", example: "title: Staff Software Engineer")
        guard let title = fields.text("title") else { return nil }
        var posting = Posting(id: document.stem, title: title, location: file.location(line: 1))
        posting.company = fields.text("company")
        if let node = fields.value("role"), let name = ValueReader(reporter).text(node, field: "role") {
            posting.roleID = RoleLookup.resolve(name, at: node, catalog: catalog, reporter: reporter)
        } else {
            posting.roleID = catalog.role(named: title)?.id
        }
        posting.city = fields.text("location")
        posting.remote = fields.word("remote", as: WorkMode.self)
        posting.salary = SalaryReader.range(fields.map("salary", known: ["min", "max", "currency"]), defaultCurrency: currency)
        posting.posted = fields.date("posted")?.first
        posting.status = fields.word("status", as: PostingStatus.self) ?? .interested
        posting.url = fields.text("url")
        if let node = fields.value("experience"), let text = ValueReader(reporter).text(node, field: "experience") {
            posting.experience = YearsRange(text: text)
            if posting.experience == nil {
                reporter.report(.invalidValue, "'\(text)' is not a number of years", at: node, hint: "write 5, 5+ or 5-8, of at most 100 years")
            }
        }
        let requires = fields.value("requires"), prefers = fields.value("prefers")
        if requires != nil || prefers != nil {
            posting.requires = requires.map { skills.requirements($0, field: "requires", reporter: reporter) } ?? []
            posting.prefers = prefers.map { skills.requirements($0, field: "prefers", reporter: reporter) } ?? []
        } else {
            let body = MarkdownBody(document.body)
            posting.requires = fromBody(body, headings: requiredHeadings, matcher: skills.matcher, file: file)
            posting.prefers = fromBody(body, headings: preferredHeadings, matcher: skills.matcher, file: file)
                .filter { skill in !posting.requires.contains { $0.skillID == skill.skillID } }
            posting.skillsFromBody = !posting.requires.isEmpty || !posting.prefers.isEmpty
        }
        return posting
    }

    /// Skills named in list items under headings that contain one of `headings`.
    static func fromBody(_ body: MarkdownBody, headings: [String], matcher: SkillMatcher, file: SourceFile) -> [SkillRequirement] {
        var result: [SkillRequirement] = []
        var inSection = false
        var sectionLevel = 0
        for node in body.root.children {
            if case .heading(let level) = node.kind {
                if inSection && level <= sectionLevel { inSection = false }
                let title = node.plainText.lowercased()
                if headings.contains(where: { title.containsText($0) }) {
                    inSection = true
                    sectionLevel = level
                }
                continue
            }
            guard inSection, case .list = node.kind else { continue }
            for item in node.children where item.kind == .item {
                let text = item.plainText
                let line = item.startLine
                for id in matcher.skills(in: text) where !result.contains(where: { $0.skillID == id }) {
                    result.append(SkillRequirement(skillID: id, level: .proficient,
                                                   location: file.location(line: line, column: file.firstNonBlankColumn(line))))
                }
            }
        }
        return result
    }
}

/// Finds taxonomy skills named in free text, by whole words; names of three
/// letters or fewer ("Go", "AWS") must match their capitalisation.
struct SkillMatcher {
    private typealias Phrase = (words: [String], id: String)
    /// Phrases by their first word, and names of three letters or fewer by their exact spelling.
    private let byFirstWord: [String: [Phrase]]
    private let exact: [String: [String]]

    init(_ taxonomy: Taxonomy) {
        var byFirstWord: [String: [Phrase]] = [:], exact: [String: [String]] = [:]
        for skill in taxonomy.skills.values.sorted(by: { $0.id < $1.id }) {
            for name in [skill.name] + skill.aliases {
                let words = SkillMatcher.words(name)
                guard let first = words.first else { continue }
                if name.count <= 3 { exact[name, default: []].append(skill.id) } else { byFirstWord[first, default: []].append((words, skill.id)) }
            }
        }
        self.byFirstWord = byFirstWord
        self.exact = exact
    }

    /// Skill ids named in `text`, in the order first named (at the same word, by id).
    func skills(in text: String) -> [String] {
        let words = SkillMatcher.words(text)
        let original = SkillMatcher.words(text, lowercased: false)
        var found: [(position: Int, id: String)] = []
        for (position, word) in words.enumerated() {
            if position < original.count { for id in exact[original[position]] ?? [] { found.append((position, id)) } }
            for phrase in byFirstWord[word] ?? [] where position + phrase.words.count <= words.count
                && words[position..<(position + phrase.words.count)].elementsEqual(phrase.words) {
                found.append((position, phrase.id))
            }
        }
        var seen: Set<String> = []
        return found.sorted { ($0.position, $0.id) < ($1.position, $1.id) }.compactMap { seen.insert($0.id).inserted ? $0.id : nil }
    }

    /// The runs of letters, digits, `+` and `#` in `text`, lowercased unless asked not to.
    static func words(_ text: String, lowercased: Bool = true) -> [String] {
        text.isASCII ? asciiWords(text, lowercased: lowercased) : characterWords(text, lowercased: lowercased)
    }

    /// `words` for any text, character by character.
    static func characterWords(_ text: String, lowercased: Bool) -> [String] {
        (lowercased ? text.lowercased() : text).split { !$0.isLetter && !$0.isNumber && $0 != "+" && $0 != "#" }.map(String.init)
    }

    /// `words` for ASCII text, on bytes: an ASCII letter or digit is one for `Character` too, so
    /// the words are the same, without Unicode properties looked up for every character.
    static func asciiWords(_ text: String, lowercased: Bool) -> [String] {
        var words: [String] = [], word: [UInt8] = []
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): word.append(lowercased ? byte + 32 : byte)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "#"):
                word.append(byte)
            default:
                guard !word.isEmpty else { continue }
                words.append(String(decoding: word, as: UTF8.self))
                word.removeAll(keepingCapacity: true)
            }
        }
        if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
        return words
    }
}
