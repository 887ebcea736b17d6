import Testing
@testable import CairnKit

@Suite struct LogReaderTests {
    static let goal = "---\ntarget: staff-engineer\n---\n- [x] Lead it id:lead done:2026-11-03\n"

    func read(_ log: String) -> (entries: [LogEntry], diagnostics: [Diagnostic]) {
        var fixture = PlanFixture()
        fixture.add("goals/staff.md", Self.goal)
        fixture.add("log/2026-11.md", log)
        let (plan, diagnostics) = fixture.read()
        return (plan?.log ?? [], diagnostics)
    }

    @Test func readsEveryKindOfEntry() throws {
        let (entries, diagnostics) = read("""
            # November

            ## 2026-11-03 Tuesday
            - 2h Kubernetes: finished module 3
            - 90m #go: reviewed the scheduler PR +staff
            - level k8s 2
            - [x] lead
            - review: monthly

            ## 2026-11-04
            - 1h30m plain note
            - Coffee with the platform lead
            """)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(entries.count == 7)
        let day = Day(year: 2026, month: 11, day: 3)
        #expect(entries.prefix(5).allSatisfy { $0.date == day })
        #expect(entries[0].minutes == 120 && entries[0].skillIDs == ["kubernetes"])
        #expect(entries[0].location == SourceLocation(path: "log/2026-11.md", line: 4, column: 1))
        #expect(entries[1].minutes == 90 && entries[1].skillIDs == ["go"] && entries[1].goalIDs == ["staff"])
        #expect(entries[2].levelChange == LevelChange(skillID: "kubernetes", level: .proficient))
        #expect(entries[3].tickedAction == "lead")
        #expect(entries[4].review == .monthly)
        #expect(entries[5].minutes == 90 && entries[5].skillIDs.isEmpty)
        #expect(entries[6].minutes == nil && entries[6].text == "Coffee with the platform lead")
    }

    /// An entry's duration, skill and fields are read the same in ASCII text, cut in slices, and in
    /// text that is not, cut in strings: a character that is not ASCII after them changes nothing,
    /// and one joined to the colon or written as a blank is read as a character.
    @Test func entriesReadAlikeInAnyText() throws {
        let (entries, diagnostics) = read("""
            ## 2026-11-03
            - 2h Kubernetes: module 3 +staff
            - 2h Kubernetes: module 3 +staff é
            - 2h  Kubernetes\t:  module 3 #go
            - 2h  Kubernetes\t:  module 3 #go \u{00E9}
            - 45m \u{2003}Kubernetes\u{00A0}: notes
            - 30m Kubernetes:\u{301} notes +staff
            - Kubernetes: no duration +staff
            - Kubernetes: no duration +staff é
            - 3h Unknown Skill Name: notes
            """)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let read = entries.map { ($0.minutes, $0.skillIDs, $0.goalIDs) }
        try #require(read.count == 9)
        for (ascii, other) in [(0, 1), (2, 3), (6, 7)] {
            #expect(read[ascii].0 == read[other].0 && read[ascii].1 == read[other].1 && read[ascii].2 == read[other].2)
        }
        #expect(read[0].0 == 120 && read[0].1 == ["kubernetes"] && read[0].2 == ["staff"])
        #expect(read[2].0 == 120 && read[2].1 == ["kubernetes", "go"])
        // Unicode blanks around the name are trimmed as spaces are.
        #expect(read[4].0 == 45 && read[4].1 == ["kubernetes"])
        // A colon a combining mark joins is no colon: no skill before it.
        #expect(read[5].0 == 30 && read[5].1.isEmpty && read[5].2 == ["staff"])
        #expect(read[6].0 == nil && read[6].1 == ["kubernetes"])
        #expect(read[8].0 == 180 && read[8].1.isEmpty)
    }

