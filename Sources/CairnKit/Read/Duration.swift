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
        if let whole = wholeMinutes(ascii: text) { return whole }
        return minutes(of: text.utf8.lazy.map(\.asciiLowercased), isNumber: isDigit, dot: UInt8(ascii: "."), h: UInt8(ascii: "h"),
                m: UInt8(ascii: "m")) { Double(String(decoding: $0, as: UTF8.self)) }
    }

    static func looksLikeDuration(ascii token: String) -> Bool {
        // Digits and units only (`90m`, `1.5h`): no array of the lowered bytes made.
        if let first = token.utf8.first, isDigit(first), token.utf8.allSatisfy({ isDigit($0) || isUnitOrDot($0) }) {
            return token.utf8.contains { $0 != UInt8(ascii: ".") && isUnitOrDot($0) }
        }
        return looksLikeDuration(token.utf8.map(\.asciiLowercased), isNumber: isDigit, dot: UInt8(ascii: "."), h: UInt8(ascii: "h"),
                          m: UInt8(ascii: "m")) { String(decoding: $0, as: UTF8.self) }
    }

    private static func isUnitOrDot(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "h"), UInt8(ascii: "H"), UInt8(ascii: "m"), UInt8(ascii: "M"), UInt8(ascii: "."): true
        default: false
        }
    }

    /// `minutes(ascii:)` of a token of digits and units only, each number of at most nine digits
    /// (`120m`, `1h30m`: nearly every log entry's), counted in whole numbers; nil for any other
    /// token, which the rules below read, and `.some(nil)` for a token of this kind that is no
    /// duration (`30m1h`).
    private static func wholeMinutes(ascii text: String) -> Int?? {
        var total = 0, number = 0, digits = 0, sawUnit = false, lastUnit: UInt8 = 0
        for byte in text.utf8 {
            if isDigit(byte) {
                guard digits < 9 else { return nil }
                number = number * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
                continue
            }
            let unit = byte.asciiLowercased
            guard unit == UInt8(ascii: "h") || unit == UInt8(ascii: "m") else { return nil }
            guard digits > 0 else { return .some(nil) }
            if unit == UInt8(ascii: "h") { guard lastUnit == 0 else { return .some(nil) }; total += number * 60 }
            else { guard lastUnit != unit else { return .some(nil) }; total += number }
            lastUnit = unit
            number = 0
            digits = 0
            sawUnit = true
        }
        guard sawUnit, digits == 0 else { return .some(nil) }
        return .some(total > 0 && total <= longest ? total : nil)
    }

    /// The most minutes a duration may hold (about 4,000 years): a longer one reads as no
    /// duration, not as a number too large for the counts made from it.
    static let longest = Int(Int32.max)

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
        guard sawUnit, number.isEmpty, total.rounded() <= Double(longest) else { return nil }
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
