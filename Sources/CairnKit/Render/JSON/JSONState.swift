/// The writer, the keys and the stack of open frames of one `JSONEncoding`.
struct JSONState {
    var writer = JSONWriter(capacity: 1 << 16)
    private var keys: JSONKeys
    private var frames: [JSONFrame] = []
    /// The members of the open objects, the innermost last.
    private var members: [JSONMember] = []
    private var serials = 0
    private var failure: (any Error)?
    /// Scratch for sorting an object's members.
    private var starts: [Int] = [], order: [Int] = []
    /// Whether a coding key type is the one the standard library's Dictionary encodes with.
    private var dictionaryKeyTypes: [ObjectIdentifier: Bool] = [:]
    private var lastKeyType: (type: ObjectIdentifier, isDictionaryKey: Bool)?

    init(convertKey: @escaping (String) -> String) {
        keys = JSONKeys(convert: convertKey)
    }

    var topIndex: Int { frames.count - 1 }

    mutating func fail(_ error: any Error) {
        if failure == nil { failure = error }
    }

    // MARK: Frames

    /// Opens a frame for a value of `type` (nil for a nested container) at `level`.
    mutating func push(_ type: Any.Type?, level: Int, path: JSONFrame.PathComponent, implicit: Bool) -> JSONFrame.Handle {
        serials += 1
        frames.append(JSONFrame(serial: serials, type: type, level: level, path: path, implicit: implicit, firstMember: members.count))
        return JSONFrame.Handle(index: frames.count - 1, serial: serials)
    }

    /// Makes `frame` the innermost open frame, closing the nested containers opened in it.
    private mutating func activate(_ frame: JSONFrame.Handle) throws {
        if let failure { throw failure }
        while frames.count - 1 > frame.index, frames[frames.count - 1].implicit { try closeTop() }
        guard frames.count - 1 == frame.index, frames[frame.index].serial == frame.serial else {
            throw JSONEncoding.Unsupported(description: "a container was written to after its parent had moved on")
        }
    }

    /// Asks for `frame`'s container of `kind` (keyed by `keys`): an object or array starts with
    /// its bracket.
    mutating func open(_ frame: JSONFrame.Handle, as kind: JSONFrame.Kind, keys: (any CodingKey.Type)? = nil) throws {
        try activate(frame)
        switch (frames[frame.index].kind, kind) {
        case (.keyed, .keyed), (.unkeyed, .unkeyed), (.single, .single): return
        case (.empty, .keyed):
            writer.byte(123)
            if let keys, let type = frames[frame.index].type, isDictionaryKey(keys) {
                frames[frame.index].dictionary = type is any JSONStringKeyedDictionary.Type
            }
        case (.empty, .unkeyed): writer.byte(91)
        case (.empty, .single): break
        default: throw JSONEncoding.Unsupported(description: "one value asked for two kinds of container")
        }
        frames[frame.index].kind = kind
    }

    /// Closes `frame`, the value of one `encode(to:)`, and the nested containers left open in it;
    /// gives whether the value encoded anything.
    @discardableResult
    mutating func finish(_ frame: JSONFrame.Handle) throws -> Bool {
        try activate(frame)
        let kind = frames[frame.index].kind
        try closeTop()
        return kind != .empty && kind != .single
    }

    private mutating func closeTop() throws {
        let frame = frames.removeLast()
        switch frame.kind {
        case .empty, .single:
            writer.emptyObject(indent: frame.level)
        case .singleWritten:
            break
        case .unkeyed:
            writer.close(93, count: frame.count, indent: frame.level)
        case .keyed:
            if !frame.sorted { try sortMembers(from: frame.firstMember) }
            members.removeSubrange(frame.firstMember...)
            writer.close(125, count: frame.count, indent: frame.level)
        }
    }

