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

    /// True when `token` is written like a duration (`2h`, `1h30m`) or like a misspelt one
    /// (`2hrs`, `90min`), so that a bad one gets a diagnostic instead of passing as text.
    static func looksLikeDuration(_ token: String) -> Bool {
        guard let first = token.first, first.isNumber else { return false }
        let lowered = token.lowercased()
        if lowered.allSatisfy({ $0.isNumber || $0 == "." || $0 == "h" || $0 == "m" }) {
            return lowered.utf8.contains(UInt8(ascii: "h")) || lowered.utf8.contains(UInt8(ascii: "m"))
        }
        let letters = lowered.drop { $0.isNumber || $0 == "." }
        return ["hr", "hrs", "hour", "hours", "min", "mins", "minute", "minutes"].contains(String(letters))
    }
}
