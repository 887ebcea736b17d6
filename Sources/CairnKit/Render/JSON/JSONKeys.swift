/// The coding keys of one encoding, each converted, quoted and escaped once, with its place in
/// key order (its rank), so that writing a member copies bytes and putting an object's members in
/// order compares integers. An analysis repeats a few hundred keys over hundreds of thousands of
/// members.
struct JSONKeys {
    /// `"key" : ` for each key, by id.
    private var written: [[UInt8]] = []
    private var names: [String] = []
    /// Each key's place in key order, by id; a new key moves the ones after it, never the
    /// order of two keys already known.
    private(set) var ranks: [Int] = []
    /// Ids in key order.
    private var order: [Int] = []
    private var byName: [String: Int] = [:]
    /// The last key string seen in each slot, by its bits (a coding key's `stringValue` is
    /// most often the same literal each time): the same bits are the same string, which the
    /// slot keeps alive. Other strings are looked up by name.
    private var recent = [(key: String, id: Int)](repeating: ("", -1), count: 512)
    private let convert: (String) -> String

    init(convert: @escaping (String) -> String) {
        self.convert = convert
    }

    /// The id of the key `stringValue` converts to.
    mutating func id(of stringValue: String) -> Int {
        guard let bits = Self.bits(stringValue) else { return id(converted: convert(stringValue)) }
        let slot = Int(truncatingIfNeeded: ((bits.0 &* 0x9E37_79B9_7F4A_7C15) ^ bits.1) >> 55) & (recent.count - 1)
        if recent[slot].id >= 0, Self.bits(recent[slot].key)! == bits { return recent[slot].id }
        let id = id(converted: convert(stringValue))
        recent[slot] = (stringValue, id)
        return id
    }

    private mutating func id(converted name: String) -> Int {
        byName[name] ?? add(name)
    }

    /// Writes `"key" : ` of the key `id`.
    func write(_ id: Int, into writer: inout JSONWriter) {
        written[id].withUnsafeBufferPointer { writer.append($0) }
    }

    private mutating func add(_ name: String) -> Int {
        let id = names.count
        names.append(name)
        byName[name] = id
        var writer = JSONWriter(capacity: name.utf8.count + 8)
        writer.string(name)
        writer.ascii(" : ")
        written.append(Array(writer.written))
        writer.deallocate()
        // Its place in key order, and the ranks from there on.
        var low = 0, high = order.count
        while low < high {
            let middle = (low + high) / 2
            if JSONKeys.precedes(names[order[middle]], name) { low = middle + 1 } else { high = middle }
        }
        order.insert(id, at: low)
        ranks.append(0)
        for rank in low ..< order.count { ranks[order[rank]] = rank }
        return id
    }

    /// A string's two words (nil where a String is not two words).
    private static func bits(_ string: String) -> (UInt64, UInt64)? {
        withUnsafeBytes(of: string) { raw in
            raw.count == 16 ? (raw.load(as: UInt64.self), raw.load(fromByteOffset: 8, as: UInt64.self)) : nil
        }
    }

    /// Whether `a` comes before `b` in the order of their UTF-8 bytes, as Foundation sorts keys.
    static func precedes(_ a: String, _ b: String) -> Bool {
        var a = a, b = b
        return a.withUTF8 { a in
            b.withUTF8 { b in
                for index in 0 ..< min(a.count, b.count) where a[index] != b[index] { return a[index] < b[index] }
                return a.count < b.count
            }
        }
    }
}
