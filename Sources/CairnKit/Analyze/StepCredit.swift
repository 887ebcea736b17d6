/// Hours already logged on a skill that count against its next level step (analysis section 8):
/// those logged since the earliest start of the goals needing it, and after the skill's last
/// recorded level change (the change day's own hours went into the step it closed).
public struct StepCredit: Sendable {
    let log: WorkLog?
    let levels: LevelHistory?
    let asOf: Day

    /// No credit: every step keeps its full hours.
    public static let none = StepCredit(log: nil, levels: nil, asOf: Day(ordinal: 0))

    public init(log: WorkLog, levels: LevelHistory, asOf: Day) {
        self.log = log
        self.levels = levels
        self.asOf = asOf
    }

    private init(log: WorkLog?, levels: LevelHistory?, asOf: Day) {
        self.log = log
        self.levels = levels
        self.asOf = asOf
    }

    /// The day logged hours start counting for `skill`, needed by `goals`; nil when profile.md
    /// raised the skill without a date: the hours logged so far went into the step it closed.
    func since(_ skill: String, goals: [String]) -> Day? {
        guard let log, levels?.hasUndatedChange(skill) != true else { return nil }
        // The later of the two when both are known, without arrays: asked for every gap of every day.
        var start: Day?
        for goal in goals { if let day = log.starts[goal]?.day, start.map({ day < $0 }) ?? true { start = day } }
        let afterChange = levels?.lastChange(skill, onOrBefore: asOf)?.adding(days: 1)
        guard let start else { return afterChange ?? log.entries.first?.date }
        return afterChange.map { max($0, start) } ?? start
    }

    /// Takes the credited hours off the first step (never below zero) and records them there.
    func apply(to steps: inout [GapStep], skill: String, goals: [String]) {
        guard let log, !steps.isEmpty, let since = since(skill, goals: goals) else { return }
        let logged = Numbers.round(log.hours(skill: skill, from: since, through: asOf), places: 1)
        guard logged > 0 else { return }
        let full = steps[0].hours
        steps[0].loggedHours = min(logged, full)
        steps[0].loggedSince = since
        steps[0].hours = Numbers.round(max(0, full - logged), places: 1)
    }
}
