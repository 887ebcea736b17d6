/// The `Encoder` a value's `encode(to:)` is given: one frame of a `JSONEncoding`.
struct JSONFrameEncoder: Encoder {
    let encoding: JSONEncoding
    let frame: JSONFrame.Handle

    var codingPath: [any CodingKey] { encoding.codingPath(frame) }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        encoding.record { try $0.open(frame, as: .keyed, keys: Key.self) }
        return KeyedEncodingContainer(JSONKeyedContainer<Key>(encoding: encoding, frame: frame))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        encoding.record { try $0.open(frame, as: .unkeyed) }
        return JSONUnkeyedContainer(encoding: encoding, frame: frame)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        encoding.record { try $0.open(frame, as: .single) }
        return JSONSingleValueContainer(encoding: encoding, frame: frame)
    }
}

struct JSONKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoding: JSONEncoding
    let frame: JSONFrame.Handle

    var codingPath: [any CodingKey] { encoding.codingPath(frame) }

    private func member(_ key: Key) throws -> Int { try encoding.state.pointee.member(of: frame, key: key.stringValue) }

    private func integer<T: BinaryInteger>(_ value: T, _ key: Key) throws {
        _ = try member(key)
        encoding.state.pointee.writer.integer(value)
    }

    mutating func encodeNil(forKey key: Key) throws { _ = try member(key); encoding.state.pointee.writer.null() }
    mutating func encode(_ value: Bool, forKey key: Key) throws { _ = try member(key); encoding.state.pointee.writer.bool(value) }
    mutating func encode(_ value: String, forKey key: Key) throws { _ = try member(key); encoding.state.pointee.writer.string(value) }
    mutating func encode(_ value: Int, forKey key: Key) throws { _ = try member(key); encoding.state.pointee.writer.integer(value) }

    mutating func encode(_ value: Double, forKey key: Key) throws {
        _ = try member(key)
        try encoding.double(value, path: codingPath + [key])
    }

    mutating func encode(_ value: Float, forKey key: Key) throws {
        _ = try member(key)
        try encoding.float(value, path: codingPath + [key])
    }

    mutating func encode(_ value: Int8, forKey key: Key) throws { try integer(value, key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { try integer(value, key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { try integer(value, key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { try integer(value, key) }
    mutating func encode(_ value: Int128, forKey key: Key) throws { try integer(value, key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { try integer(value, key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { try integer(value, key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { try integer(value, key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { try integer(value, key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { try integer(value, key) }
    mutating func encode(_ value: UInt128, forKey key: Key) throws { try integer(value, key) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        let level = try member(key)
        try encoding.encode(value, level: level, path: .key(key.stringValue))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        KeyedEncodingContainer(JSONKeyedContainer<NestedKey>(encoding: encoding, frame: encoding.nested(in: frame, key: key.stringValue, as: .keyed)))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        JSONUnkeyedContainer(encoding: encoding, frame: encoding.nested(in: frame, key: key.stringValue, as: .unkeyed))
    }

    mutating func superEncoder() -> any Encoder {
        JSONFrameEncoder(encoding: encoding, frame: encoding.nested(in: frame, key: "super", as: .empty))
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        JSONFrameEncoder(encoding: encoding, frame: encoding.nested(in: frame, key: key.stringValue, as: .empty))
    }
}

struct JSONUnkeyedContainer: UnkeyedEncodingContainer, JSONScalarEncoding {
    let encoding: JSONEncoding
    let frame: JSONFrame.Handle

    var codingPath: [any CodingKey] { encoding.codingPath(frame) }
    var count: Int { encoding.state.pointee.count(of: frame) }

    private func element() throws -> (level: Int, index: Int) { try encoding.state.pointee.element(of: frame) }

    func claim() throws { _ = try element() }

    // Int128 and UInt128 here: the standard library gives them default witnesses of its own.
    mutating func encode(_ value: Int128) throws { try integer(value) }
    mutating func encode(_ value: UInt128) throws { try integer(value) }

    mutating func encode(_ value: Double) throws {
        let index = try element().index
        try encoding.double(value, path: codingPath + [JSONKey(intValue: index)])
    }

    mutating func encode(_ value: Float) throws {
        let index = try element().index
        try encoding.float(value, path: codingPath + [JSONKey(intValue: index)])
    }


    mutating func encode<T: Encodable>(_ value: T) throws {
        let element = try element()
        try encoding.encode(value, level: element.level, path: .index(element.index))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        KeyedEncodingContainer(JSONKeyedContainer<NestedKey>(encoding: encoding, frame: encoding.nested(in: frame, key: nil, as: .keyed)))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        JSONUnkeyedContainer(encoding: encoding, frame: encoding.nested(in: frame, key: nil, as: .unkeyed))
    }

    mutating func superEncoder() -> any Encoder {
        JSONFrameEncoder(encoding: encoding, frame: encoding.nested(in: frame, key: nil, as: .empty))
    }
}

struct JSONSingleValueContainer: SingleValueEncodingContainer, JSONScalarEncoding {
    let encoding: JSONEncoding
    let frame: JSONFrame.Handle

    var codingPath: [any CodingKey] { encoding.codingPath(frame) }

    private func single() throws -> Int { try encoding.state.pointee.single(frame) }

    func claim() throws { _ = try single() }

    // Int128 and UInt128 here: the standard library gives them default witnesses of its own.
    mutating func encode(_ value: Int128) throws { try integer(value) }
    mutating func encode(_ value: UInt128) throws { try integer(value) }
    mutating func encode(_ value: Double) throws { _ = try single(); try encoding.double(value, path: codingPath) }
    mutating func encode(_ value: Float) throws { _ = try single(); try encoding.float(value, path: codingPath) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        let level = try single()
        try encoding.encode(value, level: level, path: .none)
    }
}

/// The scalars an unkeyed or single-value container writes alike: each claims its place (the
/// next element, or the one value), then writes the value.
protocol JSONScalarEncoding {
    var encoding: JSONEncoding { get }
    func claim() throws
}

extension JSONScalarEncoding {
    func integer<T: BinaryInteger>(_ value: T) throws {
        try claim()
        encoding.state.pointee.writer.integer(value)
    }

    mutating func encodeNil() throws { try claim(); encoding.state.pointee.writer.null() }
    mutating func encode(_ value: Bool) throws { try claim(); encoding.state.pointee.writer.bool(value) }
    mutating func encode(_ value: String) throws { try claim(); encoding.state.pointee.writer.string(value) }
    mutating func encode(_ value: Int) throws { try claim(); encoding.state.pointee.writer.integer(value) }
    mutating func encode(_ value: Int8) throws { try integer(value) }
    mutating func encode(_ value: Int16) throws { try integer(value) }
    mutating func encode(_ value: Int32) throws { try integer(value) }
    mutating func encode(_ value: Int64) throws { try integer(value) }
    mutating func encode(_ value: UInt) throws { try integer(value) }
    mutating func encode(_ value: UInt8) throws { try integer(value) }
    mutating func encode(_ value: UInt16) throws { try integer(value) }
    mutating func encode(_ value: UInt32) throws { try integer(value) }
    mutating func encode(_ value: UInt64) throws { try integer(value) }
}
