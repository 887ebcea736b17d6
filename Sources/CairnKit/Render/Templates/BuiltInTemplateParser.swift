/// Reads a template into a `BuiltInTemplate` by swift-mustache 2's rules (its
/// `MustacheTemplate.parse`, followed step by step, quirks included: which tags stand alone on
/// their line and take it with them, what white space goes with them, how a section's end leaves
/// the line), on bytes. It reads only what Cairn's templates are written in and refuses the rest,
/// which then goes to swift-mustache:
/// - tags: text, `{{name}}`, `{{{name}}}`, `{{&name}}`, sections, inverted sections, comments,
///   partials, parents and blocks, the content type pragma, and a list element's `first()`,
///   `last()`, `index()`, `even()`, `odd()`; not other transforms, changes of delimiters or
///   dynamic partials;
/// - text: line feeds for line breaks, and beside ASCII only letters (not Lo, Lm), digits,
///   punctuation and symbols (not Sk), so that every character that ends a tag, a line or a run
///   of blanks is one byte, as it is one `Character` to swift-mustache (no carriage return, other
///   line break, space separator, or mark or format character that would join it).
struct BuiltInTemplateParser {
    typealias Node = BuiltInTemplate.Node

    private let bytes: [UInt8]
    private var at = 0
    private var includes: Set<String> = []

    private struct Refused: Error {}

    /// What the parser knows of where it is (swift-mustache's `ParserState`).
    private struct State {
        var sectionName: String?
        var sectionTransforms: [String] = []
        var newLine = true
        var partialDefinition = false
        var partialDefinitionTopLevel = false
        var partialDefinitionIndent: [UInt8]?

        func section(_ name: String, newLine: Bool, transforms: [String] = []) -> State {
            var state = self
            state.sectionName = name
            state.sectionTransforms = transforms
            state.partialDefinitionTopLevel = false
            if !newLine { state.newLine = false }
            return state
        }

        func inheriting(_ name: String) -> State {
            var state = self
            state.sectionName = name
            state.sectionTransforms = []
            state.newLine = true
            state.partialDefinition = true
            state.partialDefinitionTopLevel = true
            return state
        }
    }

    private init(_ text: String) { bytes = Array(text.utf8) }

    /// `text` parsed; nil when it holds anything this parser does not read, or does not parse.
    static func parse(_ text: String) -> BuiltInTemplate? {
        guard readable(text) else { return nil }
        var parser = BuiltInTemplateParser(text)
        guard let nodes = try? parser.parse(State()) else { return nil }
        return BuiltInTemplate(nodes: nodes, includes: parser.includes)
    }

