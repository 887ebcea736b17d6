/// Durations as written in plans: `2h`, `90m`, `1.5h`, `1h30m`.
enum Duration {
    /// Minutes in `text`, or nil when it is not a duration.
    static func minutes(_ text: String) -> Int? {
        text.isASCII ? minutes(ascii: text) : minutes(characters: text)
    }

    /// True when `token` is written like a duration (`2h`, `1h30m`) or like a misspelt one
    /// (`2hrs`, `90min`), so that a bad one gets a diagnostic instead of passing as text.
    static func looksLikeDuration(_ token: String) -> Bool {
        token.isASCII ? looksLikeDuration(ascii: token) : looksLikeDuration(characters: token)
    }

    private static let misspeltUnits: Set<String> = ["hr", "hrs", "hour", "hours", "min", "mins", "minute", "minutes"]

    /// `minutes` character by character, for any text.
    static func minutes(characters text: String) -> Int? {
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

    /// `looksLikeDuration` character by character, for any text.
    static func looksLikeDuration(characters token: String) -> Bool {
        guard let first = token.first, first.isNumber else { return false }
        let lowered = token.lowercased()
        if lowered.allSatisfy({ $0.isNumber || $0 == "." || $0 == "h" || $0 == "m" }) {
            return lowered.utf8.contains(UInt8(ascii: "h")) || lowered.utf8.contains(UInt8(ascii: "m"))
        }
        let letters = lowered.drop { $0.isNumber || $0 == "." }
        return misspeltUnits.contains(String(letters))
    }

    // ASCII text (nearly every log entry's first word) on bytes: a character is a byte, and a
    // number is one of 0-9. The same answers as the character paths (DurationTests compare them).

    private static let h = UInt8(ascii: "h"), m = UInt8(ascii: "m"), dot = UInt8(ascii: ".")

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    static func minutes(ascii text: String) -> Int? {
        var total = 0.0
        var number: [UInt8] = []
        var sawUnit = false
        var lastUnit: UInt8?
        for byte in text.utf8.lazy.map(\.asciiLowercased) {
            if isDigit(byte) || byte == dot {
                number.append(byte)
            } else if byte == h || byte == m {
                guard let value = Double(String(decoding: number, as: UTF8.self)), value >= 0 else { return nil }
                if byte == h { guard lastUnit == nil else { return nil }; total += value * 60 }
                else { guard lastUnit != m else { return nil }; total += value }
                lastUnit = byte
                number = []
                sawUnit = true
            } else {
                return nil
            }
        }
        guard sawUnit, number.isEmpty else { return nil }
        let rounded = Int(total.rounded())
        return rounded > 0 ? rounded : nil
    }

    static func looksLikeDuration(ascii token: String) -> Bool {
        let bytes = token.utf8.map(\.asciiLowercased)
        guard let first = bytes.first, isDigit(first) else { return false }
        if bytes.allSatisfy({ isDigit($0) || $0 == dot || $0 == h || $0 == m }) { return bytes.contains(h) || bytes.contains(m) }
        return misspeltUnits.contains(String(decoding: bytes.drop { isDigit($0) || $0 == dot }, as: UTF8.self))
    }
}
