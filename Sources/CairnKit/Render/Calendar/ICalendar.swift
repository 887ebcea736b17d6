/// calendar.ics: the plan's milestones, due dates, goal dates and review reminders as an
/// iCalendar (RFC 5545) file of all-day events, for Google Calendar, Apple Calendar, Outlook
/// and Thunderbird to import or subscribe to.
///
/// Every UID is an event's identity in the plan (`step:kubernetes:2`, `goal:staff-engineer`,
/// `review:monthly`) at the profile's name, never a time or a random number, so importing a
/// newer file updates the events it had before. Stamps come from as_of, not the clock: the same
/// plan and as-of date give the same bytes.
public enum ICalendar {
    /// The file name `cairn build` writes the calendar under.
    public static let fileName = "calendar.ics"

    /// The calendar of `plan` and its `analysis`, with CRLF line ends and lines folded at 75 octets.
    public static func render(plan: Plan, analysis: Analysis) -> String {
        let domain = ICalendarText.uidPart(planIdentity(plan)) + ".cairn"
        let uid = { (identity: String) in ICalendarText.uidPart(identity) + "@" + domain }
        let dated = PlanEvents(plan: plan, analysis: analysis, uid: uid)
        let events = (ReviewReminders.events(plan.settings.review, asOf: analysis.asOf, uid: uid) + dated.goals() + dated.items())
            .sorted { ($0.date, $0.kind, $0.uid) < ($1.date, $1.kind, $1.uid) }
        let name = plan.profile.name.map { "Career plan: \($0)" } ?? "Career plan"
        // About 700 bytes an event on a large plan.
        var out = ICalendarLines(capacity: 1_024 + events.count * 768)
        out.line("BEGIN:VCALENDAR")
        out.line("VERSION:2.0")
        out.line("PRODID:-//Cairn//Cairn career plan compiler//EN")
        out.line("CALSCALE:GREGORIAN")
        out.line("METHOD:PUBLISH")
        out.line("X-WR-CALNAME:", name)
        out.line("X-WR-CALDESC:", "Milestones, due dates, goal dates and review reminders compiled by Cairn as of \(analysis.asOf).")
        for event in events { event.write(asOf: analysis.asOf, to: &out) }
        out.line("END:VCALENDAR")
        return String(decoding: out.bytes, as: UTF8.self)
    }

    /// The plan's part of every UID: the slug of the profile's name, "plan" without one.
    static func planIdentity(_ plan: Plan) -> String {
        let slug = plan.profile.name.map(Taxonomy.slug) ?? ""
        return slug.isEmpty ? "plan" : slug
    }
}
