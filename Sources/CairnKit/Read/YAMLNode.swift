/// A YAML value with the file position it was written at. Scalars keep their
/// text exactly as written: Cairn types them per field, never YAML 1.1-style.
struct YAMLNode {
    enum Value {
        case scalar(String)
        case sequence([YAMLNode])
        case mapping([(key: YAMLNode, value: YAMLNode)])
    }

    var value: Value
    var line: Int
    var column: Int
    /// Whether a scalar was quoted (quoted scalars are never null).
    var isQuoted: Bool = false

    /// The scalar's text, or nil for collections.
    var scalar: String? {
        if case .scalar(let text) = value { return text }
        return nil
    }

    /// True for an empty plain scalar or `~` / `null`.
    var isNull: Bool {
        guard !isQuoted, case .scalar(let text) = value else { return false }
        // By length first: nearly every scalar is a value of another length, compared with none.
        switch text.utf8.count {
        case 0: return true
        case 1: return text == "~"
        case 4: return text == "null" || text == "Null" || text == "NULL"
        default: return false
        }
    }

    /// Whether this is a map without keys.
    var isEmptyMapping: Bool {
        if case .mapping(let pairs) = value { return pairs.isEmpty }
        return false
    }

    /// What kind of YAML value this is, for messages.
    var kindName: String {
        switch value {
        case .scalar: isNull ? "nothing" : "a single value"
        case .sequence: "a list"
        case .mapping: "a map"
        }
    }
}
