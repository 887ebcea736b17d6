import Testing
@testable import CairnKit

/// calendar.ics: RFC 5545 text rules, all-day events, review rules, stable UIDs, same bytes.
@Suite struct ICalendarTests {
    static let asOf = Day(year: 2026, month: 11, day: 23)!

    static let profile = """
        ---
        name: Ana Ñúñez
        title: Senior Software Engineer
        experience: 6
        time: {hours_per_week: 5}
        skills: {Go: 3}
        ---
        """

    static let goal = """
        ---
        target: staff-engineer
        by: 2028-09-30
        ---
        - [ ] Send the design; review, then merge \\ ship due:2026-12-31 ~6h id:design-review
        - [ ] Write the strategy #technical-writing ~10h
        - [ ] Coffee with a staff engineer every:month ~1h
        - [x] Old work done:2026-01-10
        """

    static func plan(review: String = "[monthly, quarterly, yearly]", extraGoal: String? = nil) throws -> Plan {
        var fixture = PlanFixture(profile: profile)
        fixture.add("cairn.yml", "review: \(review)\n")
        fixture.add("goals/staff.md", goal)
        if let extraGoal { fixture.add("goals/lead.md", extraGoal) }
        fixture.add("goals/someday.md", "---\ntarget: tech-lead\nby: 2027-01-31\nstatus: paused\n---\n- [ ] Paused work due:2027-01-15\n")
        let (plan, diagnostics) = fixture.read()
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics)")
        return try #require(plan)
    }

    static func render(_ plan: Plan, asOf: Day = asOf) -> String {
        ICalendar.render(plan: plan, analysis: Analysis.of(plan, asOf: asOf))
    }

    /// `text`'s bytes with every fold (CRLF and a space) taken out.
    static func unfold(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        for byte in text.utf8 {
            if byte == UInt8(ascii: " "), out.last == UInt8(ascii: "\n"), out.dropLast().last == UInt8(ascii: "\r") {
                out.removeLast(2)
            } else {
                out.append(byte)
            }
        }
        return out
    }

    /// The calendar's lines, unfolded, without their CRLF.
    static func unfolded(_ text: String) -> [String] {
        String(decoding: unfold(text), as: UTF8.self).components(separatedBy: "\r\n").dropLast().map { $0 }
    }

    /// Each VEVENT's properties by name (the part before `:`, parameters included).
    static func events(_ text: String) -> [[String: String]] {
        var events: [[String: String]] = []
        var current: [String: String]?
        for line in unfolded(text) {
            if line == "BEGIN:VEVENT" { current = [:]; continue }
            if line == "END:VEVENT", let event = current { events.append(event); current = nil; continue }
            guard current != nil, let colon = line.firstIndex(of: ":") else { continue }
            current![String(line[..<colon])] = String(line[line.index(after: colon)...])
        }
        return events
    }

    static func event(_ text: String, uidPrefix: String) throws -> [String: String] {
        try #require(events(text).first { $0["UID"]!.hasPrefix(uidPrefix) }, "no event \(uidPrefix)")
    }

    @Test func textEscapesBackslashSemicolonCommaAndLineBreaks() {
        #expect(ICalendarText.escape("a\\b;c,d") == "a\\\\b\\;c\\,d")
        #expect(ICalendarText.escape("one\ntwo\r\nthree\rfour") == "one\\ntwo\\nthree\\nfour")
        #expect(ICalendarText.escape("bell\u{07}\u{7F} and\ttab: kept") == "bell and\ttab: kept")
        #expect(ICalendarText.escape("Ñúñez 🚀") == "Ñúñez 🚀")
    }

    /// The escaping rule as first written, scalar by scalar: the reference for the byte version.
    static func referenceEscape(_ text: String) -> String {
        var out = ""
        var afterCR = false
        for scalar in text.unicodeScalars {
            defer { afterCR = scalar == "\r" }
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\r": out += "\\n"
            case "\n": if !afterCR { out += "\\n" }
            case "\t": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    @Test func textEscapingMatchesTheScalarRuleOnRandomTexts() {
        let alphabet: [String] = ["a", "Z", " ", "\\", ";", ",", "\r", "\n", "\r\n", "\t", "\u{07}", "\u{7F}", "\u{85}", "é", "🚀", "👍🏽", ":"]
        var random = SeededRandom(state: 5545)
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 0...12, using: &random)).map { _ in alphabet.randomElement(using: &random)! }.joined()
            #expect(ICalendarText.escape(text) == Self.referenceEscape(text), "\(text.debugDescription)")
        }
    }

    @Test func linesAreWrittenAsEscapeThenFoldWouldWriteThem() {
        // `ICalendarLines` escapes and folds in one pass; `escape` then `fold` are the reference,
        // on values of every length around the folds, with and without escaping.
        let alphabet: [String] = ["a", "Z", " ", "\\", ";", ",", "\r", "\n", "\r\n", "\t", "\u{07}", "\u{7F}", "é", "🚀", ":"]
        var random = SeededRandom(state: 2445)
        for round in 0..<3_000 {
            let asciiOnly = round % 2 == 0
            let letters = asciiOnly ? alphabet.filter { $0.utf8.allSatisfy { $0 < 0x80 } } : alphabet
            let value = (0..<Int.random(in: 0...170, using: &random)).map { _ in letters.randomElement(using: &random)! }.joined()
            for escaping in [true, false] {
                var lines = ICalendarLines()
                lines.line("DESCRIPTION:", value, escaping: escaping)
                lines.line("END:VEVENT")
                var expected: [UInt8] = []
                ICalendarText.fold("DESCRIPTION:" + (escaping ? ICalendarText.escape(value) : value), into: &expected)
                ICalendarText.fold("END:VEVENT", into: &expected)
                #expect(lines.bytes == expected, "\(value.debugDescription), escaping: \(escaping)")
            }
        }
    }

    @Test func aLineOfExactly75OctetsIsNotFolded() {
        let line = "SUMMARY:" + String(repeating: "x", count: 67)
        #expect(line.utf8.count == 75)
        #expect(ICalendarText.fold(line) == line + "\r\n")
        #expect(ICalendarText.fold(line + "y") == line + "\r\n y\r\n")
    }

    @Test func asciiLinesFoldAsTheyDoACharacterAtATime() {
        // The octet-at-a-time path of `fold` against the general one, at every length around the folds.
        for count in 0 ... 230 {
            let line = String((0 ..< count).map { Character(UnicodeScalar(UInt8(33 + $0 % 90))) })
            #expect(ICalendarText.fold(line) == ICalendarText.foldCharacters(line), "\(count) octets")
        }
        #expect(ICalendarText.fold("A\r\nB") == ICalendarText.foldCharacters("A\r\nB"))
    }

    @Test(arguments: ["é", "€", "🚀", "👩🏽‍💻"])
    func foldingNeverSplitsAMultiByteCharacter(character: String) {
        // 74 octets, then characters of 2, 3 or 4 octets that cannot fit on the first line.
        let line = "DESCRIPTION:" + String(repeating: "a", count: 62) + String(repeating: character, count: 40)
        let folded = ICalendarText.fold(line)
        let physical = Array(folded.utf8).split(separator: UInt8(ascii: "\n")).map { Array($0) }
        for bytes in physical {
            #expect(bytes.last == UInt8(ascii: "\r"))
            #expect(bytes.count - 1 <= 75, "a line has \(bytes.count - 1) octets")
            #expect(String(validating: bytes, as: UTF8.self) != nil, "a line is cut inside a character")
        }
        #expect(physical[0].count - 1 == 74, "the first character of 2+ octets moves to the next line")
        #expect(physical.dropFirst().allSatisfy { $0.first == UInt8(ascii: " ") })
        #expect(physical.dropFirst().allSatisfy { String(decoding: $0.dropFirst().dropLast(), as: UTF8.self).allSatisfy { $0 == Character(character) } },
                "a character of several scalars stays on one line")
        #expect(Self.unfold(folded) == Array((line + "\r\n").utf8), "unfolding gives the line back")
    }

    @Test func aCharacterLongerThanALineIsSplitBetweenItsScalars() {
        let line = "SUMMARY:Z" + String(repeating: "\u{0301}", count: 60)
        let folded = ICalendarText.fold(line)
        let physical = Array(folded.utf8).split(separator: UInt8(ascii: "\n")).map { Array($0.dropLast()) }
        #expect(physical.map(\.count) == [75, 1 + 27 * 2], "33 accents fill the first line, 27 go on the next")
        #expect(physical.allSatisfy { String(validating: $0, as: UTF8.self) != nil })
        #expect(Self.unfold(folded) == Array((line + "\r\n").utf8))
    }

    @Test func everyLineEndsWithCRLFAndFitsIn75Octets() throws {
        let text = Self.render(try Self.plan())
        let bytes = Array(text.utf8)
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"))
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
        for (index, byte) in bytes.enumerated() {
            if byte == UInt8(ascii: "\n") { #expect(index > 0 && bytes[index - 1] == UInt8(ascii: "\r"), "a bare LF at \(index)") }
            if byte == UInt8(ascii: "\r") { #expect(index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\n"), "a bare CR at \(index)") }
        }
        let lines = bytes.split(separator: UInt8(ascii: "\n")).map { $0.dropLast() }
        #expect(lines.allSatisfy { $0.count <= 75 })
        #expect(lines.allSatisfy { String(validating: Array($0), as: UTF8.self) != nil })
        let header = Self.unfolded(text).prefix(7)
        #expect(header.contains("CALSCALE:GREGORIAN"))
        #expect(header.contains("METHOD:PUBLISH"))
        #expect(header.contains("X-WR-CALNAME:Career plan: Ana Ñúñez"))
    }

    @Test func aDatedActionIsOneAllDayEventOnItsDueDate() throws {
        let text = Self.render(try Self.plan())
        let event = try Self.event(text, uidPrefix: "action.design-review@")
        #expect(event["UID"] == "action.design-review@ana-%C3%B1%C3%BA%C3%B1ez.cairn")
        #expect(event["DTSTART;VALUE=DATE"] == "20261231")
        #expect(event["DTEND;VALUE=DATE"] == "20270101", "DTEND is the next day")
        #expect(event["DTSTAMP"] == "20261123T000000Z", "as_of at midnight UTC")
        #expect(event["LAST-MODIFIED"] == "20261123T000000Z")
        #expect(event["SEQUENCE"] == "20261123")
        #expect(event["SUMMARY"] == "Due: Send the design\\; review\\, then merge \\\\ ship")
        let scheduled = try #require(Analysis.of(try Self.plan(), asOf: Self.asOf).schedule.items.first { $0.item.id == "action:design-review" })
        let start = try #require(scheduled.start), end = try #require(scheduled.milestone)
        #expect(end < Day(year: 2026, month: 12, day: 31)!)
        #expect(event["DESCRIPTION"]!.hasPrefix("Due date of this action.\\nGoal: Staff Software Engineer (staff).\\n"
            + "Hours: 6\\, placed in the weeks from \(start) to \(end).\\nOn time: the schedule finishes it in the week ending \(end).\\n"))
        #expect(event["CATEGORIES"] == "Cairn,Deadline")
        #expect(event["TRANSP"] == "TRANSPARENT")
        #expect(Self.events(text).filter { $0["UID"]!.hasPrefix("action.design-review@") }.count == 1)
    }

    @Test func undatedItemsSitOnTheirMilestoneAndGoalsOnTheirDate() throws {
        let plan = try Self.plan()
        let text = Self.render(plan)
        let schedule = Analysis.of(plan, asOf: Self.asOf).schedule
        let strategy = try #require(schedule.items.first { $0.item.title == "Write the strategy" })
        let milestone = try #require(strategy.milestone)
        #expect(milestone.weekday == 7)
        let event = try Self.event(text, uidPrefix: "action.staff.2@")
        #expect(event["DTSTART;VALUE=DATE"] == ICalendarText.date(milestone))
        #expect(event["SUMMARY"] == "Finish: Write the strategy")
        #expect(event["CATEGORIES"] == "Cairn,Milestone")
        let steps = Self.events(text).filter { $0["UID"]!.hasPrefix("step.") }
        #expect(steps.count == schedule.items.filter { $0.item.kind == .step && $0.milestone != nil }.count)
        #expect(steps.allSatisfy { $0["SUMMARY"]!.hasPrefix("Skill: ") && $0["DESCRIPTION"]!.contains("Why: P") })
        let goal = try Self.event(text, uidPrefix: "goal.staff@")
        #expect(goal["DTSTART;VALUE=DATE"] == "20280930")
        #expect(goal["SUMMARY"] == "Goal date: Staff Software Engineer")
        #expect(!text.contains("Coffee with a staff engineer"), "recurring actions have no day")
        #expect(!text.contains("Old work"), "done actions are not planned")
        #expect(!text.contains("someday") && !text.contains("Paused work"), "paused goals are left out")
    }

    @Test func reviewCadencesRecurOnFirstMondaysFromAsOf() throws {
        let text = Self.render(try Self.plan())
        let monthly = try Self.event(text, uidPrefix: "review.monthly@")
        #expect(monthly["RRULE"] == "FREQ=MONTHLY;BYDAY=1MO")
        #expect(monthly["DTSTART;VALUE=DATE"] == "20261207")
        #expect(monthly["DTEND;VALUE=DATE"] == "20261208")
        #expect(monthly["SUMMARY"] == "Monthly career review")
        let quarterly = try Self.event(text, uidPrefix: "review.quarterly@")
        #expect(quarterly["RRULE"] == "FREQ=MONTHLY;INTERVAL=3;BYDAY=1MO")
        #expect(quarterly["DTSTART;VALUE=DATE"] == "20270104")
        let yearly = try Self.event(text, uidPrefix: "review.yearly@")
        #expect(yearly["RRULE"] == "FREQ=YEARLY;BYMONTH=1;BYDAY=1MO")
        #expect(yearly["DTSTART;VALUE=DATE"] == "20270104")
        let onlyMonthly = Self.render(try Self.plan(review: "[monthly]"))
        #expect(Self.events(onlyMonthly).filter { $0["RRULE"] != nil }.count == 1)
    }

    @Test func aReviewStartsOnAsOfWhenAsOfIsOneOfItsDays() {
        let day = { (y: Int, m: Int, d: Int) in Day(year: y, month: m, day: d)! }
        #expect(ReviewReminders.firstDay(.monthly, onOrAfter: day(2026, 12, 7)) == day(2026, 12, 7))
        #expect(ReviewReminders.firstDay(.monthly, onOrAfter: day(2026, 12, 8)) == day(2027, 1, 4))
        #expect(ReviewReminders.firstDay(.quarterly, onOrAfter: day(2027, 4, 5)) == day(2027, 4, 5))
        #expect(ReviewReminders.firstDay(.quarterly, onOrAfter: day(2027, 4, 6)) == day(2027, 7, 5))
        #expect(ReviewReminders.firstDay(.yearly, onOrAfter: day(2027, 1, 5)) == day(2028, 1, 3))
        #expect(ReviewReminders.firstMonday(year: 2029, month: 1) == day(2029, 1, 1))
        #expect(ReviewReminders.firstMonday(year: 2026, month: 11) == day(2026, 11, 2))
    }

    @Test func uidsStayWhenTheCalendarIsRenderedAgainOrAnotherItemIsAdded() throws {
        let plan = try Self.plan()
        let first = Self.render(plan), second = Self.render(plan)
        #expect(Array(first.utf8) == Array(second.utf8), "the same plan and as-of date give the same bytes")
        let lead = "---\ntarget: tech-lead\nby: 2027-06-30\n---\n- [ ] Run the incident review due:2027-02-01 ~3h id:incident\n"
        let grown = Self.render(try Self.plan(extraGoal: lead))
        let before = Set(Self.events(first).map { $0["UID"]! }), after = Set(Self.events(grown).map { $0["UID"]! })
        #expect(before.isSubset(of: after))
        #expect(after.subtracting(before).contains("action.incident@ana-%C3%B1%C3%BA%C3%B1ez.cairn"))
        #expect(after.subtracting(before).contains("goal.lead@ana-%C3%B1%C3%BA%C3%B1ez.cairn"))
        let later = Self.render(plan, asOf: Day(year: 2026, month: 12, day: 1)!)
        #expect(Set(Self.events(later).map { $0["UID"]! }).isSuperset(of: before.filter { $0.hasPrefix("review.") || $0.hasPrefix("goal.") }))
        #expect(Self.events(later).allSatisfy { $0["DTSTAMP"] == "20261201T000000Z" && $0["SEQUENCE"] == "20261201" },
                "a later as-of is a newer revision of every event")
    }

    @Test func uidPartsKeepDifferentIdsApart() {
        #expect(ICalendarText.uidPart("step:kubernetes:2") == "step.kubernetes.2")
        #expect(ICalendarText.uidPart("action:a.b") == "action.a%2Eb")
        #expect(ICalendarText.uidPart("action:a:b") == "action.a.b")
        #expect(ICalendarText.uidPart("action:ü/x") == "action.%C3%BC%2Fx")
    }

    @Test func aPlanWithoutNameOrReviewsStillMakesACalendar() throws {
        var fixture = PlanFixture()
        fixture.add("goals/staff.md", "---\ntarget: staff-engineer\n---\n- [ ] Lead an RFC due:2027-03-01\n")
        let plan = try #require(fixture.read().plan)
        let text = Self.render(plan)
        #expect(Self.unfolded(text).contains("X-WR-CALNAME:Career plan"))
        #expect(Self.events(text).allSatisfy { $0["UID"]!.hasSuffix("@plan.cairn") })
        #expect(Self.events(text).allSatisfy { $0["RRULE"] == nil })
        #expect(try Self.event(text, uidPrefix: "action.staff.1@")["DTSTART;VALUE=DATE"] == "20270301")
    }
}
