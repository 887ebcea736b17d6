/// One VEVENT of calendar.ics: an all-day event, or a series of them when it has a rule.
struct CalendarEvent: Sendable, Equatable {
    /// What the event marks; events of one day are written in this order.
    enum Kind: Int, Sendable, Comparable {
        case review, goal, due, milestone

        static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }

        /// The CATEGORIES value besides "Cairn".
        var category: String {
            switch self {
            case .review: "Review"
            case .goal: "Goal"
            case .due: "Deadline"
            case .milestone: "Milestone"
            }
        }
    }

    /// The full UID (`step.kubernetes.2@daniel-okafor.cairn`).
    var uid: String
    var kind: Kind
    /// The day of the event, or the first of the series.
    var date: Day
    var summary: String
    /// Plain text, lines joined with "\n".
    var description: String
    /// An RRULE value (`FREQ=MONTHLY;BYDAY=1MO`) for a recurring event.
    var rule: String?

    /// Writes the event's content lines as of `asOf`: DTSTAMP and LAST-MODIFIED are as_of at
    /// midnight UTC, and SEQUENCE is as_of as a number (20261123), so a later build is a newer
    /// revision to apps that update an event only when SEQUENCE grows (Google Calendar).
    func write(asOf: Day, to out: inout ICalendarLines) {
        let stamp = ICalendarText.date(asOf) + "T000000Z"
        out.line("BEGIN:VEVENT")
        out.line("UID:", uid)
        out.line("DTSTAMP:", stamp, escaping: false)
        out.line("LAST-MODIFIED:", stamp, escaping: false)
        out.line("SEQUENCE:", ICalendarText.date(asOf), escaping: false)
        out.line("DTSTART;VALUE=DATE:", ICalendarText.date(date), escaping: false)
        // All-day: DTEND is the next day, not included (RFC 5545 section 3.6.1).
        out.line("DTEND;VALUE=DATE:", ICalendarText.date(date.adding(days: 1)), escaping: false)
        if let rule { out.line("RRULE:", rule, escaping: false) }
        out.line("SUMMARY:", summary)
        out.line("DESCRIPTION:", description)
        out.line("CATEGORIES:Cairn,", kind.category, escaping: false)
        // A milestone or a reminder does not make the person busy.
        out.line("TRANSP:TRANSPARENT")
        out.line("END:VEVENT")
    }
}
