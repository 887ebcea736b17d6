import CommonMark

/// Reads log/*.md: list items under headings that begin with a date.
enum LogReader {
    static func read(_ file: SourceFile, catalog: Catalog, skills: SkillResolver, diagnostics: inout Diagnostics) -> [LogEntry] {
        let reporter = Reporter(file: file)
        defer { diagnostics.append(contentsOf: reporter.collected) }
        guard let document = Document(file, known: [], what: "a log file", frontMatterRequired: false, reporter: reporter) else { return [] }
        let body = MarkdownBody(document.body)
        var entries: [LogEntry] = []
        // Sized once for the items of the body's lists (nested items aside), not regrown as they come.
        entries.reserveCapacity(body.root.children.reduce(0) { if case .list = $1.kind { $0 + $1.children.count } else { $0 } })
        var date: Day?
        var warnedUndated = false
        for node in body.root.children {
            if case .heading = node.kind {
                let title = node.plainText.trimmingBlanks
                let word = String(title.leadingWord)
                if let period = DatePeriod(word), period.precision == .day {
                    date = period.first
                } else if word.count >= 8, word.prefix(4).allSatisfy(\.isNumber), word.dropFirst(4).first == "-" {
                    date = nil
                    reporter.report(.invalidDate, "'\(word)' is not a date in the calendar", line: node.startLine,
                                    column: node.startColumn, hint: "write the heading as ## YYYY-MM-DD")
                } else {
                    date = nil
                }
                continue
            }
            guard case .list = node.kind else { continue }
            guard let day = date else {
                if !warnedUndated {
                    reporter.report(.entryWithoutDate, "these log entries are not under a date heading and are not counted",
                                    line: node.startLine, column: node.startColumn, hint: "put them under a heading such as ## 2026-11-03")
                    warnedUndated = true
                }
                continue
            }
            for item in items(of: node) {
                if let entry = entry(item, date: day, reporter: reporter, skills: skills) { entries.append(entry) }
            }
        }
        return entries
    }

    /// The list's items, nested ones included, in order.
    private static func items(of list: MarkdownNode) -> [MarkdownNode] {
        var result: [MarkdownNode] = []
        result.reserveCapacity(list.children.count)
        for item in list.children where item.kind == .item {
            result.append(item)
            for child in item.children { if case .list = child.kind { result += items(of: child) } }
        }
        return result
    }

    static func entry(_ item: MarkdownNode, date: Day, reporter: Reporter, skills: SkillResolver) -> LogEntry? {
        guard let paragraph = item.children.first, paragraph.kind == .paragraph else { return nil }
        let line = paragraph.startLine
        let file = reporter.file
        let plain = paragraph.plainText
        let text = plain.trimmingBlanks
        var entry = LogEntry(date: date, text: text, location: file.location(line: line, column: file.firstNonBlankColumn(line)))
        if let task = MarkdownBody.task(paragraph, text: plain) {
            if task.done { entry.tickedAction = task.text }
            return entry
        }
        if text.lowercasedHasPrefix("review:") {
            let value = text.dropFirst("review:".count).trimmingBlanks
            let word = String(value.leadingWord)
            if let cadence = ReviewCadence(word: word) {
                entry.review = cadence
            } else {
                reporter.report(.invalidValue, "'\(word)' is not a kind of review", line: line,
                                column: file.location(of: word, onLine: line).column,
                                hint: "write review: monthly, review: quarterly or review: yearly")
            }
            return entry
        }
        if text.lowercasedHasPrefix("level ") {
            let words = text.pieceStrings(separatedBy: " ")
            guard words.count >= 3 else {
                reporter.report(.invalidValue, "a level change needs a skill and a level", line: line,
                                column: file.firstNonBlankColumn(line), hint: "write level Kubernetes 2")
                return entry
            }
            let name = words[1..<(words.count - 1)].joined(separator: " ")
            let skill = skills.resolve(name, line: line, column: file.location(of: name, onLine: line).column, reporter: reporter)
            guard let level = ValueReader.level(words.last!, field: "level \(name)", line: line,
                                                column: file.location(of: " \(words.last!)", onLine: line).column + 1,
                                                reporter: reporter) else { return entry }
            entry.levelChange = LevelChange(skillID: skill, level: level)
            entry.skillIDs = [skill]
            return entry
        }
        guard text.isASCII else { return fields(of: entry, text: text, line: line, reporter: reporter, skills: skills) }
        return ByteScan.withBytes(of: text) { asciiFields(of: entry, $0, line: line, reporter: reporter, skills: skills) }
    }

    /// The entry with what its text says after any task, review or level change: a leading
    /// duration, a skill before a colon, and the inline fields of the rest. The rules for any
    /// text, by characters; `entry` reads an ASCII one on its bytes (`asciiFields`).
    static func fields(of entry: LogEntry, text: String, line: Int, reporter: Reporter, skills: SkillResolver) -> LogEntry {
        var entry = entry
        let file = reporter.file
        // The rest is cut into strings made anew at each cut, whose characters are counted from
        // their own start.
        func cut(_ slice: Substring) -> Substring { Substring(String(slice)) }
        var rest = text[...]
        // A leading duration (the text is trimmed: its first piece is where it starts).
        if let piece = text.firstPiece(separatedBy: " "), case let first = String(piece), Duration.looksLikeDuration(first) {
            if let minutes = Duration.minutes(first), minutes <= 24 * 60 {
                entry.minutes = minutes
                rest = cut(text[piece.endIndex...].blanksTrimmed)
            } else {
                reporter.report(.invalidDuration, "'\(first)' is not a duration of at most a day", line: line,
                                column: file.location(of: first, onLine: line).column, hint: "write 2h, 90m, 1.5h or 1h30m")
                return entry
            }
        }
        // A skill before a colon.
        if let colon = rest.firstIndex(of: ":") {
            let name = String(rest[..<colon].blanksTrimmed)
            let words = name.pieceCount(separatedBy: " ")
            if !name.isEmpty, !name.hasPrefix("#"), words <= 4 {
                let after = rest.index(after: colon)
                if let id = skills.taxonomy.id(for: name) {
                    entry.skillIDs.append(id)
                    rest = cut(rest[after...])
                } else if skills.suggestion(for: name) != nil && words <= 2 {
                    let id = skills.resolve(name, line: line, column: file.location(of: name, onLine: line).column, reporter: reporter)
                    entry.skillIDs.append(id)
                    rest = cut(rest[after...])
                }
            }
        }
        let inline = InlineFields(String(rest), line: line, reporter: reporter, skills: skills, allowGoals: true, keepingTitle: false)
        for id in inline.skillIDs where !entry.skillIDs.contains(id) { entry.skillIDs.append(id) }
        entry.goalIDs = inline.goalIDs
        return entry
    }
}