    /// Whether every character of `text` is one this parser reads as swift-mustache does.
    static func readable(_ text: String) -> Bool {
        if ByteScan.contains(text, anyOf: unreadable) { return false }
        if ByteScan.isASCII(text) { return true }
        for scalar in text.unicodeScalars where !scalar.isASCII {
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .decimalNumber, .letterNumber, .otherNumber,
                 .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
                 .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .otherSymbol:
                continue
            default:
                return false
            }
        }
        return true
    }

    /// The ASCII line breaks `readable` refuses: vertical tab, form feed, carriage return.
    private static let unreadable = ByteScan.Targets("\u{0B}\u{0C}\r")

    // MARK: The tags

    private mutating func parse(_ initial: State) throws(Refused) -> [Node] {
        var nodes: [Node] = []
        var state = initial
        var blanks: [UInt8] = []  // swift-mustache's `whiteSpaceBefore`
        while at < bytes.count {
            if state.newLine {
                let leading = readBlanks()
                if state.partialDefinition && !state.partialDefinitionTopLevel {
                    // A block filled in a parent: its first line sets the indentation its lines lose.
                    if let indent = state.partialDefinitionIndent {
                        blanks = Array(leading.dropFirst(indent.count))
                    } else {
                        state.partialDefinitionIndent = leading
                    }
                } else {
                    blanks = leading
                }
            }
            let text = try readUntilTagOrLineFeed()
            if current == .lineFeed {
                nodes.append(.text(piece(blanks, text, lineFeed: true)))
                state.newLine = true
                at += 1
                continue
            }
            if !text.isEmpty {
                nodes.append(.text(piece(blanks, text)))
                blanks = []
                state.newLine = false
            }
            if at >= bytes.count { break }
            var setNewLine = false
            switch bytes[at] {
            case .hash, .caret:
                let inverted = bytes[at] == .caret
                at += 1
                let (name, transforms) = try readName()
                if standalone(state) {
                    setNewLine = true
                } else if !blanks.isEmpty {
                    nodes.append(.text(blanks))
                    blanks = []
                }
                let body = try parse(state.section(name, newLine: setNewLine, transforms: transforms))
                let found = try Self.name(name, transforms)
                nodes.append(inverted ? .inverted(found, body: body) : .section(found, body: body))
            case .slash:
                at += 1
                let (name, transforms) = try readName()
                guard name == state.sectionName, transforms == state.sectionTransforms else { throw Refused() }
                if !standalone(state), !blanks.isEmpty { nodes.append(.text(blanks)) }
                return nodes
            case .bang:
                at += 1
                try skipComment()
                setNewLine = standalone(state)
            case .openBrace, .ampersand:
                if !blanks.isEmpty {
                    nodes.append(.text(blanks))
                    blanks = []
                }
                let triple = bytes[at] == .openBrace
                at += 1
                let (name, transforms) = try readName()
                if triple {
                    guard current == .closeBrace else { throw Refused() }
                    at += 1
                }
                nodes.append(.value(try Self.name(name, transforms), escaped: false))
            case .greater:
                at += 1
                _ = readWhile(Self.isWhitespace)
                guard current != .star else { throw Refused() }  // a partial named at rendering
                let name = try readPartialName()
                includes.insert(name)
                if !blanks.isEmpty { nodes.append(.text(blanks)) }
                if standalone(state) {
                    setNewLine = true
                    nodes.append(.partial(name, indentation: blanks))
                } else {
                    nodes.append(.partial(name, indentation: nil))
                }
                blanks = []
            case .less:
                at += 1
                _ = readWhile(Self.isWhitespace)
                let name = try readPartialName()
                guard name.utf8.first != .star else { throw Refused() }
                includes.insert(name)
                if !blanks.isEmpty { nodes.append(.text(blanks)) }
                if standalone(state) { setNewLine = true }
                var blocks: [String: [Node]] = [:]
                for node in try parse(state.inheriting(name)) {
                    switch node {
                    case .filling(let block, let body): blocks[block] = body
                    case .text: break
                    default: throw Refused()
                    }
                }
                nodes.append(.parent(name, indentation: blanks, blocks: blocks))
                blanks = []
            case .dollar:
                at += 1
                let (name, transforms) = try readName()
                guard transforms.isEmpty else { throw Refused() }
                if state.partialDefinitionTopLevel {
                    if standalone(state) { setNewLine = true }
                    nodes.append(.filling(name, body: try parse(state.section(name, newLine: setNewLine))))
                } else {
                    if !blanks.isEmpty { nodes.append(.text(blanks)) }
                    if standalone(state) { setNewLine = true }
                    let fallback = try parse(state.section(name, newLine: setNewLine))
                    nodes.append(.block(name, indentation: blanks, fallback: fallback))
                    blanks = []
                }
            case .percent:
                at += 1
                nodes.append(.contentType(try readContentType()))
                setNewLine = standalone(state)
            case .equals:
                throw Refused()  // a change of delimiters
            default:
                if !blanks.isEmpty {
                    nodes.append(.text(blanks))
                    blanks = []
                }
                let (name, transforms) = try readName()
                nodes.append(.value(try Self.name(name, transforms), escaped: true))
            }
            state.newLine = setNewLine
        }
        guard state.sectionName == nil else { throw Refused() }
        return nodes
    }

    /// What a tag's name and transforms stand for, of those this parser reads.
    private static func name(_ name: String, _ transforms: [String]) throws(Refused) -> BuiltInTemplate.Name {
        if !transforms.isEmpty {
            guard name.isEmpty, transforms.count == 1, let position = BuiltInTemplate.Position(rawValue: transforms[0]) else {
                throw Refused()
            }
            return .position(position)
        }
        if name == "." { return .current }
        let parts = name.split(separator: ".").map(String.init)
        guard !parts.isEmpty else { throw Refused() }
        return name.utf8.first == .dot ? .local(parts) : .path(parts)
    }

    // MARK: Reading

    private var current: UInt8? { at < bytes.count ? bytes[at] : nil }

    /// Where the text up to a line feed (left to read) or a tag's opening braces (read) stands.
    private mutating func readUntilTagOrLineFeed() throws(Refused) -> Range<Int> {
        let start = at
        while at < bytes.count {
            let byte = bytes[at]
            if byte == .lineFeed { return start..<at }
            if byte == .openBrace {
                // swift-mustache reads two characters here, and fails when there are not two left.
                guard at + 1 < bytes.count else { throw Refused() }
                if bytes[at + 1] == .openBrace {
                    at += 2
                    return start..<(at - 2)
                }
            }
            at += 1
        }
        return start..<at
    }

    /// A text node's bytes: `blanks`, then the text at `text`, then a line feed when asked.
    private func piece(_ blanks: [UInt8], _ text: Range<Int>, lineFeed: Bool = false) -> [UInt8] {
        var piece: [UInt8] = []
        piece.reserveCapacity(blanks.count + text.count + 1)
        piece += blanks
        piece += bytes[text]
        if lineFeed { piece.append(.lineFeed) }
        return piece
    }

    private mutating func readBlanks() -> [UInt8] {
        let start = at
        while at < bytes.count, bytes[at] == .space || bytes[at] == .tab { at += 1 }
        return Array(bytes[start..<at])
    }

    private mutating func readWhile(_ test: (UInt8) -> Bool) -> String {
        let start = at
        while at < bytes.count, test(bytes[at]) { at += 1 }
        return String(decoding: bytes[start..<at], as: UTF8.self)
    }

    /// Reads the closing braces; refuses when they are not next.
    private mutating func readClose() throws(Refused) {
        guard at + 1 < bytes.count, bytes[at] == .closeBrace, bytes[at + 1] == .closeBrace else { throw Refused() }
        at += 2
    }

    /// A name and its transforms, through the closing braces (swift-mustache's `parseName`).
    private mutating func readName() throws(Refused) -> (String, [String]) {
        _ = readWhile(Self.isWhitespace)
        let text = readWhile(Self.isNameByte)
        _ = readWhile(Self.isWhitespace)
        try readClose()
        let utf8 = Array(text.utf8)
        guard let open = utf8.firstIndex(where: { $0 == .openParen || $0 == .closeParen }) else { return (text, []) }
        // `f(g(name))`: transforms f and g, then the name, then a `)` for each transform.
        var transforms = [String(decoding: utf8[..<open], as: UTF8.self)]
        var index = open
        while true {
            guard utf8[index] == .openParen else { throw Refused() }
            index += 1
            let start = index
            while index < utf8.count, utf8[index] != .openParen && utf8[index] != .closeParen { index += 1 }
            guard index < utf8.count else { throw Refused() }
            let word = String(decoding: utf8[start..<index], as: UTF8.self)
            if utf8[index] == .closeParen {
                let closing = utf8[index...].prefix { $0 == .closeParen }.count
                guard closing == transforms.count, index + closing == utf8.count else { throw Refused() }
                return (word, transforms)
            }
            transforms.append(word)
        }
    }

    private mutating func readPartialName() throws(Refused) -> String {
        _ = readWhile(Self.isWhitespace)
        let name = readWhile { Self.isNameByte($0) || $0 == .slash }
        _ = readWhile(Self.isWhitespace)
        try readClose()
        return name
    }

    /// Skips a comment through its closing braces.
    private mutating func skipComment() throws(Refused) {
        while at + 1 < bytes.count {
            if bytes[at] == .closeBrace && bytes[at + 1] == .closeBrace {
                at += 2
                return
            }
            at += 1
        }
        throw Refused()
    }

    /// `CONTENT_TYPE: name }}`, the only pragma swift-mustache knows.
    private mutating func readContentType() throws(Refused) -> BuiltInTemplate.ContentKind {
        _ = readWhile(Self.isWhitespace)
        let variable = readWhile(Self.isPlainNameByte)
        _ = readWhile(Self.isWhitespace)
        guard current == .colon else { throw Refused() }
        at += 1
        _ = readWhile(Self.isWhitespace)
        let value = readWhile(Self.isPlainNameByte)
        _ = readWhile(Self.isWhitespace)
        try readClose()
        guard variable == "CONTENT_TYPE", let kind = BuiltInTemplate.ContentKind(name: value) else { throw Refused() }
        return kind
    }

    /// Whether the tag just read stands alone on its line: if so, the rest of the line, its line
    /// feed included, is read (swift-mustache's `isStandalone`).
    private mutating func standalone(_ state: State) -> Bool {
        guard state.newLine else { return false }
        if at >= bytes.count { return true }
        var end = at
        while end < bytes.count, bytes[end] == .space || bytes[end] == .tab { end += 1 }
        guard end < bytes.count, bytes[end] == .lineFeed else { return false }
        at = end + 1
        return true
    }

    /// White space as `Character.isWhitespace` takes it, of the bytes `readable` lets through.
    private static func isWhitespace(_ byte: UInt8) -> Bool { byte == .space || byte == .tab || byte == .lineFeed }

    /// The characters of names without transforms: letters, digits and `.-_?*`.
    private static func isPlainNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             .dot, UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "?"), .star: true
        default: false
        }
    }

    /// The characters of names with transforms: those and parentheses.
    private static func isNameByte(_ byte: UInt8) -> Bool { isPlainNameByte(byte) || byte == .openParen || byte == .closeParen }
}

private extension UInt8 {
    static let lineFeed = UInt8(ascii: "\n"), tab = UInt8(ascii: "\t"), space = UInt8(ascii: " ")
    static let openBrace = UInt8(ascii: "{"), closeBrace = UInt8(ascii: "}"), openParen = UInt8(ascii: "("), closeParen = UInt8(ascii: ")")
    static let hash = UInt8(ascii: "#"), caret = UInt8(ascii: "^"), slash = UInt8(ascii: "/"), bang = UInt8(ascii: "!")
    static let ampersand = UInt8(ascii: "&"), greater = UInt8(ascii: ">"), less = UInt8(ascii: "<"), dollar = UInt8(ascii: "$")
    static let percent = UInt8(ascii: "%"), equals = UInt8(ascii: "="), star = UInt8(ascii: "*"), dot = UInt8(ascii: "."), colon = UInt8(ascii: ":")
}
