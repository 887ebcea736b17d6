import Foundation

/// Reads one YAML value as a given type, reporting what is wrong with it.
struct ValueReader {
    let reporter: Reporter

    init(_ reporter: Reporter) { self.reporter = reporter }

    func text(_ node: YAMLNode, field: String) -> String? { scalar(node, field: field, expected: "text") }

    /// The scalar's text; a list or map is reported as the wrong type, named as `expected`.
    private func scalar(_ node: YAMLNode, field: String, expected: String) -> String? {
        guard let text = node.scalar else {
            let hint = expected == "text" ? "write it on one line, in quotes if it contains ': '" : "write a single value"
            reporter.report(.wrongType, "'\(field)' should be \(expected), not \(node.kindName)", at: node, hint: hint)
            return nil
        }
        return text
    }

    /// A number between `minimum` and `maximum` (at most `largest`), and none of a size no plan
    /// holds: 0 or at least `smallest`.
    func number(_ node: YAMLNode, field: String, minimum: Double = 0, maximum: Double = ValueReader.largest) -> Double? {
        guard let text = scalar(node, field: field, expected: "a number") else { return nil }
        guard let value = ValueReader.parseNumber(text) else {
            reporter.report(.wrongType, "'\(field)' should be a number, not '\(text)'", at: node,
                            hint: "write digits only, for example \(field): 6")
            return nil
        }
        let maximum = min(maximum, ValueReader.largest)
        guard value >= minimum && value <= maximum else {
            let bound = maximum < ValueReader.largest ? "between \(ValueReader.format(minimum)) and \(ValueReader.format(maximum))"
                : value < minimum ? "at least \(ValueReader.format(minimum))" : "at most \(ValueReader.format(maximum))"
            reporter.report(.invalidValue, "'\(field)' is \(text), but it must be \(bound)", at: node)
            return nil
        }
        guard value == 0 || value.magnitude >= ValueReader.smallest else {
            reporter.report(.invalidValue, "'\(field)' is \(text), but a number other than 0 must be at least \(ValueReader.format(ValueReader.smallest))",
                            at: node, hint: "write 0 for none")
            return nil
        }
        return value
    }

    /// The largest number a plan's field holds (a salary in any currency, hours, a budget): the
    /// figures made from larger ones would pass what an integer holds, which trapped.
    static let largest = 1e12

    /// The smallest number other than 0 a field holds: hours divided by a smaller one would be
    /// as large as the largest.
    static let smallest = 0.001

