/// One piece of evidence that a skill was used: where it comes from and when.
public struct EvidenceItem: Sendable, Equatable, Encodable {
    public enum Source: String, Sendable, Encodable { case profile, action, log }
    public var source: Source
    public var date: Day?
    /// What it is, as written (an evidence title, an action, a log entry).
    public var text: String
    public var location: SourceLocation

    enum CodingKeys: String, CodingKey { case source, date, text, location }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(source, forKey: .source)
        try container.encodeIfPresent(date, forKey: .date)
        try container.encode(text, forKey: .text)
        try container.encode(location.description, forKey: .location)
    }
}

/// Every evidence item of a plan, by skill: profile evidence, done goal actions
/// tagged with the skill, and log entries tagged with it.
public struct EvidenceIndex: Sendable {
    public private(set) var bySkill: [String: [EvidenceItem]] = [:]

    public init(plan: Plan) {
        for evidence in plan.profile.evidence {
            for skill in evidence.skillIDs {
                bySkill[skill, default: []].append(EvidenceItem(source: .profile, date: evidence.date, text: evidence.title, location: evidence.location))
            }
        }
        for action in plan.actions where action.isDone {
            for skill in action.skillIDs {
                bySkill[skill, default: []].append(EvidenceItem(source: .action, date: action.doneDate, text: action.title, location: action.location))
            }
        }
        for entry in plan.log where entry.levelChange == nil {
            for skill in entry.skillIDs {
                bySkill[skill, default: []].append(EvidenceItem(source: .log, date: entry.date, text: entry.text, location: entry.location))
            }
        }
    }

    /// The skill's evidence dated within the `months` months up to `asOf` (inclusive), newest first.
    public func recent(_ skill: String, asOf: Day, months: Int = 24) -> [EvidenceItem] {
        let start = asOf.months(before: months)
        return (bySkill[skill] ?? []).filter { item in
            guard let date = item.date else { return false }
            return date >= start && date <= asOf
        }.sorted { ($0.date!, $0.text) > ($1.date!, $1.text) }
    }

    /// The latest dated evidence of a skill on or before `asOf`.
    public func latest(_ skill: String, asOf: Day) -> Day? {
        (bySkill[skill] ?? []).compactMap(\.date).filter { $0 <= asOf }.max()
    }

    /// Evidence items of a skill whose text names `facet` (case-insensitive).
    public func count(_ skill: String, facet: String) -> Int {
        let needle = facet.lowercased()
        return (bySkill[skill] ?? []).filter { $0.text.lowercased().contains(needle) }.count
    }
}
