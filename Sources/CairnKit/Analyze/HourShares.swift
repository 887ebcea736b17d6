/// A log entry's hours shared out by id (skills, or goals with "" for other), in the order the
/// ids were first given hours. An entry names a skill or two and counts for a goal or two: the
/// pairs are looked for one by one in an array, where a dictionary per entry took an allocation
/// of its storage and a hash of every id for the thousands of entries of a long log.
public struct HourShares: Sendable, Equatable, Sequence, ExpressibleByDictionaryLiteral {
    public typealias Element = (key: String, value: Double)

    private var pairs: [Element] = []

    public init() {}

    /// The pairs, a key given twice adding its values.
    public init(dictionaryLiteral elements: (String, Double)...) {
        for (key, value) in elements { self[key, default: 0] += value }
    }

    public var isEmpty: Bool { pairs.isEmpty }

    public var count: Int { pairs.count }

    /// The hours of `key`, nil when it has none.
    public subscript(key: String) -> Double? {
        pairs.first { $0.key == key }?.value
    }

    /// The hours of `key`, `value` when it has none; setting adds `key` after the others.
    public subscript(key: String, default value: Double) -> Double {
        get { self[key] ?? value }
        set {
            if let index = pairs.firstIndex(where: { $0.key == key }) {
                pairs[index].value = newValue
            } else {
                pairs.append((key, newValue))
            }
        }
    }

    /// Room for `count` keys before the pairs grow.
    mutating func reserveCapacity(_ count: Int) { pairs.reserveCapacity(count) }

    public func makeIterator() -> IndexingIterator<[Element]> { pairs.makeIterator() }

    /// The same keys with the same hours, in any order (as two dictionaries are equal).
    public static func == (a: HourShares, b: HourShares) -> Bool {
        a.count == b.count && a.pairs.allSatisfy { b[$0.key] == $0.value }
    }
}
