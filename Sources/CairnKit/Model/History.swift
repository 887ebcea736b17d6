/// What the plan folder's git history says about profile.md and goals/: each commit's
/// skill levels and ticked actions. Read by `PlanHistory.read`, never by the analysis.
public struct PlanHistory: Sendable, Equatable {
    /// Whether the history could be read, and if not, why.
    public enum Status: Sendable, Equatable {
        /// `history: off` in cairn.yml, or nobody asked (library use).
        case off
        /// The plan folder is not inside a git work tree.
        case notARepository
        /// git could not be run or refused the folder; the reason as git or the system gave it.
        case unavailable(String)
        /// Read; `shallow` when the clone lacks older commits.
        case read(shallow: Bool)
    }

    public var status: Status
    /// profile.md at each commit that changed it, oldest first.
    public var profileRevisions: [ProfileRevision]
    /// For each goal id: its file at each commit that changed it, oldest first.
    public var goalRevisions: [String: [GoalRevision]]
    /// Revisions that could not be read (a broken file at that commit), by "path@commit".
    public var unreadable: [String]

    public init(status: Status, profileRevisions: [ProfileRevision] = [], goalRevisions: [String: [GoalRevision]] = [:],
                unreadable: [String] = []) {
        self.status = status
        self.profileRevisions = profileRevisions
        self.goalRevisions = goalRevisions
        self.unreadable = unreadable
    }

    public static let off = PlanHistory(status: .off)
}

/// A commit: its abbreviated hash, author day and subject line.
public struct Commit: Sendable, Equatable, Hashable {
    public var hash: String
    /// The author date, in the author's own time zone.
    public var day: Day
    public var subject: String

    public init(hash: String, day: Day, subject: String) {
        self.hash = hash
        self.day = day
        self.subject = subject
    }

    /// "a1b2c3d (Raise Go to 3)".
    public var label: String { "commit \(hash) (\(subject))" }
}

/// profile.md as one commit left it: the level of each skill.
public struct ProfileRevision: Sendable, Equatable {
    public var commit: Commit
    /// Skill id -> level (0-3).
    public var levels: [String: Int]

    public init(commit: Commit, levels: [String: Int]) {
        self.commit = commit
        self.levels = levels
    }
}

/// A goal file as one commit left it: which actions were ticked.
public struct GoalRevision: Sendable, Equatable {
    public var commit: Commit
    /// Keys (`Action.key`) of the actions ticked done in this revision.
    public var done: Set<String>

    public init(commit: Commit, done: Set<String>) {
        self.commit = commit
        self.done = done
    }
}

extension Action {
    /// What identifies an action across revisions of its file: its id, else its title.
    public var key: String { id.map { "id:\($0)" } ?? "title:\(title.lowercased())" }
}
