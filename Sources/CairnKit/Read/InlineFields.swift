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

    /// Reads `text` written on `line` (items may continue on following lines); `title` stays
    /// empty unless `keepingTitle` (a log entry has none: its text is kept whole).
    init(_ text: String, line: Int, reporter: Reporter, skills: SkillResolver, allowGoals: Bool, keepingTitle: Bool = true) {
        let context = Context(line: line, reporter: reporter, skills: skills, allowGoals: allowGoals)
        guard text.isASCII else {
            var tokens = text.pieceStrings(separatedBy: " \t")[...]
            var words: [String] = []
            while let token = tokens.popFirst() {
                if !read(token, rest: &tokens, context) && keepingTitle { words.append(token) }
            }
            title = words.joined(separator: " ")
            return
        }
        // ASCII text, on its bytes: a word that cannot be a field (no `:`, not led by `#`, `+` or
        // `~`) goes to the title as bytes, with no string made for it; the others are read as any
        // token is. An ASCII token holds no signifier, so none reads the tokens after it.
        var text = text, words: [UInt8] = []
        text.withUTF8 { bytes in
            var start = 0
            func token(upTo end: Int) {
                defer { start = end + 1 }
                guard start < end else { return }
                let token = UnsafeBufferPointer(rebasing: bytes[start..<end])
                if Self.mayBeField(token) {
                    var none: ArraySlice<String> = []
                    if read(String(decoding: token, as: UTF8.self), rest: &none, context) { return }
                }
                guard keepingTitle else { return }
                if !words.isEmpty { words.append(UInt8(ascii: " ")) }
                words.append(contentsOf: token)
            }
            for index in bytes.indices where bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") {
                token(upTo: index)
            }
            token(upTo: bytes.count)
        }
        if keepingTitle { title = String(decoding: words, as: UTF8.self) }
    }

    /// Whether an ASCII token may be a field: it holds a `:` or starts with `#`, `+` or `~`.
    private static func mayBeField(_ token: UnsafeBufferPointer<UInt8>) -> Bool {
        let first = token[0]
        return first == UInt8(ascii: "#") || first == UInt8(ascii: "+") || first == UInt8(ascii: "~") || token.contains(UInt8(ascii: ":"))
    }

    /// What the reading of one text's tokens needs.
    private struct Context {
        var line: Int
        var reporter: Reporter
        var skills: SkillResolver
        var allowGoals: Bool

        /// Where `token` is written: the first of the item's lines that holds it.
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
    }

    /// Reads `token` as a field, and for a signifier written apart from its value the tokens of
    /// `rest` it takes; false when the token is a word of the title.
    private mutating func read(_ token: String, rest tokens: inout ArraySlice<String>, _ context: Context) -> Bool {
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
            if value.isEmpty, let next = tokens.popFirst() { value = next }
            let period = context.date(value, field: isDue ? "📅" : "✅", token: token)
            if isDue { due = period } else { done = period }
            return true
        }
        if !ascii, token == "🔁" {
            var parts: [String] = []
            while let next = tokens.first, parts.count < 2, ["every", "week", "month", "quarter"].contains(next.lowercased()) {
                parts.append(next.lowercased())
                tokens.removeFirst()
            }
            every = context.recurrence(parts.last ?? "", token: token)
            return true
        }
        if !ascii || token.utf8.contains(UInt8(ascii: ":")), let colon = token.firstIndex(of: ":"), colon != token.startIndex {
            let key = token[..<colon].lowercased(), value = String(token[token.index(after: colon)...])
            switch key {
            case "due": due = context.date(value, field: "due", token: token); return true
            case "done": done = context.date(value, field: "done", token: token); return true
            case "every": every = context.recurrence(value, token: token); return true
            case "id": id = value; return true
            case "after": after += value.split(separator: ",").map(String.init); return true
            default: break
            }
        }
        if length > 1, startsWith("#"), !token.dropFirst().allSatisfy(\.isNumber) {
            let name = token.dropFirst().trimming(".,;:!?)")
            let (l, c) = context.column(of: token)
            let id = context.skills.resolve(name, line: l, column: c, reporter: context.reporter)
            if !skillIDs.contains(id) { skillIDs.append(id) }
            return true
        }
        if context.allowGoals, length > 1, startsWith("+") {
            goalIDs.append(String(token.dropFirst()))
            return true
        }
        if length > 1, startsWith("~"), Duration.looksLikeDuration(String(token.dropFirst())) {
            if let minutes = Duration.minutes(String(token.dropFirst())) {
                estimateMinutes = minutes
            } else {
                let (l, c) = context.column(of: token)
                context.reporter.report(.invalidDuration, "'\(token)' is not an estimate", line: l, column: c,
                                        hint: "write ~40h, ~90m or ~1.5h")
            }
            return true
        }
        return false
    }
}
