/// Reads the YAML that nearly every front-matter is written in, without libyaml: maps and lists
/// by indentation (a list's entry may be a map), one-line plain and quoted scalars, one-line flow
/// maps of plain scalars and flow lists of plain or quoted ones, blank lines and comments. It
/// gives libyaml's tree for what it reads (the same values, lines and columns, checked against
/// libyaml on random texts by `YAMLSubsetTests`), and gives up on anything else: then
/// `YAMLEvents` reads the text with libyaml, which alone reports problems.
///
/// Giving up is always safe, so every rule here is the narrow side of YAML's: a byte libyaml
/// might refuse or read as a line break (controls, tab, CR, NEL, U+2028, U+2029, a byte-order
/// mark, bad UTF-8), an indicator that starts a scalar, `: ` or ` #` where they could mean
/// something, a scalar running onto the next line, a quoted scalar with an escape, nested flow
/// collections, and a document marker all make it give up.
struct YAMLSubset {
    /// A line with something on it (not blank, not only a comment).
    struct Line {
        /// The line within the text, from 0.
        var number: Int
        var start: Int
        var end: Int
        var indent: Int
        /// Whether every byte of the line is ASCII: then a column is an offset.
        var isASCII: Bool
    }

    enum GiveUp: Error { case notInSubset }

    let bytes: UnsafeBufferPointer<UInt8>
    private let firstLine: Int
    private var lines: [Line] = []
    private var index = 0
    private var duplicate: YAMLEvents.Problem?

