/// An action done by as_of, and when.
public struct DoneAction: Sendable, Equatable, Encodable {
    public var goalID: String
    public var title: String
    /// Nil when nothing dates it: no `done:`, no log tick, no commit that ticked it.
    public var date: Day?
    /// "done: field", "ticked in log/2026-06.md:17:3", "commit a1b2c3d (...)" or "not dated".
    public var source: String
    public var location: String
}

/// When each action was done (analysis section 8): its `done:` date, else the day a log entry
/// ticked it, else the day of the first commit of its goal file that shows it ticked. A log tick
/// marks an action done even when the goal file still shows it open.
public struct ActionDates: Sendable {
    /// Every action done by as_of, in goal then file order.
    public private(set) var done: [DoneAction] = []
    /// Action key -> the index in `done`, per goal.
    private var index: [String: Int] = [:]

    public init(plan: Plan, asOf: Day) {
        // The first tick of each action, by its key.
        let names = ActionTicks(plan.actions)
        var ticks: [String: LogEntry] = [:]
        for entry in plan.log where entry.date <= asOf {
            guard let action = entry.tickedAction.flatMap(names.action) else { continue }
            let key = Self.key(action.goalID, action)
            if ticks[key] == nil { ticks[key] = entry }
        }
        for goal in plan.goals {
            let revisions = (plan.history.goalRevisions[goal.id] ?? []).filter { $0.commit.day <= asOf }
            for action in goal.actions {
                let tick = ticks[Self.key(goal.id, action)]
                guard action.isDone || tick != nil else { continue }
                var entry = DoneAction(goalID: goal.id, title: action.title, date: nil, source: "not dated",
                                       location: action.location.description)
                if let day = action.doneDate {
                    entry.date = day
                    entry.source = "done: field"
                } else if let tick {
                    entry.date = tick.date
                    entry.source = "ticked in \(tick.location)"
                } else if let revision = revisions.first(where: { $0.done.contains(action.key) }) {
                    entry.date = revision.commit.day
                    entry.source = revision.commit.label
                }
                index[Self.key(goal.id, action)] = done.count
                done.append(entry)
            }
        }
    }

    static func key(_ goalID: String, _ action: Action) -> String { "\(goalID)/\(action.key)" }

    /// The action's record when it was done by as_of.
    public func record(_ action: Action) -> DoneAction? { index[Self.key(action.goalID, action)].map { done[$0] } }

    /// Whether the action was done on `day`: dated on or before it, or done with no date at all.
    public func isDone(_ action: Action, on day: Day) -> Bool {
        guard let record = record(action) else { return false }
        return record.date.map { $0 <= day } ?? true
    }
}
