/// Durations as written in plans: `2h`, `90m`, `1.5h`, `1h30m`.
enum Duration {
    /// Minutes in `text`, or nil when it is not a duration.
    static func minutes(_ text: String) -> Int? {
        let lowered = text.lowercased()
        var total = 0.0
        var number = ""
        var sawUnit = false
        var lastUnit: Character?
        for character in lowered {
            if character.isNumber || character == "." {
                number.append(character)
            } else if character == "h" || character == "m" {
                guard let value = Double(number), value >= 0 else { return nil }
                if character == "h" { guard lastUnit == nil else { return nil }; total += value * 60 }
                else { guard lastUnit != "m" else { return nil }; total += value }
                lastUnit = character
                number = ""
                sawUnit = true
            } else {
                return nil
            }
        }
        guard sawUnit, number.isEmpty else { return nil }
        let rounded = Int(total.rounded())
        return rounded > 0 ? rounded : nil
    }

    /// True when `token` starts like a duration (digits then letters), so a bad one deserves a diagnostic.
    static func looksLikeDuration(_ token: String) -> Bool {
        guard let first = token.first, first.isNumber else { return false }
        let letters = token.drop { $0.isNumber || $0 == "." }
        guard !letters.isEmpty, letters.allSatisfy({ $0.isLetter }) else { return false }
        return ["h", "m", "hr", "hrs", "hour", "hours", "min", "mins", "minute", "minutes"].contains(letters.lowercased())
            || letters.lowercased().hasPrefix("h") || letters.lowercased().hasPrefix("m")
    }
}
