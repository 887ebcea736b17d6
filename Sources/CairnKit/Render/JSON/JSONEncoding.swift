import Foundation

/// Cairn's own `Encoder`: what Foundation's `JSONEncoder` writes with
/// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`, the default date, data and
/// non-conforming float strategies, and a `.custom` key strategy that converts each key's last
/// component, byte for byte (JSONWriterTests compare the two), in far fewer instructions: values
/// are written straight into one byte buffer instead of being boxed into a tree of references,
/// and each key is converted once per encoding instead of once per member with its coding path.
///
/// As in Foundation, the keys of a `[String: Value]` are written as they are, and a value that
/// encodes nothing is an empty object. A nested container (or a super encoder) is written in
/// place, so it must be finished before its parent is written to again; code that goes back to
/// one later (Foundation allows it) makes `encode` throw `JSONEncoding.Unsupported`, as does a
/// key encoded twice in one object.
final class JSONEncoding {
    /// Encoding used a container in a way this encoder does not write in place.
    struct Unsupported: Error, CustomStringConvertible {
        var description: String
    }

    /// The state, behind a pointer: the containers reach it through the encoding, and a class's
    /// stored property would cost a dynamic exclusivity check on every access.
    let state: UnsafeMutablePointer<JSONState>

    /// Whether the rows an analysis has hundreds of are written straight (`RowsJSON`), with the
    /// snake_case keys their containers would be given.
    private let straightRows: Bool

    private init(convertKey: @escaping (String) -> String, straightRows: Bool) {
        state = .allocate(capacity: 1)
        state.initialize(to: JSONState(convertKey: convertKey))
        self.straightRows = straightRows
    }

    deinit {
        state.pointee.writer.deallocate()
        state.deinitialize(count: 1)
        state.deallocate()
    }

    /// `value` as JSON. `convertKey` turns a coding key's `stringValue` into the key written.
    static func encode<T: Encodable>(_ value: T, convertingKeys convertKey: @escaping (String) -> String = { $0 }) throws -> String {
        let bytes = try encodeBytes(value, indent: 0, convertingKeys: convertKey)
        return String(decoding: bytes.bytes, as: UTF8.self)
    }

    /// `value` as JSON whose lines are indented `level` steps further, as it reads where it is the
    /// value of a member `level` deep: the bytes as the writer left them, without a copy.
    /// `straightRows` writes the rows `RowsJSON` knows straight, which is only right when
    /// `convertKey` makes snake_case keys (`SnakeCaseKey`).
    static func encodeBytes<T: Encodable>(_ value: T, indent level: Int,
                                          convertingKeys convertKey: @escaping (String) -> String = { $0 },
                                          straightRows: Bool = false) throws -> SharedBytes {
        let encoding = JSONEncoding(convertKey: convertKey, straightRows: straightRows)
        if try !encoding.encode(value, level: level, path: .none) {
            throw EncodingError.invalidValue(value, EncodingError.Context(codingPath: [], debugDescription: "Top-level \(T.self) did not encode any values."))
        }
        return encoding.state.pointee.writer.handOver()
    }

    /// Writes `value` where the writer stands, its lines indented by `level`; `path` is its key
    /// or index in its parent, for `codingPath`. Gives whether it encoded anything (a value that
    /// does not is written as an empty object).
    @discardableResult
    func encode<T: Encodable>(_ value: T, level: Int, path: JSONFrame.PathComponent) throws -> Bool {
        // The scalars (an array's elements come here), and the types Foundation writes its own way.
        if T.self == String.self { state.pointee.writer.string(Self.cast(value, to: String.self)); return true }
        if T.self == Int.self { state.pointee.writer.integer(Self.cast(value, to: Int.self)); return true }
        if T.self == Double.self { try double(Self.cast(value, to: Double.self), path: codingPath(path)); return true }
        if T.self == Bool.self { state.pointee.writer.bool(Self.cast(value, to: Bool.self)); return true }
        if T.self == URL.self { state.pointee.writer.string((value as! URL).absoluteString); return true }
        if T.self == Data.self { state.pointee.writer.string((value as! Data).base64EncodedString()); return true }
        if T.self == Decimal.self { state.pointee.writer.number((value as! Decimal).description); return true }
        if straightRows {
            if T.self == ScheduledItem.self, state.pointee.writer.writeRow(Self.cast(value, to: ScheduledItem.self), level: level) { return true }
            if T.self == MonthPlan.self, state.pointee.writer.writeRow(Self.cast(value, to: MonthPlan.self), level: level) { return true }
            if T.self == Gap.self, state.pointee.writer.writeRow(Self.cast(value, to: Gap.self), level: level) { return true }
            if T.self == Milestone.self, state.pointee.writer.writeRow(Self.cast(value, to: Milestone.self), level: level) { return true }
            if T.self == SkillFrequency.self, state.pointee.writer.writeRow(Self.cast(value, to: SkillFrequency.self), level: level) { return true }
            if T.self == SkillCoverage.self, state.pointee.writer.writeRow(Self.cast(value, to: SkillCoverage.self), level: level) { return true }
            if T.self == BackedSkill.self, state.pointee.writer.writeRow(Self.cast(value, to: BackedSkill.self), level: level) { return true }
            if T.self == EvidenceItem.self, state.pointee.writer.writeRow(Self.cast(value, to: EvidenceItem.self), level: level) { return true }
        }
        let frame = state.pointee.push(T.self, level: level, path: path, implicit: false)
        try value.encode(to: JSONFrameEncoder(encoding: self, frame: frame))
        return try state.pointee.finish(frame)
    }

