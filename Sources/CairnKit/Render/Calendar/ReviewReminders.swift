/// The review cadences of cairn.yml as recurring all-day events, every one on a first Monday:
/// monthly in every month, quarterly in January, April, July and October, yearly in January.
/// The rules are the ones every calendar's own repeat settings offer ("the first Monday of
/// every 3 months"), so each app imports and can edit them.
enum ReviewReminders {
    /// One recurring event per cadence listed, starting on its first day on or after `asOf`.
    static func events(_ cadences: [ReviewCadence], asOf: Day, uid: (String) -> String) -> [CalendarEvent] {
        ReviewCadence.allCases.filter(cadences.contains).map { cadence in
            CalendarEvent(
                uid: uid("review:\(cadence.rawValue)"), kind: .review, date: firstDay(cadence, onOrAfter: asOf),
                summary: "\(cadence.rawValue.prefix(1).uppercased())\(cadence.rawValue.dropFirst()) career review",
                description: ([checklist(cadence), placement] + ["From cairn.yml, review: \(cadence.rawValue)."]).joined(separator: "\n"),
                rule: rule(cadence))
        }
    }

    /// The RRULE of a cadence.
    static func rule(_ cadence: ReviewCadence) -> String {
        switch cadence {
        case .monthly: "FREQ=MONTHLY;BYDAY=1MO"
        case .quarterly: "FREQ=MONTHLY;INTERVAL=3;BYDAY=1MO"
        case .yearly: "FREQ=YEARLY;BYMONTH=1;BYDAY=1MO"
        }
    }

    /// The months a cadence's review falls in.
    static func months(_ cadence: ReviewCadence) -> [Int] {
        switch cadence {
        case .monthly: Array(1...12)
        case .quarterly: [1, 4, 7, 10]
        case .yearly: [1]
        }
    }

    /// The first Monday of a month.
    static func firstMonday(year: Int, month: Int) -> Day {
        let first = Day(year: year, month: month, day: 1)!
        return first.adding(days: (8 - first.weekday) % 7)
    }

    /// The cadence's first review on or after `day`: its DTSTART, which the rule must produce
    /// (RFC 5545 leaves a series whose start is not one of its days undefined).
    static func firstDay(_ cadence: ReviewCadence, onOrAfter day: Day) -> Day {
        // A yearly review is at most twelve months away.
        (0...12).lazy.compactMap { offset -> Day? in
            let index = day.month - 1 + offset
            let month = index % 12 + 1
            guard months(cadence).contains(month) else { return nil }
            let monday = firstMonday(year: day.year + index / 12, month: month)
            return monday >= day ? monday : nil
        }.first!
    }

    /// What the review is for, after the two workflows Cairn follows.
    static func checklist(_ cadence: ReviewCadence) -> String {
        switch cadence {
        case .monthly:
            "Update your skill levels in profile.md, log what you learned and did this month, tick the actions you "
                + "finished, then run cairn build and read what changed."
        case .quarterly:
            "Run cairn build and go through the reports: adjust goals and actions to your progress, move dates that "
                + "slipped, and look at the market report for changes in demand and pay."
        case .yearly:
            "Full career review: reset your goals (achieved, paused, dropped, new), reconsider your paths and the job "
                + "market, and rewrite your values and motivations in profile.md."
        }
    }

    static let placement = "Cairn puts reviews on the first Monday: the monthly one every month, the quarterly one "
        + "in January, April, July and October, the yearly one in January; a bigger review on the same day includes "
        + "the smaller ones."
}
