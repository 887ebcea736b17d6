extension LogReader {
    /// `fields(of:text:line:reporter:skills:)` for an ASCII text, on its `bytes`: the same
    /// rules, with no slice of the text made and cut again for each (LogEntryBytesTests compare
    /// the two on random entries). The text is trimmed, so it starts with its first word.
    static func asciiFields(of entry: LogEntry, _ bytes: UnsafeBufferPointer<UInt8>, line: Int, reporter: Reporter,
                            skills: SkillResolver) -> LogEntry {
        var entry = entry
        let file = reporter.file
        func text(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }
        func isBlank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        var rest = 0
        // A leading duration: the first word, up to a space.
        if !bytes.isEmpty {
            let wordEnd = ByteScan.firstOffset(of: UInt8(ascii: " "), in: bytes) ?? bytes.count
            let first = text(0 ..< wordEnd)
            if Duration.looksLikeDuration(ascii: first) {
                guard let minutes = Duration.minutes(ascii: first), minutes <= 24 * 60 else {
                    reporter.report(.invalidDuration, "'\(first)' is not a duration of at most a day", line: line,
                                    column: file.location(of: first, onLine: line).column, hint: "write 2h, 90m, 1.5h or 1h30m")
                    return entry
                }
                entry.minutes = minutes
                // The blanks after it need no skipping: a name is trimmed, inline fields split on them.
                rest = wordEnd
            }
        }
        // A skill before a colon: a name of at most four words, not a tag.
        if let colon = ByteScan.firstOffset(of: UInt8(ascii: ":"), in: bytes, from: rest) {
            var start = rest, end = colon
            while start < end, isBlank(bytes[start]) { start += 1 }
            while end > start, isBlank(bytes[end - 1]) { end -= 1 }
            var words = 0
            for at in start ..< end where bytes[at] != UInt8(ascii: " ") && (at == start || bytes[at - 1] == UInt8(ascii: " ")) {
                words += 1
            }
            if start < end, bytes[start] != UInt8(ascii: "#"), words <= 4 {
                let name = text(start ..< end)
                if let id = skills.taxonomy.id(for: name) {
                    entry.skillIDs.append(id)
                    rest = colon + 1
                } else if skills.suggestion(for: name) != nil && words <= 2 {
                    let id = skills.resolve(name, line: line, column: file.location(of: name, onLine: line).column, reporter: reporter)
                    entry.skillIDs.append(id)
                    rest = colon + 1
                }
            }
        }
        let inline = InlineFields(text(rest ..< bytes.count), line: line, reporter: reporter, skills: skills, allowGoals: true,
                                  keepingTitle: false)
        for id in inline.skillIDs where !entry.skillIDs.contains(id) { entry.skillIDs.append(id) }
        entry.goalIDs = inline.goalIDs
        return entry
    }
}