    /// `value`, whose type the caller has checked is `U`, as a `U` (without a dynamic cast).
    @inline(__always)
    private static func cast<T, U>(_ value: T, to type: U.Type) -> U {
        withUnsafePointer(to: value) { UnsafeRawPointer($0).load(as: U.self) }
    }

    /// A finite Double; NaN and the infinities throw, as with Foundation's default strategy.
    func double(_ value: Double, path: @autoclosure () -> [any CodingKey]) throws {
        guard value.isFinite else { throw Self.nonConforming(value, path: path()) }
        state.pointee.writer.double(value)
    }

    func float(_ value: Float, path: @autoclosure () -> [any CodingKey]) throws {
        guard value.isFinite else { throw Self.nonConforming(value, path: path()) }
        state.pointee.writer.float(value)
    }

    private static func nonConforming<F: BinaryFloatingPoint>(_ value: F, path: [any CodingKey]) -> EncodingError {
        EncodingError.invalidValue(value, EncodingError.Context(codingPath: path, debugDescription: "Unable to encode \(F.self).\(value) directly in JSON."))
    }

    /// The coding path of the frame, then `last`.
    func codingPath(_ frame: JSONFrame.Handle, then last: JSONFrame.PathComponent = .none) -> [any CodingKey] {
        state.pointee.codingPath(through: frame.index) + last.keys
    }

    /// The coding path of a value about to be encoded in the top frame.
    func codingPath(_ last: JSONFrame.PathComponent) -> [any CodingKey] {
        state.pointee.codingPath(through: state.pointee.topIndex) + last.keys
    }

    /// Opens a nested container (or super encoder, `kind` empty) as the member `key` of `frame`'s
    /// object, or as the next element of its array when `key` is nil.
    func nested(in frame: JSONFrame.Handle, key: String?, as kind: JSONFrame.Kind) -> JSONFrame.Handle {
        var nested = JSONFrame.Handle(index: -1, serial: -1) // no frame's: using it throws
        record { state in
            let level: Int, path: JSONFrame.PathComponent
            if let key {
                level = try state.member(of: frame, key: key)
                path = .key(key)
            } else {
                let element = try state.element(of: frame)
                (level, path) = (element.level, .index(element.index))
            }
            nested = state.push(nil, level: level, path: path, implicit: true)
            if kind != .empty { try state.open(nested, as: kind) }
        }
        return nested
    }

    /// Runs `body`, keeping its error for the end: for the container methods that cannot throw.
    func record(_ body: (inout JSONState) throws -> Void) {
        do { try body(&state.pointee) } catch { state.pointee.fail(error) }
    }
}

/// One array, object or single value being written.
struct JSONFrame {
    enum Kind { case empty, keyed, unkeyed, single, singleWritten }

    /// A frame's index on the stack and its serial number: a container of a frame since closed
    /// finds another serial number there.
    struct Handle {
        var index: Int
        var serial: Int
    }

    /// A frame's key or index in its parent.
    enum PathComponent {
        case none, key(String), index(Int)

        var keys: [any CodingKey] {
            switch self {
            case .none: []
            case .key(let key): [JSONKey(stringValue: key)]
            case .index(let index): [JSONKey(intValue: index)]
            }
        }
    }

    var kind = Kind.empty
    var serial: Int
    /// The type of the value, for a frame of one.
    var type: Any.Type?
    /// The indentation of the line the value starts on.
    var level: Int
    var path: PathComponent
    /// Opened by `nestedContainer` or `superEncoder`: closed when its parent is written to again.
    var implicit: Bool
    /// A `[String: Value]`, whose keys are not converted.
    var dictionary = false
    var count = 0
    /// Where this frame's members start in `JSONState.members`.
    var firstMember: Int
    /// Whether the members so far came in key order.
    var sorted = true
}

/// A coding key of the coding path.
struct JSONKey: CodingKey {
    var stringValue: String
    var intValue: Int?

    init(stringValue: String) { self.stringValue = stringValue }
    init(intValue: Int) { stringValue = "Index \(intValue)"; self.intValue = intValue }
}

/// Whether a type is a `[String: Value]`.
protocol JSONStringKeyedDictionary {}
extension Dictionary: JSONStringKeyedDictionary where Key == String {}
