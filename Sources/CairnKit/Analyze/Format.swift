/// Numbers and dates as reports show them: fixed rules, no locale, so the same
/// value prints the same bytes on every machine.
public enum Format {
    /// An integer with thousands separators: 120000 -> "120,000".
    public static func integer(_ value: Int) -> String {
        written(negative: value < 0, whole: value.magnitude, fraction: 0, fractionDigits: 0)
    }

    /// A value rounded half-up to at most `places` decimals, trailing zeros dropped:
    /// 72 -> "72", 31.5 -> "31.5", 26.2857 -> "26.3" (places 1), 0.125 -> "0.13" (places 2).
    public static func number(_ value: Double, places: Int = 1) -> String {
        guard value.isFinite else { return "-" }
        var scale = 1
        for _ in 0..<places { scale *= 10 }
        let scaled = Numbers.roundHalfUp(value.magnitude * Double(scale))
        var fraction = scaled % scale, digits = places
        while digits > 0 && fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        return written(negative: value < 0 && scaled > 0, whole: UInt(scaled / scale), fraction: fraction, fractionDigits: digits)
    }

    /// `-` when `negative`, `whole` with a `,` between thousands, then `.` and `fraction` in
    /// `fractionDigits` digits (leading zeros kept) unless that is 0. Written backwards on bytes:
    /// reports show tens of thousands of numbers, and a string made piece by piece cost thousands
    /// of instructions each.
    private static func written(negative: Bool, whole: UInt, fraction: Int, fractionDigits: Int) -> String {
        let capacity = 32 + fractionDigits
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { bytes in
            var start = capacity
            func put(_ byte: UInt8) {
                start -= 1
                bytes[start] = byte
            }
            if fractionDigits > 0 {
                var rest = fraction
                for _ in 0..<fractionDigits {
                    put(UInt8(ascii: "0") + UInt8(rest % 10))
                    rest /= 10
                }
                put(UInt8(ascii: "."))
            }
            var rest = whole, count = 0
            repeat {
                if count > 0 && count % 3 == 0 { put(UInt8(ascii: ",")) }
                put(UInt8(ascii: "0") + UInt8(rest % 10))
                rest /= 10
                count += 1
            } while rest > 0
            if negative { put(UInt8(ascii: "-")) }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self)
        }
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

    /// `first` and `second` joined by `separator`, either alone when the other is nil, or "": what
    /// `[first, second].compactMap { $0 }.joined(separator:)` gives, without the array (a row of
    /// every saved posting and of every gap makes one).
    static func joined(_ first: String?, _ second: String?, separator: String) -> String {
        switch (first, second) {
        case let (first?, second?): first + separator + second
        case let (first?, nil): first
        case let (nil, second?): second
        case (nil, nil): ""
        }
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
