import Foundation

/// The todo.txt-style fields written inside an action or log entry:
/// `due:`, `done:`, `every:`, `id:`, `after:`, `#skill`, `~40h`, `+goal`, and
/// the Obsidian Tasks signifiers 📅 (due), ✅ (done) and 🔁 (recurrence).
struct InlineFields {
    var due: DatePeriod?
    var done: DatePeriod?
    var every: Recurrence?
    var id: String?
    var after: [String] = []
    var skillIDs: [String] = []
    var goalIDs: [String] = []
    var estimateMinutes: Int?
    /// The text with every field removed.
    var title = ""

    /// Reads `text` written on `line` (items may continue on following lines).
    init(_ text: String, line: Int, reporter: Reporter, skills: SkillResolver, allowGoals: Bool) {
        var words: [String] = []
        let tokens = text.pieceStrings(separatedBy: " \t")
        var index = 0
        func column(of token: String) -> (Int, Int) {
            for candidate in line..<(line + 8) where reporter.file.line(candidate).containsText(token) {
                return (candidate, reporter.file.location(of: token, onLine: candidate).column)
            }
            return (line, reporter.file.firstNonBlankColumn(line))
        }
        func recurrence(_ value: String, token: String) -> Recurrence? {
            if let recurrence = Recurrence(word: value) { return recurrence }
            let (l, c) = column(of: token)
            reporter.report(.invalidValue, "'\(value)' is not a recurrence", line: l, column: c,
                            hint: "write every:week, every:month or every:quarter")
            return nil
        }
        func date(_ value: String, field: String, token: String) -> DatePeriod? {
            let (l, c) = column(of: token)
            return ValueReader.date(value, field: field, line: l, column: c, reporter: reporter)
        }
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            // An ASCII token (most are) holds no signifier, and is over one character long when it is
            // over one byte long (CR LF, one character in two bytes, starts no field).
            let ascii = token.isASCII
            let length = ascii ? token.utf8.count : token.count
            // Whether the token starts with an ASCII sign: its first byte when the token is ASCII,
            // else its first character (which a combining mark may make another one).
            let first = token.utf8.first
            func startsWith(_ sign: Unicode.Scalar) -> Bool {
                ascii ? first == UInt8(sign.value) : token.first == Character(sign)
            }
            if !ascii, token == "📅" || token == "✅" || token.hasPrefix("📅") || token.hasPrefix("✅") {
                let isDue = token.hasPrefix("📅")
                var value = String(token.dropFirst())
                if value.isEmpty, index < tokens.count { value = tokens[index]; index += 1 }
                let period = date(value, field: isDue ? "📅" : "✅", token: token)
                if isDue { due = period } else { done = period }
                continue
            }
            if !ascii, token == "🔁" {
                var parts: [String] = []
                while index < tokens.count, parts.count < 2, ["every", "week", "month", "quarter"].contains(tokens[index].lowercased()) {
                    parts.append(tokens[index].lowercased())
                    index += 1
                }
                every = recurrence(parts.last ?? "", token: token)
                continue
            }
            if !ascii || token.utf8.contains(UInt8(ascii: ":")), let colon = token.firstIndex(of: ":"), colon != token.startIndex {
                let key = token[..<colon].lowercased(), value = String(token[token.index(after: colon)...])
                switch key {
                case "due": due = date(value, field: "due", token: token); continue
                case "done": done = date(value, field: "done", token: token); continue
                case "every": every = recurrence(value, token: token); continue
                case "id": id = value; continue
                case "after": after += value.split(separator: ",").map(String.init); continue
                default: break
                }
            }
            if length > 1, startsWith("#"), !token.dropFirst().allSatisfy(\.isNumber) {
                let name = token.dropFirst().trimming(".,;:!?)")
                let (l, c) = column(of: token)
                let id = skills.resolve(name, line: l, column: c, reporter: reporter)
                if !skillIDs.contains(id) { skillIDs.append(id) }
                continue
            }
            if allowGoals, length > 1, startsWith("+") {
                goalIDs.append(String(token.dropFirst()))
                continue
            }
            if length > 1, startsWith("~"), Duration.looksLikeDuration(String(token.dropFirst())) {
                if let minutes = Duration.minutes(String(token.dropFirst())) {
                    estimateMinutes = minutes
                } else {
                    let (l, c) = column(of: token)
                    reporter.report(.invalidDuration, "'\(token)' is not an estimate", line: l, column: c,
                                    hint: "write ~40h, ~90m or ~1.5h")
                }
                continue
            }
            words.append(token)
        }
        title = words.joined(separator: " ")
    }

}
