/// Makes a view's template context from the view's own `Encodable` conformance: each struct a
/// `TemplateFields` of its stored properties, each array an `[Any]`, each text a `TemplateText`,
/// booleans and numbers as they are, a nil optional left out, charts as their entry, the rows
/// of `kept` as they are.
/// The compiler writes the views' `encode(to:)`, so no property is looked up by reflection: a
/// `Mirror` child cost thousands of instructions, and the protocol casts it needed to tell
/// values apart cost more on their first use of a type. Views hold texts, booleans, numbers,
/// charts, other views, arrays and optionals of these (an enum or a dictionary would be given as
/// its encoding, not as itself).
final class TemplateEncoder: Encoder {
    let codingPath: [any CodingKey] = []
    let userInfo: [CodingUserInfoKey: Any] = [:]
    let splices: TemplateSplices?
    private var storage: Storage = .empty

    private enum Storage {
        case empty
        case value(Any)
        case keyed(Fields)
        case unkeyed(Elements)
    }

    /// The template objects (`TemplateObject`), and arrays of them, a context holds as they are:
    /// told apart by their type alone, which costs no protocol lookup.
    static let kept: [Any.Type] = [MatchRow.self, [MatchRow].self, MatchPartRow.self, [MatchPartRow].self, GapRow.self, [GapRow].self,
                                   FrequencyRow.self, [FrequencyRow].self, HorizonView.self, [HorizonView].self,
                                   QuarterView.self, [QuarterView].self, MilestoneRow.self, [MilestoneRow].self]

    /// Whether values of type `T` stand in a context as they are (a text as a `TemplateText`).
    static func isPlain<T>(_ type: T.Type) -> Bool {
        T.self == String.self || T.self == Bool.self || T.self == Int.self || T.self == Double.self
            || T.self == Float.self || T.self == Int64.self || T.self == Int32.self || T.self == UInt.self
            || T.self == UInt64.self || T.self == UInt32.self || T.self == Int16.self || T.self == UInt16.self
            || T.self == Int8.self || T.self == UInt8.self
    }

    init(splices: TemplateSplices?) {
        self.splices = splices
    }

    /// The context of `value`: a text as its `TemplateText` entry, a chart as its entry, other plain
    /// values and the rows of `kept` as they are, anything else as its encoding makes it.
    func context<T: Encodable>(of value: T) -> Any {
        if T.self == String.self {
            return TemplateText.entry(value as! String, splices: splices)
        }
        if Self.isPlain(T.self) || Self.kept.contains(where: { $0 == T.self }) { return value }
        if T.self == ChartMarkup.self { return (value as! ChartMarkup).entry(splices) }
        let encoder = TemplateEncoder(splices: splices)
        do {
            try value.encode(to: encoder)
        } catch {
            // These containers never throw, and Cairn's views' conformances are the compiler's.
            assertionFailure("a view could not be made a template context: \(error)")
        }
        return encoder.value
    }

    /// What was encoded; a struct that encoded nothing has no fields.
    var value: Any {
        switch storage {
        case .empty: return TemplateFields()
        case .value(let value): return value
        case .keyed(let fields): return fields.value
        case .unkeyed(let elements): return elements.value
        }
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .keyed(let fields) = storage { return KeyedEncodingContainer(KeyedContainer(encoder: self, fields: fields)) }
        let fields = Fields()
        storage = .keyed(fields)
        return KeyedEncodingContainer(KeyedContainer(encoder: self, fields: fields))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .unkeyed(let elements) = storage { return UnkeyedContainer(encoder: self, elements: elements) }
        let elements = Elements()
        storage = .unkeyed(elements)
        return UnkeyedContainer(encoder: self, elements: elements)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleValueContainer(encoder: self) }

    /// A struct's properties; those of nested containers are made when the value is read.
    final class Fields {
        var fields: [String: Any] = [:]
        var nested: [(String, TemplateEncoder)] = []

        var value: TemplateFields {
            var all = fields
            for (key, encoder) in nested { all[key] = encoder.value }
            return TemplateFields(all)
        }
    }

    /// An array's elements, in order; those of nested containers are made when the value is read.
    final class Elements {
        var elements: [Any] = []
        var nested: [(Int, TemplateEncoder)] = []

        var value: [Any] {
            var all = elements
            for (index, encoder) in nested { all[index] = encoder.value }
            return all
        }
    }

    private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let encoder: TemplateEncoder
        let fields: Fields
        var codingPath: [any CodingKey] { [] }

        /// A nil optional is left out, so templates look its name up in the enclosing objects.
        mutating func encodeNil(forKey key: Key) {}
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) { fields.fields[key.stringValue] = encoder.context(of: value) }
        mutating func encode(_ value: String, forKey key: Key) { fields.fields[key.stringValue] = encoder.context(of: value) }
        mutating func encode(_ value: Bool, forKey key: Key) { fields.fields[key.stringValue] = value }
        mutating func encode(_ value: Int, forKey key: Key) { fields.fields[key.stringValue] = value }
        mutating func encode(_ value: Double, forKey key: Key) { fields.fields[key.stringValue] = value }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            nested(key).container(keyedBy: keyType)
        }
        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer { nested(key).unkeyedContainer() }
        mutating func superEncoder() -> any Encoder { nested(key: "super") }
        mutating func superEncoder(forKey key: Key) -> any Encoder { nested(key) }

        private func nested(_ key: Key) -> TemplateEncoder { nested(key: key.stringValue) }
        private func nested(key: String) -> TemplateEncoder {
            let nested = TemplateEncoder(splices: encoder.splices)
            fields.nested.append((key, nested))
            return nested
        }
    }

    private struct UnkeyedContainer: UnkeyedEncodingContainer {
        let encoder: TemplateEncoder
        let elements: Elements
        var codingPath: [any CodingKey] { [] }
        var count: Int { elements.elements.count }

        /// A nil element stays, as nil.
        mutating func encodeNil() { elements.elements.append(Optional<Any>.none as Any) }
        mutating func encode<T: Encodable>(_ value: T) { elements.elements.append(encoder.context(of: value)) }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            nested().container(keyedBy: keyType)
        }
        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { nested().unkeyedContainer() }
        mutating func superEncoder() -> any Encoder { nested() }

        private func nested() -> TemplateEncoder {
            let nested = TemplateEncoder(splices: encoder.splices)
            elements.nested.append((elements.elements.count, nested))
            elements.elements.append(TemplateFields())
            return nested
        }
    }

    private struct SingleValueContainer: SingleValueEncodingContainer {
        let encoder: TemplateEncoder
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil() { encoder.storage = .value(Optional<Any>.none as Any) }
        mutating func encode<T: Encodable>(_ value: T) { encoder.storage = .value(encoder.context(of: value)) }
    }
}
