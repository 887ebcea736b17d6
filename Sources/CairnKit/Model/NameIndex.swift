#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Skill or role ids by the normalised form of a name (`Taxonomy.normalise`), found from a name
/// as written without making the normalised text: an ASCII name is normalised into a buffer on
/// the stack, hashed as it is written, and compared as bytes. Every posting's skills and title
/// and every log entry's skill are looked up, tens of thousands of names on a large plan; a
/// String made and hashed for each cost about 2,000 instructions.
///
/// An open-addressing table. A name removed keeps its key with no id, so nothing is ever moved.
struct NameIndex: Sendable {
    private struct Entry: Sendable {
        var offset: Int
        var count: Int
        var hash: UInt64
        var id: String?
    }
    /// The normalised keys, one after another.
    private var keys: [UInt8] = []
    private var entries: [Entry] = []
    /// Positions in `entries` plus one (0: empty); a power of two of them, at most half used.
    private var slots: [Int32] = []

    /// The id with the normalised name `key`.
    subscript(normalised key: String) -> String? {
        get {
            var key = key
            return key.withUTF8 { bytes in position(of: bytes, hash: ByteScan.fnv1a(bytes)).map { entries[$0].id } ?? nil }
        }
        set {
            var key = key
            key.withUTF8 { bytes in set(bytes, to: newValue) }
        }
    }

    /// The id named `name`, normalised as `Taxonomy.normalise` does.
    func id(for name: String) -> String? {
        let ascii: String?? = name.utf8.withContiguousStorageIfAvailable { bytes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, bytes.count)) { buffer in
                guard let (count, hash) = Taxonomy.normaliseASCII(bytes, into: buffer) else { return nil }
                return .some(position(of: UnsafeBufferPointer(rebasing: buffer[..<count]), hash: hash).flatMap { entries[$0].id })
            }
        } ?? nil
        return ascii ?? self[normalised: Taxonomy.normalise(name)]
    }

    /// Every normalised name that has an id, with it.
    var all: [String: String] {
        var all: [String: String] = [:]
        for entry in entries {
            guard let id = entry.id else { continue }
            all[String(decoding: keys[entry.offset..<(entry.offset + entry.count)], as: UTF8.self)] = id
        }
        return all
    }

    private mutating func set(_ key: UnsafeBufferPointer<UInt8>, to id: String?) {
        let hash = ByteScan.fnv1a(key)
        if let found = position(of: key, hash: hash) {
            entries[found].id = id
            return
        }
        guard id != nil else { return }
        if (entries.count + 1) * 2 > slots.count { grow() }
        entries.append(Entry(offset: keys.count, count: key.count, hash: hash, id: id))
        keys.append(contentsOf: key)
        place(entries.count - 1)
    }

    /// The position in `entries` of `key`, whose hash is `hash`: entries and keys read in place,
    /// not copied out of their arrays at every slot probed.
    private func position(of key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
        guard !slots.isEmpty else { return nil }
        let mask = slots.count - 1
        return entries.withUnsafeBufferPointer { entries in
            keys.withUnsafeBufferPointer { keys in
                slots.withUnsafeBufferPointer { slots in
                    var slot = Int(truncatingIfNeeded: hash) & mask
                    while slots[slot] != 0 {
                        let index = Int(slots[slot]) - 1
                        if entries[index].hash == hash, entries[index].count == key.count,
                           key.count == 0 || memcmp(keys.baseAddress! + entries[index].offset, key.baseAddress!, key.count) == 0 {
                            return index
                        }
                        slot = (slot + 1) & mask
                    }
                    return nil
                }
            }
        }
    }

    private mutating func place(_ index: Int) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: entries[index].hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(index + 1)
    }

    private mutating func grow() {
        slots = Array(repeating: 0, count: max(16, slots.count * 2))
        for index in entries.indices { place(index) }
    }
}

extension NameIndex: Equatable {
    static func == (a: NameIndex, b: NameIndex) -> Bool { a.all == b.all }
}