    /// A sign starts a field only as the token's first character: one a combining mark is joined
    /// to (`+\u{301}`) starts none, in a token that is not ASCII as in one that is.
    @Test func aSignWithACombiningMarkStartsNoField() {
        let (entries, _) = read("## 2026-11-03\n- 1h +\u{301}staff ~\u{301}2h #\u{301}go +staff ~3h #go\n")
        #expect(entries.count == 1)
        #expect(entries[0].goalIDs == ["staff"] && entries[0].skillIDs == ["go"])
        let fields = InlineFields("+\u{301}staff ~\u{301}2h #\u{301}go é +staff ~3h #go", line: 1,
                                  reporter: Reporter(file: SourceFile(path: "log/x.md", text: "")),
                                  skills: SkillResolver(taxonomy: Taxonomy([SkillDefinition(id: "go", name: "Go", location: SourceLocation(path: "s", line: 1))])),
                                  allowGoals: true)
        #expect(fields.goalIDs == ["staff"] && fields.skillIDs == ["go"] && fields.estimateMinutes == 180)
        #expect(fields.title == "+\u{301}staff ~\u{301}2h #\u{301}go é")
    }

    /// ASCII text is read on its bytes, other text token by token: the same tokens give the same
    /// fields and title either way (a word that is not ASCII at the end sends a text the other way).
    @Test func asciiTextReadsAsAnyText() {
        let skills = SkillResolver(taxonomy: Taxonomy([SkillDefinition(id: "go", name: "Go", location: SourceLocation(path: "s", line: 1))]))
        let texts = ["", "plain words only", "  Read\tthe   book #go +staff ~2h due:2026-12-01 id:a after:b,c every:week now ",
                     "Note: a colon:inside #12 + ~ ~soon +", "#go, #go. done:2026-11 x:y :z"]
        for text in texts {
            let reporter = Reporter(file: SourceFile(path: "log/x.md", text: text))
            let ascii = InlineFields(text, line: 1, reporter: reporter, skills: skills, allowGoals: true)
            let other = InlineFields(text + " é", line: 1, reporter: reporter, skills: skills, allowGoals: true)
            #expect(ascii.title + (ascii.title.isEmpty ? "é" : " é") == other.title, "\(text.debugDescription)")
            #expect(ascii.skillIDs == other.skillIDs && ascii.goalIDs == other.goalIDs && ascii.after == other.after)
            #expect(ascii.id == other.id && ascii.every == other.every && ascii.estimateMinutes == other.estimateMinutes)
            #expect(ascii.due == other.due && ascii.done == other.done)
            // Without its title (a log entry's), every field reads the same, on either path.
            for text in [text, text + " é"] {
                let whole = InlineFields(text, line: 1, reporter: reporter, skills: skills, allowGoals: true)
                let fields = InlineFields(text, line: 1, reporter: reporter, skills: skills, allowGoals: true, keepingTitle: false)
                #expect(fields.title.isEmpty && fields.skillIDs == whole.skillIDs && fields.goalIDs == whole.goalIDs)
                #expect(fields.after == whole.after && fields.id == whole.id && fields.every == whole.every)
                #expect(fields.estimateMinutes == whole.estimateMinutes && fields.due == whole.due && fields.done == whole.done)
            }
        }
        let fields = InlineFields(texts[2], line: 1, reporter: Reporter(file: SourceFile(path: "log/x.md", text: texts[2])),
                                  skills: skills, allowGoals: true)
        #expect(fields.title == "Read the book now")
        #expect(fields.skillIDs == ["go"] && fields.goalIDs == ["staff"] && fields.estimateMinutes == 120)
        #expect(fields.id == "a" && fields.after == ["b", "c"] && fields.every == .week && fields.due?.first == Day(year: 2026, month: 12, day: 1))
    }

