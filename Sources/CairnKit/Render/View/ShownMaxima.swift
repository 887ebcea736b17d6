/// Each part's maximum as `Format.number` shows it, made again only when a row's differs from
/// the row before: the parts of job matches have the same maximum in every row, and the market's
/// chart and its ranked postings show the five of each of thousands.
struct ShownMaxima {
    private var last: [(value: Double, shown: String)?]

    init(parts: Int) { last = Array(repeating: nil, count: parts) }

    mutating func number(_ value: Double, part: Int) -> String {
        guard part < last.count else { return Format.number(value) }
        if let last = last[part], last.value == value { return last.shown }
        let shown = Format.number(value)
        last[part] = (value, shown)
        return shown
    }
}