    /// The tree of `bytes` (nil when they hold no document), or a key written twice; nil when the
    /// text is not in the subset.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, firstLine: Int) -> Result<YAMLNode?, YAMLEvents.Problem>? {
        var reader = YAMLSubset(bytes: bytes, firstLine: firstLine)
        do {
            let root = try reader.document()
            if let problem = reader.duplicate { return .failure(problem) }
            return .success(root)
        } catch {
            return nil
        }
    }

    private init(bytes: UnsafeBufferPointer<UInt8>, firstLine: Int) {
        self.bytes = bytes
        self.firstLine = firstLine
    }

    private mutating func document() throws(GiveUp) -> YAMLNode? {
        try split()
        guard let first = lines.first else { return nil }
        let root = startsEntry(first) ? try sequence(first.indent, depth: 1, indentless: false)
                                      : try mapping(first.indent, depth: 1)
        guard index == lines.count else { throw .notInSubset }
        return root
    }

    // MARK: Lines

    /// Finds the lines with something on them, giving up on a byte libyaml may refuse or read as
    /// more than a character of the line. (A document marker, `---` or `...`, needs no check: no
    /// key or entry starts so.)
    private mutating func split() throws(GiveUp) {
        guard let base = bytes.baseAddress else { return }
        lines.reserveCapacity(24)
        var start = 0, number = 0
        while start <= bytes.count {
            var end = start
            while end < bytes.count, base[end] == 0x20 { end += 1 }
            let first = end
            var isASCII = true
            while end < bytes.count {
                let byte = base[end]
                if byte >= 0x20 && byte < 0x7F {
                    end += 1
                } else if byte == 0x0A {
                    break
                } else {
                    // A continuation byte is never a line feed: the line's end can wait.
                    guard byte >= 0x80, let width = Self.printableWidth(bytes, end, bytes.count) else { throw .notInSubset }
                    end += width
                    isASCII = false
                }
            }
            if first < end, base[first] != UInt8(ascii: "#") {
                lines.append(Line(number: number, start: start, end: end, indent: first - start, isASCII: isASCII))
            }
            start = end + 1
            number += 1
        }
    }

    /// The width of the UTF-8 character at `at` when it is one libyaml reads as a plain character
    /// (U+00A0 and above, but for the line and paragraph separators, the byte-order mark, U+FFFE
    /// and U+FFFF); nil for anything else.
    static func printableWidth(_ bytes: UnsafeBufferPointer<UInt8>, _ at: Int, _ end: Int) -> Int? {
        func continuation(_ offset: Int) -> UInt32? {
            guard at + offset < end, bytes[at + offset] & 0xC0 == 0x80 else { return nil }
            return UInt32(bytes[at + offset] & 0x3F)
        }
        let lead = UInt32(bytes[at])
        switch lead {
        case 0xC2 ... 0xDF:
            guard let a = continuation(1) else { return nil }
            return (lead & 0x1F) << 6 | a >= 0xA0 ? 2 : nil
        case 0xE0 ... 0xEF:
            guard let a = continuation(1), let b = continuation(2) else { return nil }
            let scalar = (lead & 0x0F) << 12 | a << 6 | b
            guard scalar >= 0x800, !(0xD800 ... 0xDFFF).contains(scalar) else { return nil }
            return [0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF].contains(scalar) ? nil : 3
        case 0xF0 ... 0xF4:
            guard let a = continuation(1), let b = continuation(2), let c = continuation(3) else { return nil }
            let scalar = (lead & 0x07) << 18 | a << 12 | b << 6 | c
            return (0x10000 ... 0x10FFFF).contains(scalar) ? 4 : nil
        default:
            return nil
        }
    }

    // MARK: Block collections

    /// Whether the line is a list entry: `-` then a space.
    private func startsEntry(_ line: Line) -> Bool {
        let dash = line.start + line.indent
        return bytes[dash] == UInt8(ascii: "-") && (dash + 1 == line.end || bytes[dash + 1] == 0x20)
    }

    /// The block map whose keys are indented by `indent`, starting at the current line.
    private mutating func mapping(_ indent: Int, depth: Int) throws(GiveUp) -> YAMLNode {
        guard depth < YAMLGuard.maximumDepth else { throw .notInSubset }
        let first = lines[index]
        var pairs: [(key: YAMLNode, value: YAMLNode)] = []
        pairs.reserveCapacity(12)
        var keys = YAMLKeySignatures()
        while index < lines.count {
            let line = lines[index]
            if line.indent < indent { break }
            guard line.indent == indent else { throw .notInSubset }
            let keyStart = line.start + indent
            let (colon, signature) = try keyEnd(from: keyStart, to: line.end)
            let key = UnsafeBufferPointer(rebasing: bytes[keyStart ..< colon])
            if line.isASCII { keys.add(asciiSignature: signature) } else { keys.add(scalar: key) }
            let keyNode = YAMLNode(value: .scalar(String(decoding: key, as: UTF8.self)),
                                   line: firstLine + line.number, column: indent + 1)
            let valueStart = skipSpaces(colon + 1, line.end)
            let value: YAMLNode
            if valueStart == line.end || bytes[valueStart] == UInt8(ascii: "#") {
                value = try blockValue(after: line, indent: indent, colon: colon, depth: depth + 1)
            } else {
                value = try inline(valueStart, line, depth: depth + 1)
                index += 1
            }
            pairs.append((keyNode, value))
        }
        if duplicate == nil, keys.mustCompare { duplicate = YAMLEvents.duplicateKey(in: pairs) }
        return YAMLNode(value: .mapping(pairs), line: firstLine + first.number, column: indent + 1)
    }

    /// The value of a key with nothing after its colon: the block map or list on the lines below,
    /// or an empty scalar just after the colon.
    private mutating func blockValue(after line: Line, indent: Int, colon: Int, depth: Int) throws(GiveUp) -> YAMLNode {
        index += 1
        if index < lines.count {
            let next = lines[index]
            if next.indent > indent {
                return startsEntry(next) ? try sequence(next.indent, depth: depth, indentless: false)
                                         : try mapping(next.indent, depth: depth)
            }
            if next.indent == indent, startsEntry(next) {
                return try sequence(indent, depth: depth, indentless: true)
            }
        }
        return YAMLNode(value: .scalar(""), line: firstLine + line.number, column: column(of: colon + 1, in: line) + 1)
    }

    /// The block list whose dashes are indented by `indent`; an indentless list (at its key's
    /// indent) ends at the first line that is not an entry.
    private mutating func sequence(_ indent: Int, depth: Int, indentless: Bool) throws(GiveUp) -> YAMLNode {
        guard depth < YAMLGuard.maximumDepth else { throw .notInSubset }
        let first = lines[index]
        var items: [YAMLNode] = []
        while index < lines.count {
            let line = lines[index]
            if line.indent < indent { break }
            guard line.indent == indent else { throw .notInSubset }
            guard startsEntry(line) else {
                if indentless { break }
                throw .notInSubset
            }
            let start = skipSpaces(line.start + indent + 1, line.end)
            guard start < line.end, bytes[start] != UInt8(ascii: "#") else { throw .notInSubset }
            if (try? keyEnd(from: start, to: line.end)) != nil {
                // A map whose first key follows the dash: its keys are indented as that one is.
                lines[index].indent = start - line.start
                items.append(try mapping(start - line.start, depth: depth + 1))
            } else {
                items.append(try inline(start, line, depth: depth + 1))
                index += 1
            }
        }
        return YAMLNode(value: .sequence(items), line: firstLine + first.number, column: indent + 1)
    }

    // MARK: Scalars and flow collections

    /// The value written on `line` from `start` to its end (or to a comment). The map or list
    /// holding it gives up when the next line is indented further (a plain scalar would run onto it).
    private mutating func inline(_ start: Int, _ line: Line, depth: Int) throws(GiveUp) -> YAMLNode {
        let place = (line: firstLine + line.number, column: column(of: start, in: line) + 1)
        switch bytes[start] {
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            let close = try quoteEnd(from: start, to: line.end)
            try rest(from: close + 1, line.end)
            return YAMLNode(value: .scalar(text(start + 1, close)), line: place.line, column: place.column, isQuoted: true)
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            guard depth < YAMLGuard.maximumDepth else { throw .notInSubset }
            return try flow(start, line, at: place)
        default:
            let end = try plainEnd(from: start, to: line.end)
            return YAMLNode(value: .scalar(text(start, end)), line: place.line, column: place.column)
        }
    }

    /// A one-line flow map of plain keys and values, or flow list of plain or quoted scalars.
    private mutating func flow(_ start: Int, _ line: Line, at place: (line: Int, column: Int)) throws(GiveUp) -> YAMLNode {
        let isMap = bytes[start] == UInt8(ascii: "{")
        let close = isMap ? UInt8(ascii: "}") : UInt8(ascii: "]")
        var pairs: [(key: YAMLNode, value: YAMLNode)] = []
        var items: [YAMLNode] = []
        if isMap { pairs.reserveCapacity(4) } else { items.reserveCapacity(4) }
        var keys = YAMLKeySignatures()
        // Columns counted on from the last one found: a line not in ASCII is not walked again
        // from its start for each of its items.
        var counted = (offset: line.start, column: 0)
        func column(of offset: Int) -> Int {
            if line.isASCII { return offset - line.start }
            for at in counted.offset ..< offset where bytes[at] & 0xC0 != 0x80 { counted.column += 1 }
            counted.offset = offset
            return counted.column
        }
        var at = skipSpaces(start + 1, line.end)
        if at < line.end, bytes[at] == close {
            at += 1
        } else {
            while true {
                if isMap {
                    let keyStart = at, keyEnd = try flowScalarEnd(from: at, to: line.end)
                    keys.add(scalar: UnsafeBufferPointer(rebasing: bytes[at ..< keyEnd]))
                    let key = YAMLNode(value: .scalar(text(at, keyEnd)), line: place.line, column: column(of: at) + 1)
                    at = skipSpaces(keyEnd, line.end)
                    // libyaml's limit runs from the key's start to its colon, spaces before it too.
                    guard at - keyStart <= Self.longestKey, at + 1 < line.end, bytes[at] == UInt8(ascii: ":"),
                          bytes[at + 1] == 0x20 else { throw .notInSubset }
                    let valueStart = skipSpaces(at + 1, line.end)
                    let valueEnd = try flowScalarEnd(from: valueStart, to: line.end)
                    pairs.append((key, YAMLNode(value: .scalar(text(valueStart, valueEnd)), line: place.line,
                                                column: column(of: valueStart) + 1)))
                    at = skipSpaces(valueEnd, line.end)
                } else if at < line.end, bytes[at] == UInt8(ascii: "\"") || bytes[at] == UInt8(ascii: "'") {
                    // A quoted item: one line, no escapes, as in a block.
                    let quote = try quoteEnd(from: at, to: line.end)
                    items.append(YAMLNode(value: .scalar(text(at + 1, quote)), line: place.line,
                                          column: column(of: at) + 1, isQuoted: true))
                    at = skipSpaces(quote + 1, line.end)
                } else {
                    let itemEnd = try flowScalarEnd(from: at, to: line.end)
                    items.append(YAMLNode(value: .scalar(text(at, itemEnd)), line: place.line,
                                          column: column(of: at) + 1))
                    at = skipSpaces(itemEnd, line.end)
                }
                guard at < line.end else { throw .notInSubset }
                if bytes[at] == close { at += 1; break }
                guard bytes[at] == UInt8(ascii: ",") else { throw .notInSubset }
                at = skipSpaces(at + 1, line.end)
            }
        }
        try rest(from: at, line.end)
        guard isMap else { return YAMLNode(value: .sequence(items), line: place.line, column: place.column) }
        if duplicate == nil, keys.mustCompare { duplicate = YAMLEvents.duplicateKey(in: pairs) }
        return YAMLNode(value: .mapping(pairs), line: place.line, column: place.column)
    }
}
