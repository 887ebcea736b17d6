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
        minutes(of: text.lowercased(), isNumber: \.isNumber, dot: ".", h: "h", m: "m") { Double(String($0)) }
    }

    /// `looksLikeDuration` character by character, for any text.
    static func looksLikeDuration(characters token: String) -> Bool {
        looksLikeDuration(Array(token.lowercased()), isNumber: \.isNumber, dot: ".", h: "h", m: "m") { String($0) }
    }

    // ASCII text (nearly every log entry's first word) goes byte by byte: a character is a byte,
    // and a number one of 0-9. The same rules as for characters (DurationTests compare them).

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    static func minutes(ascii text: String) -> Int? {
        minutes(of: text.utf8.lazy.map(\.asciiLowercased), isNumber: isDigit, dot: UInt8(ascii: "."), h: UInt8(ascii: "h"),
                m: UInt8(ascii: "m")) { Double(String(decoding: $0, as: UTF8.self)) }
    }

    static func looksLikeDuration(ascii token: String) -> Bool {
        looksLikeDuration(token.utf8.map(\.asciiLowercased), isNumber: isDigit, dot: UInt8(ascii: "."), h: UInt8(ascii: "h"),
                          m: UInt8(ascii: "m")) { String(decoding: $0, as: UTF8.self) }
    }

    // The rules, over lower-cased characters or bytes.

    private static func minutes<Element: Equatable>(of lowered: some Sequence<Element>, isNumber: (Element) -> Bool, dot: Element,
                                                    h: Element, m: Element, value: ([Element]) -> Double?) -> Int? {
        var total = 0.0
        var number: [Element] = []
        var sawUnit = false
        var lastUnit: Element?
        for element in lowered {
            if isNumber(element) || element == dot {
                number.append(element)
            } else if element == h || element == m {
                guard let value = value(number), value >= 0 else { return nil }
                if element == h { guard lastUnit == nil else { return nil }; total += value * 60 }
                else { guard lastUnit != m else { return nil }; total += value }
                lastUnit = element
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

    private static func looksLikeDuration<Element: Equatable>(_ lowered: [Element], isNumber: (Element) -> Bool, dot: Element,
                                                              h: Element, m: Element, text: (ArraySlice<Element>) -> String) -> Bool {
        guard let first = lowered.first, isNumber(first) else { return false }
        if lowered.allSatisfy({ isNumber($0) || $0 == dot || $0 == h || $0 == m }) { return lowered.contains(h) || lowered.contains(m) }
        return misspeltUnits.contains(text(lowered.drop { isNumber($0) || $0 == dot }))
    }
}
