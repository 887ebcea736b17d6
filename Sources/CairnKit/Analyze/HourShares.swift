/// A log entry's hours shared out by id (skills, or goals with "" for other), in the order the
/// ids were first given hours. An entry names a skill or two and counts for a goal or two: the
/// pairs are looked for one by one in an array, where a dictionary per entry took an allocation
/// of its storage and a hash of every id for the thousands of entries of a long log.
public struct HourShares: Sendable, Equatable, Sequence, ExpressibleByDictionaryLiteral {
    public typealias Element = (key: String, value: Double)

    /// The first pair, held in place: most entries have one skill and one goal, and an array
    /// of their own was two allocations an entry.
    private var first: Element?
    /// The pairs after the first.
    private var more: [Element] = []

    public init() {}

    /// The pairs, a key given twice adding its values.
    public init(dictionaryLiteral elements: (String, Double)...) {
        for (key, value) in elements { self[key, default: 0] += value }
    }

    public var isEmpty: Bool { first == nil }

    public var count: Int { first == nil ? 0 : 1 + more.count }

    /// The hours of `key`, nil when it has none.
    public subscript(key: String) -> Double? {
        if let first, first.key == key { return first.value }
        return more.first { $0.key == key }?.value
    }

    /// The hours of `key`, `value` when it has none; setting adds `key` after the others.
    public subscript(key: String, default value: Double) -> Double {
        get { self[key] ?? value }
        set {
            if first == nil {
                first = (key, newValue)
            } else if first!.key == key {
                first!.value = newValue
            } else if let index = more.firstIndex(where: { $0.key == key }) {
                more[index].value = newValue
            } else {
                more.append((key, newValue))
            }
        }
    }

    /// Room for `count` keys before the pairs grow.
    mutating func reserveCapacity(_ count: Int) { if count > 1 { more.reserveCapacity(count - 1) } }

    public struct Iterator: IteratorProtocol {
        fileprivate let shares: HourShares
        fileprivate var index = 0

        public mutating func next() -> Element? {
            defer { index += 1 }
            if index == 0 { return shares.first }
            return index <= shares.more.count ? shares.more[index - 1] : nil
        }
    }

    public func makeIterator() -> Iterator { Iterator(shares: self) }

    /// The same keys with the same hours, in any order (as two dictionaries are equal).
    public static func == (a: HourShares, b: HourShares) -> Bool {
        a.count == b.count && a.allSatisfy { b[$0.key] == $0.value }
    }
}
