/// The plan as it stood on a day: skill levels from the level history, actions done by then
/// (with their dates filled in), the log and saved postings dated up to it. What "since the last
/// review" and the burn-down compare against.
struct PlanSnapshot {
    let plan: Plan
    let levels: LevelHistory
    let actions: ActionDates
    let asOf: Day

    /// The plan on `day` (as_of itself gives the plan with log ticks and action dates applied).
    /// Without `log`, its log is left empty: for what reads only its goals, skills and postings
    /// (ten years of log entries are megabytes, and the burn-down makes a plan for each point).
    /// Without `postings`, its postings are left empty too: for what picks the postings known on
    /// `day` from the plan on as_of's (`Market.targetPostings(on:from:)`), as the burn-down does.
    func plan(on day: Day, log: Bool = true, postings: Bool = true) -> Plan {
        var past = plan
        past.profile.skills = plan.profile.skills.compactMap { held in
            var skill = held
            let level = levels.level(held.skillID, on: day, asOf: asOf)
            guard let value = Level(rawValue: level), level > 0 || day >= asOf else { return nil }
            skill.level = value
            return skill
        }
        for g in past.goals.indices {
            for a in past.goals[g].actions.indices {
                let action = past.goals[g].actions[a]
                let done = actions.isDone(action, on: day)
                past.goals[g].actions[a].isDone = done
                past.goals[g].actions[a].doneDate = done ? actions.record(action)?.date : nil
            }
        }
        // On as_of too: what is dated later was not known yet.
        past.log = log ? Self.kept(plan.log) { $0.date <= day } : []
        past.postings = postings ? Self.kept(plan.postings) { Self.isKnown($0, on: day) } : []
        return past
    }

    /// Whether `posting` was saved by `day`: it is dated then or earlier, or not dated.
    static func isKnown(_ posting: Posting, on day: Day) -> Bool { (posting.posted ?? day) <= day }

    /// The elements of `all` that `isKept`, sharing `all`'s storage when that is every one of them
    /// (the plan on as_of, and most days of a young plan): a copy of ten years of log entries or
    /// thousands of postings is megabytes.
    static func kept<Element>(_ all: [Element], where isKept: (Element) -> Bool) -> [Element] {
        guard let first = all.firstIndex(where: { !isKept($0) }) else { return all }
        var kept = Array(all[..<first])
        for element in all[(first + 1)...] where isKept(element) { kept.append(element) }
        return kept
    }
}