    @Test func badEntriesAreDiagnosed() {
        let (_, diagnostics) = read("""
            - before any date

            ## 2026-11-31
            - 1h lost

            ## 2026-11-05
            - 2hrs Go: typo in the unit
            - level Go 5
            - [x] nothing-like-this
            - 1h +stafff
            - review: weekly
            """)
        #expect(diagnostics.map(\.code) == [.entryWithoutDate, .invalidDate, .invalidDuration, .levelOutOfRange,
                                            .unknownAction, .unknownGoal, .invalidValue])
        #expect(diagnostics[5].hint == "did you mean 'staff'?")
        #expect(diagnostics[2].location.column == 3)
    }

    @Test func durations() {
        #expect(Duration.minutes("2h") == 120)
        #expect(Duration.minutes("90m") == 90)
        #expect(Duration.minutes("1.5h") == 90)
        #expect(Duration.minutes("1h30m") == 90)
        #expect(Duration.minutes("0h") == nil)
        #expect(Duration.minutes("2hrs") == nil)
        #expect(Duration.minutes("30m1h") == nil)
        #expect(Duration.looksLikeDuration("2hrs"))
        #expect(!Duration.looksLikeDuration("3 PRs"))
        #expect(!Duration.looksLikeDuration("2x"))
        #expect(Duration.minutes("1H30M") == 90 && Duration.looksLikeDuration("90MIN"))
        #expect(Duration.minutes("٢h") == nil && Duration.looksLikeDuration("٢h"), "other scripts' digits: the character path")
    }

    @Test func aDurationTooLongForItsCountsIsNoDuration() {
        // It trapped converting the minutes to an integer.
        #expect(Duration.minutes("99999999999999999999h") == nil && Duration.looksLikeDuration("99999999999999999999h"))
        #expect(Duration.minutes(characters: "99999999999999999999h") == nil)
        #expect(Duration.minutes("\(Duration.longest)m") == Duration.longest)
        #expect(Duration.minutes("\(Duration.longest + 1)m") == nil)
        #expect(Duration.minutes("35791394h") == 2_147_483_640 && Duration.minutes("35791395h") == nil)
        let (entries, diagnostics) = read("## 2026-11-02\n- 99999999999999999999h Go: practice\n")
        #expect(entries.count == 1 && entries[0].minutes == nil)
        #expect(diagnostics.map(\.code) == [.invalidDuration])
    }

    /// ASCII durations are read on bytes; the answers are those of the character path.
    @Test func durationsOnBytesMatchTheCharacterPath() {
        let alphabet: [String] = ["0", "1", "5", "9", ".", "h", "m", "H", "M", "r", "s", "in", "ours", "x", " ", ":", "12345", "99999"]
        var random = SeededRandom(state: 90)
        for _ in 0..<5_000 {
            let token = (0..<Int.random(in: 0...6, using: &random)).map { _ in alphabet.randomElement(using: &random)! }.joined()
            #expect(Duration.minutes(ascii: token) == Duration.minutes(characters: token), "\(token)")
            #expect(Duration.looksLikeDuration(ascii: token) == Duration.looksLikeDuration(characters: token), "\(token)")
        }
    }

    /// An entry's values are shared by its copies until one changes: a change is the copy's alone,
    /// and entries are equal by their values, whichever box holds them.
    @Test func aCopyOfAnEntryChangesAlone() throws {
        let day = try #require(Day(year: 2026, month: 11, day: 3))
        let location = SourceLocation(path: "log/2026-11.md", line: 3)
        var changed = LogEntry(date: day, minutes: 30, skillIDs: ["go"], text: "30m Go", location: location)
        let kept = changed
        changed.minutes = 60
        changed.skillIDs.append("rust")
        changed.levelChange = LevelChange(skillID: "go", level: .proficient)
        #expect(kept.minutes == 30 && kept.skillIDs == ["go"] && kept.levelChange == nil)
        #expect(changed.minutes == 60 && changed.skillIDs == ["go", "rust"] && changed.text == "30m Go")
        #expect(changed != kept)
        #expect(kept == LogEntry(date: day, minutes: 30, skillIDs: ["go"], text: "30m Go", location: location))
        var same = kept
        same.text = "30m Go"
        #expect(same == kept)
    }
}
