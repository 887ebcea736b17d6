/// Which action a log entry's tick `[x] NAME` names: the action whose id is NAME, else the first
/// action whose text is NAME, ignoring case. One rule for the check, the done dates and the
/// hours a tick counts for a goal.
public struct ActionTicks: Sendable {
    private var byID: [String: Action] = [:]
    private var byTitle: [String: Action] = [:]

    public init(_ actions: [Action]) {
        for action in actions {
            if let id = action.id, byID[id] == nil { byID[id] = action }
            let title = action.title.lowercased()
            if byTitle[title] == nil { byTitle[title] = action }
        }
    }

    /// The action `name` ticks, if any.
    public func action(_ name: String) -> Action? { byID[name] ?? byTitle[name.lowercased()] }
}
