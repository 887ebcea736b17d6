/// Where a level change was seen.
public struct LevelSource: Sendable, Equatable, Encodable {
    public enum Kind: String, Sendable, Encodable {
        /// A `level Kubernetes 2` log entry.
        case log
        /// A commit that changed the level in profile.md.
        case commit
        /// profile.md differs from the last commit (or, without git, from the last log entry).
        case profile
    }
    public var kind: Kind
    /// "log/2026-10.md:30:3", "commit a1b2c3d (Raise Go to 3)", "profile.md, not committed yet".
    public var text: String
}

/// One change of a skill's level.
public struct LevelChangeRecord: Sendable, Equatable, Encodable {
    public var skillID: String
    public var from: Int
    public var to: Int
    /// Nil when only profile.md shows it (not dated by a log entry or a commit).
    public var date: Day?
    public var source: LevelSource
}

/// Each skill's level over time (analysis section 8), from three sources: `level` log entries,
/// the git history of profile.md, and profile.md as it is now. A log entry says where the level
/// went; where it came from is the level before it (one below when nothing earlier says).
/// The first commit that lists a skill records it, and is no change; a commit that does not
/// list a skill says nothing about it.
public struct LevelHistory: Sendable {
    private struct Observation {
        var date: Day
        var level: Int
        var source: LevelSource
        /// Sources of the same day: log entries before commits.
        var rank: Int
    }

    /// Every change, oldest first, undated ones last.
    public private(set) var changes: [LevelChangeRecord] = []
    private var dated: [String: [Observation]] = [:]
    private var current: [String: Int] = [:]

    public init(plan: Plan, asOf: Day) {
        for skill in plan.profile.skills { current[skill.skillID] = skill.level.rawValue }
        var observations: [String: [Observation]] = [:]
        for entry in plan.log where entry.date <= asOf {
            guard let change = entry.levelChange else { continue }
            observations[change.skillID, default: []].append(Observation(
                date: entry.date, level: change.level.rawValue,
                source: LevelSource(kind: .log, text: entry.location.description), rank: 0))
        }
        let revisions = plan.history.profileRevisions.filter { $0.commit.day <= asOf }
        // A skill a revision does not list is not observed there (it may just not have been written down yet).
        for revision in revisions {
            for (skill, level) in revision.levels {
                observations[skill, default: []].append(Observation(
                    date: revision.commit.day, level: level,
                    source: LevelSource(kind: .commit, text: revision.commit.label), rank: 1))
            }
        }
        for skill in observations.keys.sorted() {
            let list = observations[skill]!.enumerated()
                .sorted { ($0.element.date, $0.element.rank, $0.offset) < ($1.element.date, $1.element.rank, $1.offset) }
                .map(\.element)
            dated[skill] = list
            var level: Int?
            for observation in list {
                // The first commit that lists a skill records it; it is no change.
                let isBaseline = observation.source.kind == .commit && level == nil
                if !isBaseline {
                    let from = level ?? max(0, observation.level - 1)
                    if from != observation.level {
                        changes.append(LevelChangeRecord(skillID: skill, from: from, to: observation.level,
                                                         date: observation.date, source: observation.source))
                    }
                }
                level = observation.level
            }
        }
        let committed = !revisions.isEmpty
        for skill in current.keys.sorted() {
            guard let last = dated[skill]?.last?.level, let now = current[skill], now != last else { continue }
            let text = committed ? "profile.md, not committed yet" : "profile.md, not dated by a log entry"
            changes.append(LevelChangeRecord(skillID: skill, from: last, to: now, date: nil,
                                             source: LevelSource(kind: .profile, text: text)))
        }
        changes.sort { a, b in
            switch (a.date, b.date) {
            case let (x?, y?): return (x, a.skillID) < (y, b.skillID)
            case (_?, nil): return true
            case (nil, _?): return false
            case (nil, nil): return a.skillID < b.skillID
            }
        }
    }

    /// The level now: profile.md's.
    public func level(_ skill: String) -> Int { current[skill] ?? 0 }

    /// The level on `day`: the last dated observation on or before it; before the first one, where
    /// that one came from; from as_of on (or with no observation), profile.md's.
    public func level(_ skill: String, on day: Day, asOf: Day) -> Int {
        guard day < asOf, let list = dated[skill], !list.isEmpty else { return level(skill) }
        if let last = list.last(where: { $0.date <= day }) { return last.level }
        let first = changes.first { $0.skillID == skill && $0.date != nil }
        if let first, first.date == list[0].date { return first.from }
        return list[0].level
    }

    /// Whether profile.md holds the skill at a level no log entry or commit dates.
    public func hasUndatedChange(_ skill: String) -> Bool { changes.contains { $0.skillID == skill && $0.date == nil } }

    /// The day of the last dated change of a skill on or before `day`.
    public func lastChange(_ skill: String, onOrBefore day: Day) -> Day? {
        changes.last { $0.skillID == skill && ($0.date.map { $0 <= day } ?? false) }?.date
    }
}
