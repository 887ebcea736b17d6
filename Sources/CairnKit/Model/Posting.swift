import Foundation

/// A saved job posting: jobs/<id>.md.
public struct Posting: Sendable, Equatable {
    public var id: String
    public var title: String { didSet { titleWords = Taxonomy.words(title) } }
    /// The title as " word word ", for whole-word matching of role names (kept with the title).
    public private(set) var titleWords: String
    public var company: String?
    /// The catalog role it is, stated or matched from the title.
    public var roleID: String?
    public var city: String?
    public var remote: WorkMode?
    public var salary: SalaryRange?
    public var posted: Day?
    public var status: PostingStatus
    public var url: String?
    public var requires: [SkillRequirement]
    public var prefers: [SkillRequirement]
    public var experience: YearsRange?
    /// Whether the skills came from the body's headed lists rather than front-matter.
    public var skillsFromBody: Bool
    public var location: SourceLocation

    public init(id: String, title: String, company: String? = nil, roleID: String? = nil, city: String? = nil,
                remote: WorkMode? = nil, salary: SalaryRange? = nil, posted: Day? = nil,
                status: PostingStatus = .interested, url: String? = nil, requires: [SkillRequirement] = [],
                prefers: [SkillRequirement] = [], experience: YearsRange? = nil, skillsFromBody: Bool = false,
                location: SourceLocation) {
        self.id = id
        self.title = title
        self.titleWords = Taxonomy.words(title)
        self.company = company
        self.roleID = roleID
        self.city = city
        self.remote = remote
        self.salary = salary
        self.posted = posted
        self.status = status
        self.url = url
        self.requires = requires
        self.prefers = prefers
        self.experience = experience
        self.skillsFromBody = skillsFromBody
        self.location = location
    }
}

/// Years of experience asked for: `5`, `5+` or `5-8`.
public struct YearsRange: Sendable, Hashable {
    public var minimum: Double
    public var maximum: Double?

    public init(minimum: Double, maximum: Double?) {
        self.minimum = minimum
        self.maximum = maximum
    }

    /// Parses `5`, `5+`, `5-8` (also with an en dash), of at most `longest` years; nil otherwise.
    public init?(text: String) {
        // Years alone, as most postings write them: read without mapping the text's characters.
        if let years = Self.years(text[...]) {
            self.init(minimum: years, maximum: nil)
            return
        }
        let trimmed = String(text.trimmingBlanks.map { $0 == "–" ? "-" : $0 })
        if trimmed.hasSuffix("+"), let min = Self.years(trimmed.dropLast()) {
            self.init(minimum: min, maximum: nil)
        } else if let dash = trimmed.firstIndex(of: "-"), dash != trimmed.startIndex,
                  let min = Self.years(trimmed[..<dash].trimmingBlanks[...]),
                  let max = Self.years(trimmed[trimmed.index(after: dash)...].trimmingBlanks[...]),
                  max >= min {
            self.init(minimum: min, maximum: max)
        } else if let min = Self.years(trimmed[...]) {
            self.init(minimum: min, maximum: nil)
        } else {
            return nil
        }
    }

    /// The most years a posting asks for.
    public static let longest = 100.0

    /// Years written in digits, with a decimal point or not (not `inf`, `1e3` or `0x10`), at most `longest`.
    private static func years(_ text: Substring) -> Double? {
        guard !text.isEmpty, text.utf8.allSatisfy({ ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: ".") }),
              let value = Double(text), value <= longest else { return nil }
        return value
    }
}
