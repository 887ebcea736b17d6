internal import CLibYAML

/// Builds a `YAMLNode` tree straight from libyaml's event parser: no node tree
/// of another library in between, no tag resolution, scalars kept as written.
///
/// It refuses what Cairn's YAML subset leaves out (anchors, aliases, tags) as the parse
/// meets it, and nesting deeper than `YAMLGuard.maximumDepth` before it recurses further, with
/// `YAMLGuard`'s messages. An alias is never expanded (events only name it), so an alias bomb
/// costs no more than its text. The order of what is reported follows the parse: the first
/// anchor, alias, tag or too deep a nesting stops it; else a syntax error anywhere wins; then
/// the first map (in the order maps end) with a key written twice.
struct YAMLEvents: ~Copyable {
    /// Why the text cannot become a tree, at a line of the file and a 1-based column.
    struct Problem: Error {
        var code: DiagnosticCode
        var message: String
        var line: Int
        var column: Int
        var hint: String?
    }

    private let parser: UnsafeMutablePointer<yaml_parser_t>
    /// The text, for the columns of what is refused.
    private let bytes: UnsafeBufferPointer<UInt8>
    /// Added to libyaml's lines: the file line before the text's first.
    private let lineOffset: Int
    /// The current event (the parser's and the event's memory is libyaml's, freed in deinit).
    private let event: UnsafeMutablePointer<yaml_event_t>
    private var duplicate: Problem?

