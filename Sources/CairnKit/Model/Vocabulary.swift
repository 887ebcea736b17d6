/// A closed set of words a field accepts; the reader suggests the nearest on a typo.
public protocol Vocabulary: CaseIterable, RawRepresentable, Sendable, Hashable, Codable where RawValue == String {}

extension Vocabulary {
    /// Reads a case-insensitive word of this set.
    public init?(word: String) {
        self.init(rawValue: word.lowercased())
    }

    /// The accepted words, for messages.
    public static var words: [String] { allCases.map(\.rawValue) }
}

/// Where someone works: the profile's preference, a posting's or company's mode.
public enum WorkMode: String, Vocabulary { case remote, hybrid, onsite, flexible }

/// A career track.
public enum Track: String, Vocabulary { case ic, management, specialist }

/// How one role leads to another.
public enum Transition: String, Vocabulary { case promotion, lateral, pivot }

/// What kind of move a goal is.
public enum GoalKind: String, Vocabulary { case promotion, lateral, management, pivot }

/// Whether a goal is being pursued.
public enum GoalStatus: String, Vocabulary { case active, paused, achieved, dropped }

/// A goal's priority.
public enum GoalPriority: String, Vocabulary { case high, medium, low }

/// Where a saved posting stands.
public enum PostingStatus: String, Vocabulary { case interested, applied, interviewed, offered, rejected }

/// What a learning resource is.
public enum ResourceKind: String, Vocabulary { case book, course, certification, project, mentoring }

/// Whether a resource is planned, in use or finished.
public enum ResourceStatus: String, Vocabulary {
    case planned
    case inProgress = "in-progress"
    case done
}

/// How often a recurring action repeats.
public enum Recurrence: String, Vocabulary { case week, month, quarter }

/// A kind of review the person holds.
public enum ReviewCadence: String, Vocabulary { case monthly, quarterly, yearly }

/// A report format.
public enum OutputFormat: String, Vocabulary { case md, html, json, ics }