    func bool(_ node: YAMLNode, field: String) -> Bool? {
        guard let text = scalar(node, field: field, expected: "true or false") else { return nil }
        switch text.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default:
            reporter.report(.wrongType, "'\(field)' should be true or false, not '\(text)'", at: node)
            return nil
        }
    }

    func date(_ node: YAMLNode, field: String) -> DatePeriod? {
        guard let text = scalar(node, field: field, expected: "a date") else { return nil }
        return ValueReader.date(text, field: field, line: node.line, column: node.column, reporter: reporter)
    }

    /// Parses a date written anywhere (front-matter or inline), reporting a bad one.
    static func date(_ text: String, field: String, line: Int, column: Int, reporter: Reporter) -> DatePeriod? {
        if let period = DatePeriod(text) { return period }
        let looksLikeDate = text.count >= 7 && text.prefix(4).allSatisfy(\.isNumber) && text.dropFirst(4).first == "-"
        let message = looksLikeDate ? "'\(text)' in '\(field)' is not a date in the calendar"
            : "'\(field)' should be a date, not '\(text)'"
        reporter.report(.invalidDate, message, line: line, column: column,
                        hint: "write YYYY-MM-DD, YYYY-MM or YYYY-Qn, for example 2026-06-30, 2026-06 or 2026-Q2")
        return nil
    }

    func word<V: Vocabulary>(_ node: YAMLNode, field: String, as type: V.Type) -> V? {
        guard let text = self.text(node, field: field) else { return nil }
        if let value = V(word: text) { return value }
        let hint = Suggestions.didYouMean(text, in: V.words).map { "\($0) (one of: \(V.words.joined(separator: ", ")))" }
            ?? "use one of: \(V.words.joined(separator: ", "))"
        reporter.report(.invalidValue, "'\(text)' is not a valid '\(field)'", at: node, hint: hint)
        return nil
    }

    func level(_ node: YAMLNode, field: String) -> Level? {
        guard let text = scalar(node, field: field, expected: "a level (0-3)") else { return nil }
        return ValueReader.level(text, field: field, line: node.line, column: node.column, reporter: reporter)
    }

    static func level(_ text: String, field: String, line: Int, column: Int, reporter: Reporter) -> Level? {
        if let level = Level(text: text) { return level }
        if Double(text) != nil {
            reporter.report(.levelOutOfRange, "the level of '\(field)' is \(text), outside 0-3", line: line, column: column,
                            hint: "levels are 0 none, 1 basic, 2 proficient, 3 expert")
        } else {
            let names = Level.allCases.map(\.name)
            reporter.report(.invalidValue, "'\(text)' is not a level for '\(field)'", line: line, column: column,
                            hint: Suggestions.didYouMean(text, in: names) ?? "use 0-3 or none, basic, proficient, expert")
        }
        return nil
    }

    /// A list of single values (a lone value counts as a list of one).
    func textList(_ node: YAMLNode, field: String) -> [(String, YAMLNode)] {
        switch node.value {
        case .scalar(let text): return node.isNull ? [] : [(text, node)]
        case .sequence(let items):
            return items.compactMap { item in self.text(item, field: field).map { ($0, item) } }
        case .mapping:
            reporter.report(.wrongType, "'\(field)' should be a list, not a map", at: node, hint: "write it as [a, b] or as '- a' lines")
            return []
        }
    }

    func currency(_ node: YAMLNode, field: String) -> String? {
        guard let text = self.text(node, field: field) else { return nil }
        if let code = ValueReader.asciiCurrency(text) { return code }
        guard text.count == 3, text.allSatisfy({ $0.isASCII && $0.isLetter }) else {
            reporter.report(.invalidValue, "'\(text)' is not a currency code", at: node, hint: "use a three-letter ISO code such as USD, EUR or GBP")
            return nil
        }
        return text.uppercased()
    }

    /// Three ASCII letters, uppercased, read on bytes (nearly every code): what `currency` makes of
    /// them; nil for any other text, which `currency` reads by characters.
    static func asciiCurrency(_ text: String) -> String? {
        let utf8 = text.utf8
        guard utf8.count == 3, utf8.allSatisfy({ $0 | 0x20 >= UInt8(ascii: "a") && $0 | 0x20 <= UInt8(ascii: "z") }) else { return nil }
        return String(unsafeUninitializedCapacity: 3) { code in
            for (index, byte) in utf8.enumerated() { code[index] = byte & ~0x20 }
            return 3
        }
    }

    /// Digits with an optional sign, fraction and `_` or `,` thousands separators; no inf or nan.
    static func parseNumber(_ text: String) -> Double? {
        wholeNumber(text) ?? anyNumber(text)
    }

    /// `parseNumber` by the rule, for any text.
    static func anyNumber(_ text: String) -> Double? {
        let cleaned = text.utf8.filter { $0 != UInt8(ascii: "_") && $0 != UInt8(ascii: ",") }
        let isDigit = { (byte: UInt8) in byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        guard cleaned.allSatisfy({ isDigit($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "+") }),
              cleaned.contains(where: isDigit) else { return nil }
        return Double(String(decoding: cleaned, as: UTF8.self))
    }

    /// `text` as a whole number when it is 1 to 15 digits alone (nearly every number of a plan):
    /// exact in a `Double` (below 2^53), as its text would parse; nil for anything else.
    static func wholeNumber(_ text: String) -> Double? {
        let utf8 = text.utf8
        guard !utf8.isEmpty, utf8.count <= 15 else { return nil }
        var value = 0
        for byte in utf8 {
            guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return Double(value)
    }

    /// A number without a trailing ".0".
    static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
