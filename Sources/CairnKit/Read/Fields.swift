/// The keys of one YAML map, read with the type each field expects. Every
/// problem becomes a diagnostic and the field reads as absent.
struct Fields {
    let reporter: Reporter
    /// Where the map is, for fields that are missing.
    let node: YAMLNode
    /// The known keys written, in order, each once (the YAML reader refuses a key written twice).
    /// Found by comparing names: a front-matter holds a dozen keys at most, and hashing each name
    /// to store and find it cost more (a posting's fields were 26,000 instructions).
    private var entries: [Entry] = []

    private struct Entry {
        let name: String
        /// Where the key is written: its place, not its node (a copy and a release fewer a key).
        let line: Int, column: Int
        let value: YAMLNode
    }

    /// Reads `node` as a map whose keys must be in `known`; `what` names it in messages (made
    /// only for one: every file's front-matter and every nested map is read so).
    init?(_ node: YAMLNode, known: [String], what: @autoclosure () -> String, reporter: Reporter) {
        self.reporter = reporter
        self.node = node
        guard case .mapping(let pairs) = node.value else {
            if !node.isNull {
                reporter.report(.wrongType, "\(what()) should be a map of 'key: value' lines, not \(node.kindName)", at: node,
                                hint: "write one 'key: value' per line")
            }
            return nil
        }
        entries.reserveCapacity(pairs.count)
        for (key, value) in pairs {
            guard let name = key.scalar else {
                reporter.report(.wrongType, "a key in \(what()) should be a word, not \(key.kindName)", at: key)
                continue
            }
            // By length first: most keys differ from most known ones in length, compared with none.
            if !known.contains(where: { $0.utf8.count == name.utf8.count && $0 == name }) {
                reporter.report(.unknownKey, "unknown key '\(name)' in \(what())", at: key,
                                hint: Suggestions.didYouMean(name, in: known) ?? "the keys of \(what()) are: \(known.joined(separator: ", "))")
                continue
            }
            entries.append(Entry(name: name, line: key.line, column: key.column, value: value))
        }
    }

    /// Where the entry of `name` stands: an index, so that a lookup copies no entry (its name and
    /// both nodes retained and released, a dozen times a posting).
    private func entry(_ name: String) -> Int? {
        entries.firstIndex { $0.name.utf8.count == name.utf8.count && $0.name == name }
    }

    /// The value written for `key`, unless it is absent or null.
    func value(_ key: String) -> YAMLNode? {
        guard let index = entry(key), !entries[index].value.isNull else { return nil }
        return entries[index].value
    }

    /// Where `key` was written (the key itself), if it was.
    func location(_ key: String) -> SourceLocation? { entry(key).map { location(of: entries[$0]) } }

    /// The locations of every key present, for the model.
    var locations: [String: SourceLocation] {
        Dictionary(entries.map { ($0.name, location(of: $0)) }, uniquingKeysWith: { first, _ in first })
    }

    private func location(of entry: Entry) -> SourceLocation { reporter.file.location(line: entry.line, column: entry.column) }

    /// Reports a missing required field at the map (or the file's first line).
    func require(_ key: String, example: String) {
        guard value(key) == nil else { return }
        reporter.report(.missingField, "the required field '\(key)' is missing", line: max(1, node.line - (entries.isEmpty ? 1 : 0)),
                        column: 1, hint: "add a line such as \(example)")
    }

    func text(_ key: String) -> String? { value(key).flatMap { ValueReader(reporter).text($0, field: key) } }
    func number(_ key: String, minimum: Double = 0, maximum: Double = .greatestFiniteMagnitude) -> Double? {
        value(key).flatMap { ValueReader(reporter).number($0, field: key, minimum: minimum, maximum: maximum) }
    }
    func bool(_ key: String) -> Bool? { value(key).flatMap { ValueReader(reporter).bool($0, field: key) } }
    func date(_ key: String) -> DatePeriod? { value(key).flatMap { ValueReader(reporter).date($0, field: key) } }
    func word<V: Vocabulary>(_ key: String, as type: V.Type) -> V? {
        value(key).flatMap { ValueReader(reporter).word($0, field: key, as: type) }
    }
    func textList(_ key: String) -> [(String, YAMLNode)] {
        value(key).map { ValueReader(reporter).textList($0, field: key) } ?? []
    }
    func currency(_ key: String) -> String? { value(key).flatMap { ValueReader(reporter).currency($0, field: key) } }

    /// A nested map with its own known keys.
    func map(_ key: String, known: [String]) -> Fields? {
        value(key).flatMap { Fields($0, known: known, what: "'\(key)'", reporter: reporter) }
    }
}
