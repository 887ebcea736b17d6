/// Numbers and dates as reports show them: fixed rules, no locale, so the same
/// value prints the same bytes on every machine.
public enum Format {
    /// An integer with thousands separators: 120000 -> "120,000".
    public static func integer(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return value < 0 ? "-" + grouped : grouped
    }

    /// A value rounded half-up to at most `places` decimals, trailing zeros dropped:
    /// 72 -> "72", 31.5 -> "31.5", 26.2857 -> "26.3" (places 1), 0.125 -> "0.13" (places 2).
    public static func number(_ value: Double, places: Int = 1) -> String {
        guard value.isFinite else { return "-" }
        var scale = 1
        for _ in 0..<places { scale *= 10 }
        let scaled = Numbers.roundHalfUp(value.magnitude * Double(scale))
        let whole = scaled / scale
        var fraction = String(scaled % scale)
        fraction = String(repeating: "0", count: max(0, places - fraction.count)) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        let sign = value < 0 && scaled > 0 ? "-" : ""
        return sign + integer(whole) + (fraction.isEmpty ? "" : "." + fraction)
    }

    /// Hours to one decimal: 12.5 -> "12.5 h".
    public static func hours(_ value: Double) -> String { number(value) + " h" }

    /// A share 0...1 as a whole percentage, rounded half-up: 0.8 -> "80%", 2/3 -> "67%".
    public static func percent(_ share: Double) -> String {
        "\(Numbers.roundHalfUp(share * 100))%"
    }

    /// A yearly amount rounded to a whole unit, with its currency: "120,000 USD".
    public static func money(_ amount: Double, _ currency: String) -> String {
        "\(integer(Numbers.roundHalfUp(amount))) \(currency)"
    }

    /// A yearly amount rounded to a whole unit without its currency: "120,000".
    public static func amount(_ amount: Double) -> String {
        integer(Numbers.roundHalfUp(amount))
    }

    /// Years of experience: "6 years", "1 year", "2.5 years".
    public static func years(_ value: Double) -> String {
        let text = number(value)
        return text == "1" ? "1 year" : "\(text) years"
    }

    /// "3 skills", "1 skill": a count with its noun, plural by an added "s" unless given.
    public static func count(_ value: Int, _ noun: String, plural: String? = nil) -> String {
        "\(integer(value)) \(value == 1 ? noun : plural ?? noun + "s")"
    }

    /// Words joined as people write them: "a", "a and b", "a, b and c".
    public static func list(_ words: [String]) -> String {
        switch words.count {
        case 0: ""
        case 1: words[0]
        default: words.dropLast().joined(separator: ", ") + " and " + words.last!
        }
    }
}
