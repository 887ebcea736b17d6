/// Checks the references between goals, actions and log entries.
enum References {
    static func check(goals: [Goal], log: [LogEntry], files: [String: SourceFile], diagnostics: inout Diagnostics) {
        var actionIDs: [String: Action] = [:]
        for action in goals.flatMap(\.actions) {
            guard let id = action.id else { continue }
            // Cairn names an action without an id by its goal and place (`staff-engineer:2`): an id
            // with a colon could be another action's name.
            if id.contains(":") {
                let file = files[action.location.path]
                diagnostics.report(.invalidValue, "the action id '\(id)' holds a ':'",
                                   at: file?.location(of: "id:\(id)", onLine: action.location.line) ?? action.location,
                                   in: file, hint: "write the id without ':', for example id:\(id.replacingColons)")
                continue
            }
            if let first = actionIDs[id] {
                diagnostics.report(.duplicateID, "the action id '\(id)' is already used in \(first.location.path):\(first.location.line)",
                                   at: action.location, in: files[action.location.path], hint: "give this action another id:")
                continue
            }
            actionIDs[id] = action
        }
        let ticks = ActionTicks(goals.flatMap(\.actions))
        for action in goals.flatMap(\.actions) {
            for after in action.after where actionIDs[after] == nil {
                diagnostics.report(.unknownAction, "'after:\(after)' names no action", at: action.location,
                                   in: files[action.location.path],
                                   hint: Suggestions.didYouMean(after, in: actionIDs.keys).map { "\($0) Give the action it waits for an id:\(after)." }
                                       ?? "give the action it waits for an id:\(after)")
            }
        }
        reportCycle(actionIDs, files: files, diagnostics: &diagnostics)
        let goalIDs = Set(goals.map(\.id))
        for entry in log {
            for goal in entry.goalIDs where !goalIDs.contains(goal) {
                diagnostics.report(.unknownGoal, "'+\(goal)' names no goal", at: entry.location, in: files[entry.location.path],
                                   hint: Suggestions.didYouMean(goal, in: goalIDs) ?? "goal names are the file names in goals/ without .md")
            }
            if let ticked = entry.tickedAction, ticks.action(ticked) == nil {
                diagnostics.report(.unknownAction, "'[x] \(ticked)' ticks no action", at: entry.location, in: files[entry.location.path],
                                   hint: Suggestions.didYouMean(ticked, in: actionIDs.keys) ?? "write the action's id: or its exact text")
            }
        }
    }

    /// Reports the first loop of `after:` links between actions: none of its actions could ever start.
    static func reportCycle(_ actions: [String: Action], files: [String: SourceFile], diagnostics: inout Diagnostics) {
        var state: [String: Int] = [:]  // 1 visiting, 2 done
        func visit(_ id: String, path: [String]) -> [String]? {
            if state[id] == 2 { return nil }
            if state[id] == 1 { return path + [id] }
            state[id] = 1
            for next in actions[id]?.after ?? [] where actions[next] != nil {
                if let cycle = visit(next, path: path + [id]) { return cycle }
            }
            state[id] = 2
            return nil
        }
        for id in actions.keys.sorted() {
            guard let cycle = visit(id, path: []), let action = actions[cycle.last!] else { continue }
            let loop = cycle.drop { $0 != cycle.last! }
            diagnostics.report(.prerequisiteCycle, "the 'after:' links of this action form a cycle: \(loop.joined(separator: " -> "))",
                               at: action.location, in: files[action.location.path],
                               hint: "remove one of these 'after:' links; none of these actions could ever start")
            return
        }
    }
}

private extension String {
    /// The text with each `:` as `-`.
    var replacingColons: String { String(map { $0 == ":" ? "-" : $0 }) }
}