    /// Puts the members of the innermost object, from `first` on, in key order.
    private mutating func sortMembers(from first: Int) throws {
        starts.removeAll(keepingCapacity: true)
        order.removeAll(keepingCapacity: true)
        for member in members[first...] { starts.append(member.start) }
        if members[first].id >= 0 {
            // A struct's few keys: an insertion sort of rank and index in one integer each.
            for index in 0 ..< starts.count {
                let item = keys.ranks[members[first + index].id] << 32 | index
                order.append(item)
                var slot = index
                while slot > 0, order[slot - 1] > item {
                    order[slot] = order[slot - 1]
                    slot -= 1
                }
                order[slot] = item
            }
            for slot in order.indices { order[slot] &= 0xFFFF_FFFF }
        } else {
            order.append(contentsOf: 0 ..< starts.count)
            order.sort { JSONKeys.precedes(members[first + $0].key, members[first + $1].key) }
        }
        for (a, b) in zip(order, order.dropFirst()) where !precedes(members[first + a], members[first + b]) {
            throw JSONEncoding.Unsupported(description: "an object has the same key twice")
        }
        writer.reorder(runs: starts, order: order)
    }

    private func precedes(_ a: JSONMember, _ b: JSONMember) -> Bool {
        a.id >= 0 ? keys.ranks[a.id] < keys.ranks[b.id] : JSONKeys.precedes(a.key, b.key)
    }

    // MARK: Members and elements

    /// Writes the separator, key and colon of a member of `frame`'s object; gives its value's
    /// level. A dictionary's keys are written as they are, a coding key's converted.
    mutating func member(of frame: JSONFrame.Handle, key: String) throws -> Int {
        try activate(frame)
        let index = frame.index
        let member = frames[index].dictionary
            ? JSONMember(id: -1, key: key, start: writer.count)
            : JSONMember(id: keys.id(of: key), key: "", start: writer.count)
        let count = frames[index].count
        if count > 0, frames[index].sorted {
            let last = members[members.count - 1]
            if !precedes(last, member) {
                if !precedes(member, last) {
                    throw JSONEncoding.Unsupported(description: "an object has the key \"\(key)\" twice")
                }
                frames[index].sorted = false
            }
        }
        members.append(member)
        let level = frames[index].level + 1
        writer.separator(first: count == 0, indent: level)
        if member.id >= 0 {
            keys.write(member.id, into: &writer)
        } else {
            writer.string(key)
            writer.ascii(" : ")
        }
        frames[index].count = count + 1
        return level
    }

    /// Writes the separator before an element of `frame`'s array; gives its level and index.
    mutating func element(of frame: JSONFrame.Handle) throws -> (level: Int, index: Int) {
        try activate(frame)
        let count = frames[frame.index].count
        let level = frames[frame.index].level + 1
        writer.separator(first: count == 0, indent: level)
        frames[frame.index].count = count + 1
        return (level, count)
    }

    /// Claims `frame`'s single value; gives its level.
    mutating func single(_ frame: JSONFrame.Handle) throws -> Int {
        try activate(frame)
        guard frames[frame.index].kind == .single else {
            throw JSONEncoding.Unsupported(description: "a single value container was written to twice")
        }
        frames[frame.index].kind = .singleWritten
        return frames[frame.index].level
    }

    /// The elements of `frame` so far, if it is still open.
    func count(of frame: JSONFrame.Handle) -> Int {
        frame.index < frames.count && frames[frame.index].serial == frame.serial ? frames[frame.index].count : 0
    }

    // MARK: Keys and types

    /// Whether `keys` is the coding key type of the standard library's `Dictionary`, which
    /// encodes itself through a keyed container: the frame is a dictionary then, and if its keys
    /// are Strings, Foundation writes them unconverted. Asked once per key type, by name: the
    /// runtime's conformance check (`is`) scans every conformance the first time it meets a type,
    /// and `String(reflecting:)` makes several; JSONWriterTests fail if the name changes.
    private mutating func isDictionaryKey(_ keys: any CodingKey.Type) -> Bool {
        let id = ObjectIdentifier(keys)
        if let lastKeyType, lastKeyType.type == id { return lastKeyType.isDictionaryKey }
        let isDictionaryKey: Bool
        if let known = dictionaryKeyTypes[id] {
            isDictionaryKey = known
        } else {
            isDictionaryKey = _typeName(keys, qualified: true) == "Swift._DictionaryCodingKey"
            dictionaryKeyTypes[id] = isDictionaryKey
        }
        lastKeyType = (id, isDictionaryKey)
        return isDictionaryKey
    }

    func codingPath(through index: Int) -> [any CodingKey] {
        frames.prefix(index + 1).flatMap(\.path.keys)
    }
}

/// One member of an object being written: its key's id in `JSONKeys`, or for a dictionary's key
/// -1 and the key, and where its bytes start.
struct JSONMember {
    var id: Int
    var key: String
    var start: Int
}