    /// Reads the single document of `bytes`, whose first line is line `firstLine` of its file;
    /// nil when the text holds no document at all. Most texts are read by `YAMLSubset`, without
    /// libyaml; the rest by libyaml.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, firstLine: Int) throws(Problem) -> YAMLNode? {
        if let subset = YAMLSubset.read(bytes, firstLine: firstLine) { return try subset.get() }
        return try readWithLibYAML(bytes, firstLine: firstLine)
    }

    /// `read` by libyaml's events alone.
    static func readWithLibYAML(_ bytes: UnsafeBufferPointer<UInt8>, firstLine: Int) throws(Problem) -> YAMLNode? {
        var events = YAMLEvents(bytes, lineOffset: firstLine - 1)
        return try events.document()
    }

    private init(_ bytes: UnsafeBufferPointer<UInt8>, lineOffset: Int) {
        self.lineOffset = lineOffset
        self.bytes = bytes
        parser = .allocate(capacity: 1)
        event = .allocate(capacity: 1)
        event.initialize(to: yaml_event_t())
        yaml_parser_initialize(parser)
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(parser, bytes.baseAddress, bytes.count)
    }

    deinit {
        yaml_event_delete(event)
        event.deallocate()
        yaml_parser_delete(parser)
        parser.deallocate()
    }

    private mutating func document() throws(Problem) -> YAMLNode? {
        try next()  // stream start
        guard try next() != YAML_STREAM_END_EVENT else { return nil }
        try next()  // past the document start
        let root = try node(depth: 1)
        try next()  // document end
        if try next() != YAML_STREAM_END_EVENT {
            let (line, column) = position(event.pointee.start_mark)
            throw Problem(code: .yamlSyntax,
                          message: "invalid YAML: expected a single document in the stream: but found another document",
                          line: line, column: column,
                          hint: "a YAML file holds one document; remove the second '---' or what follows it")
        }
        if let problem = duplicate { throw problem }
        return root
    }

    /// Parses the next event into `event`, freeing the one before.
    @discardableResult
    private mutating func next() throws(Problem) -> yaml_event_type_t {
        yaml_event_delete(event)
        guard yaml_parser_parse(parser, event) == 1 else { throw syntaxProblem() }
        return event.pointee.type
    }

    /// The node that starts at the current event, `depth` collections deep (the root is 1);
    /// leaves `event` at its last event.
    private mutating func node(depth: Int) throws(Problem) -> YAMLNode {
        let mark = event.pointee.start_mark
        let (line, column) = position(mark)
        switch event.pointee.type {
        case YAML_SCALAR_EVENT:
            let scalar = event.pointee.data.scalar
            try refuse(anchor: scalar.anchor, tag: scalar.tag, at: mark)
            let text = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
            let quoted = scalar.style == YAML_SINGLE_QUOTED_SCALAR_STYLE || scalar.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE
                || scalar.style == YAML_LITERAL_SCALAR_STYLE || scalar.style == YAML_FOLDED_SCALAR_STYLE
            return YAMLNode(value: .scalar(text), line: line, column: column, isQuoted: quoted)
        case YAML_SEQUENCE_START_EVENT:
            try refuse(anchor: event.pointee.data.sequence_start.anchor, tag: event.pointee.data.sequence_start.tag, at: mark)
            try check(depth: depth, at: mark)
            var items: [YAMLNode] = []
            while try next() != YAML_SEQUENCE_END_EVENT {
                items.append(try node(depth: depth + 1))
            }
            return YAMLNode(value: .sequence(items), line: line, column: column)
        case YAML_MAPPING_START_EVENT:
            try refuse(anchor: event.pointee.data.mapping_start.anchor, tag: event.pointee.data.mapping_start.tag, at: mark)
            try check(depth: depth, at: mark)
            var pairs: [(key: YAMLNode, value: YAMLNode)] = []
            // Room for the pairs of most maps (a front-matter's dozen keys fit in one of libc's
            // cached sizes): grown from empty, a map's pairs were moved to a new buffer each time
            // they doubled. The tree is let go once its file is read.
            pairs.reserveCapacity(12)
            var keys = YAMLKeySignatures()
            while try next() != YAML_MAPPING_END_EVENT {
                let key = try node(depth: depth + 1)
                if event.pointee.type == YAML_SCALAR_EVENT {
                    keys.add(scalar: UnsafeBufferPointer(start: event.pointee.data.scalar.value, count: event.pointee.data.scalar.length))
                } else {
                    keys.addCollection()
                }
                try next()
                pairs.append((key, try node(depth: depth + 1)))
            }
            if duplicate == nil, keys.mustCompare { duplicate = Self.duplicateKey(in: pairs) }
            return YAMLNode(value: .mapping(pairs), line: line, column: column)
        default:  // an alias: the only other event a node can start with
            throw unsupported("*", String(cString: event.pointee.data.alias.anchor), at: mark)
        }
    }

    /// Refuses a node's anchor or tag (the non-specific `!` aside), whichever is written first.
    /// Nearly every node has neither: that is told in place, without a call.
    @inline(__always)
    private func refuse(anchor: UnsafeMutablePointer<yaml_char_t>?, tag: UnsafeMutablePointer<yaml_char_t>?,
                        at mark: yaml_mark_t) throws(Problem) {
        if anchor != nil || tag != nil { try refuseWritten(anchor: anchor, tag: tag, at: mark) }
    }

    private func refuseWritten(anchor: UnsafeMutablePointer<yaml_char_t>?, tag: UnsafeMutablePointer<yaml_char_t>?,
                               at mark: yaml_mark_t) throws(Problem) {
        let tag = tag.map { String(cString: $0) }.flatMap { $0 == "!" ? nil : $0 }
        if let anchor, tag == nil || firstScalar(at: mark) == "&" {
            throw unsupported("&", String(cString: anchor), at: mark)
        }
        if let tag {
            // As written: libyaml gives the `!!` shorthand resolved.
            let core = "tag:yaml.org,2002:"
            throw unsupported("!", tag.hasPrefix(core) ? "!!" + tag.dropFirst(core.count) : tag, at: mark)
        }
    }

    private func check(depth: Int, at mark: yaml_mark_t) throws(Problem) {
        guard depth > YAMLGuard.maximumDepth else { return }
        let (line, column) = characterPosition(mark)
        throw YAMLGuard.tooDeep(line: line, column: column)
    }

    /// The problem of an anchor (`&`), an alias (`*`) or a tag (`!`), named as written.
    private func unsupported(_ indicator: Character, _ name: String, at mark: yaml_mark_t) -> Problem {
        let (line, column) = characterPosition(mark)
        let word = indicator == "!" && name.hasPrefix("!") ? name : "\(indicator)\(name)"
        return YAMLGuard.refusal(indicator, word: word, line: line, column: column)
    }

    /// The first key of `pairs` written a second time, at that second occurrence.
    static func duplicateKey(in pairs: [(key: YAMLNode, value: YAMLNode)]) -> Problem? {
        // Most maps are a few scalar keys: compared pair by pair; a long map's scalars by a dictionary.
        var scalars: [String: Int]? = pairs.count > 16 ? [:] : nil
        for later in pairs.indices {
            let key = pairs[later].key
            var earlier: Int?
            if let text = key.scalar, scalars != nil {
                earlier = scalars![text]
                if earlier == nil { scalars![text] = later }
            } else if let text = key.scalar {
                earlier = pairs[..<later].firstIndex { $0.key.scalar == text }
            } else {
                earlier = pairs[..<later].firstIndex { $0.key.sameValue(as: key) }
            }
            guard let earlier else { continue }
            let name = key.scalar.map { "'\($0)'" } ?? key.kindName
            return Problem(code: .duplicateKey, message: "the key \(name) appears twice in the same map",
                           line: key.line, column: key.column,
                           hint: "keep one \(name); the first is on line \(pairs[earlier].key.line)")
        }
        return nil
    }

    private func syntaxProblem() -> Problem {
        let problem = parser.pointee.problem.map { String(cString: $0) } ?? "the parser ran out of memory"
        if parser.pointee.error == YAML_READER_ERROR {
            return Problem(code: .yamlSyntax, message: "invalid YAML: \(problem)",
                           line: lineOffset + 1 + newlines(before: parser.pointee.problem_offset), column: 1,
                           hint: "remove the control character or invalid byte from the text")
        }
        let context = parser.pointee.context.map { String(cString: $0) }
        let what = [context, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
        let (line, column) = position(parser.pointee.problem_mark)
        return Problem(code: .yamlSyntax, message: "invalid YAML: \(what)", line: line, column: column,
                       hint: Self.syntaxHint(for: problem))
    }

    private static func syntaxHint(for problem: String) -> String {
        if problem.contains("tab") { return "indent with spaces, not tabs" }
        if problem.contains("mapping values are not allowed") {
            return "a value that contains ': ' must be quoted, for example title: \"Staff: Platform\""
        }
        return "check the indentation and quoting on this line and the one before"
    }

    private func newlines(before offset: Int) -> Int {
        guard let start = parser.pointee.input.string.start else { return 0 }
        return UnsafeBufferPointer(start: start, count: offset).reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
    }

    /// The 1-based line and column of `mark` (libyaml counts both from 0, columns in Unicode scalars).
    private func position(_ mark: yaml_mark_t) -> (line: Int, column: Int) {
        (lineOffset + mark.line + 1, mark.column + 1)
    }

    /// The scalars of the text's line of `mark` before it, and from it on.
    private func lineScalars(_ mark: yaml_mark_t) -> (before: Substring.UnicodeScalarView, rest: Substring.UnicodeScalarView) {
        var start = 0
        for _ in 0 ..< mark.line {
            guard let feed = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) else { break }
            start = feed + 1
        }
        let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
        let line = String(decoding: UnsafeBufferPointer(rebasing: bytes[start ..< end]), as: UTF8.self)[...].unicodeScalars
        let cut = line.index(line.startIndex, offsetBy: min(mark.column, line.count))
        return (line[..<cut], line[cut...])
    }

    /// `position(mark)` with the column counted in characters, as diagnostics count it.
    private func characterPosition(_ mark: yaml_mark_t) -> (line: Int, column: Int) {
        (lineOffset + mark.line + 1, Substring(lineScalars(mark).before).count + 1)
    }

    /// The scalar at `mark`, if any.
    private func firstScalar(at mark: yaml_mark_t) -> Unicode.Scalar? {
        lineScalars(mark).rest.first
    }
}

extension YAMLNode {
    /// Whether two nodes hold the same value, wherever they are written: how YAML compares keys.
    func sameValue(as other: YAMLNode) -> Bool {
        switch (value, other.value) {
        case let (.scalar(a), .scalar(b)):
            return a == b
        case let (.sequence(a), .sequence(b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.sameValue(as: $1) }
        case let (.mapping(a), .mapping(b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.key.sameValue(as: $1.key) && $0.value.sameValue(as: $1.value) }
        default:
            return false
        }
    }
}
