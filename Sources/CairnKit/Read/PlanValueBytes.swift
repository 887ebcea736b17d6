/// The values of a posting or log file as bytes and back (`RememberedFiles`): each field in
/// order, optional ones after a flag, lists after their count. Reading refuses what later code
/// could trip on (`ByteReader.Malformed`).
extension ByteSink {
    mutating func add(_ location: SourceLocation) {
        add(text: location.path)
        add(location.line)
        add(location.column)
    }

    mutating func add(_ diagnostic: Diagnostic) {
        add(text: diagnostic.severity.rawValue)
        add(text: diagnostic.code.rawValue)
        add(text: diagnostic.message)
        add(diagnostic.hint) { $0.add(text: $1) }
        add(diagnostic.location)
        add(diagnostic.sourceLine) { $0.add(text: $1) }
    }

    mutating func add(_ requirement: SkillRequirement) {
        add(text: requirement.skillID)
        add(requirement.level.rawValue)
        add(requirement.location)
    }

    mutating func add(_ posting: Posting) {
        add(text: posting.id)
        add(text: posting.title)
        add(posting.company) { $0.add(text: $1) }
        add(posting.roleID) { $0.add(text: $1) }
        add(posting.city) { $0.add(text: $1) }
        add(posting.remote) { $0.add(text: $1.rawValue) }
        add(posting.salary) { sink, salary in
            sink.add(salary.min) { $0.add($1) }
            sink.add(salary.max) { $0.add($1) }
            sink.add(text: salary.currency)
        }
        add(posting.posted) { $0.add($1.ordinal) }
        add(text: posting.status.rawValue)
        add(posting.url) { $0.add(text: $1) }
        add(all: posting.requires) { $0.add($1) }
        add(all: posting.prefers) { $0.add($1) }
        add(posting.experience) { sink, years in
            sink.add(years.minimum)
            sink.add(years.maximum) { $0.add($1) }
        }
        add(posting.skillsFromBody)
        add(posting.location)
    }

    mutating func add(_ entry: LogEntry) {
        add(factsOf: entry)
        add(text: entry.text)
        add(entry.location)
    }

    /// What a log entry says but its text and place: its date, minutes, skills, goals, level
    /// change, tick and review (all a burn-down day's key needs of it, `ProgressContext.dayKeys`).
    mutating func add(factsOf entry: LogEntry) {
        add(entry.date.ordinal)
        add(entry.minutes) { $0.add($1) }
        add(all: entry.skillIDs) { $0.add(text: $1) }
        add(all: entry.goalIDs) { $0.add(text: $1) }
        add(entry.levelChange) { sink, change in
            sink.add(text: change.skillID)
            sink.add(change.level.rawValue)
        }
        add(entry.tickedAction) { $0.add(text: $1) }
        add(entry.review) { $0.add(text: $1.rawValue) }
    }

    /// The facts of every entry of `log` that changes the plan of a day rather than adding hours:
    /// level changes, ticks and reviews.
    mutating func add(planChangesIn log: [LogEntry]) {
        for entry in log where entry.levelChange != nil || entry.tickedAction != nil || entry.review != nil {
            add(factsOf: entry)
        }
    }
}

extension ByteReader {
    /// A raw value of `Value` written as text or number; anything else is malformed.
    mutating func value<Value: RawRepresentable>(_ type: Value.Type) throws(Malformed) -> Value where Value.RawValue == String {
        guard let value = Value(rawValue: try text()) else { throw Malformed() }
        return value
    }

    mutating func level() throws(Malformed) -> Level {
        guard let level = Level(rawValue: try int()) else { throw Malformed() }
        return level
    }

    /// A location, whose path is the string `path` when it is the same text.
    mutating func location(in path: String) throws(Malformed) -> SourceLocation {
        SourceLocation(path: try text(sameAs: path), line: try int(in: 1...Int(Int32.max)), column: try int(in: 1...Int(Int32.max)))
    }

    /// A whole number that must be in `range`.
    mutating func int(in range: ClosedRange<Int>) throws(Malformed) -> Int {
        let number = try int()
        guard range.contains(number) else { throw Malformed() }
        return number
    }

    /// A day of the calendar's years 1 to 9999, by its ordinal.
    mutating func day() throws(Malformed) -> Day {
        Day(ordinal: try int(in: Day(uncheckedYear: 1, month: 1, day: 1).ordinal...Day(uncheckedYear: 9999, month: 12, day: 31).ordinal))
    }

    /// A number that must be finite.
    mutating func finite() throws(Malformed) -> Double {
        let number = try double()
        guard number.isFinite else { throw Malformed() }
        return number
    }

    mutating func diagnostic(in path: String) throws(Malformed) -> Diagnostic {
        let severity = try value(Severity.self), code = try value(DiagnosticCode.self), message = try text()
        let hint = try optional { reader throws(Malformed) in try reader.text() }
        let location = try location(in: path)
        let sourceLine = try optional { reader throws(Malformed) in try reader.text() }
        return Diagnostic(code, message, at: location, sourceLine: sourceLine, hint: hint, severity: severity)
    }

    mutating func requirement(in path: String) throws(Malformed) -> SkillRequirement {
        SkillRequirement(skillID: try text(), level: try level(), location: try location(in: path))
    }

    mutating func posting(in path: String) throws(Malformed) -> Posting {
        let id = try text(), title = try text()
        let company = try optional { reader throws(Malformed) in try reader.text() }
        let roleID = try optional { reader throws(Malformed) in try reader.text() }
        let city = try optional { reader throws(Malformed) in try reader.text() }
        let remote = try optional { reader throws(Malformed) in try reader.value(WorkMode.self) }
        let salary = try optional { reader throws(Malformed) in
            SalaryRange(min: try reader.optional { reader throws(Malformed) in try reader.finite() },
                        max: try reader.optional { reader throws(Malformed) in try reader.finite() }, currency: try reader.text())
        }
        let posted = try optional { reader throws(Malformed) in try reader.day() }
        let status = try value(PostingStatus.self)
        let url = try optional { reader throws(Malformed) in try reader.text() }
        let requires = try all { reader throws(Malformed) in try reader.requirement(in: path) }
        let prefers = try all { reader throws(Malformed) in try reader.requirement(in: path) }
        let experience = try optional { reader throws(Malformed) in
            YearsRange(minimum: try reader.finite(), maximum: try reader.optional { reader throws(Malformed) in try reader.finite() })
        }
        return Posting(id: id, title: title, company: company, roleID: roleID, city: city, remote: remote, salary: salary,
                       posted: posted, status: status, url: url, requires: requires, prefers: prefers, experience: experience,
                       skillsFromBody: try bool(), location: try location(in: path))
    }

    mutating func logEntry(in path: String) throws(Malformed) -> LogEntry {
        let date = try day()
        let minutes = try optional { reader throws(Malformed) in try reader.int(in: 0...24 * 60) }
        let skillIDs = try all { reader throws(Malformed) in try reader.text() }
        let goalIDs = try all { reader throws(Malformed) in try reader.text() }
        let levelChange = try optional { reader throws(Malformed) in LevelChange(skillID: try reader.text(), level: try reader.level()) }
        let tickedAction = try optional { reader throws(Malformed) in try reader.text() }
        let review = try optional { reader throws(Malformed) in try reader.value(ReviewCadence.self) }
        return LogEntry(date: date, minutes: minutes, skillIDs: skillIDs, goalIDs: goalIDs, levelChange: levelChange,
                        tickedAction: tickedAction, review: review, text: try text(), location: try location(in: path))
    }
}
