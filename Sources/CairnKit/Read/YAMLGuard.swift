/// A lexical pass over YAML text that libyaml could not parse, for what Cairn's YAML subset
/// leaves out (anchors, aliases, tags) and nesting too deep: libyaml stops at some of them with
/// a syntax error (an alias as a key in a flow map, `{*a : x}`), and what the user wrote is
/// better named than the parser's complaint. Text that parses is refused the same way by the
/// event reader (`YAMLEvents`), with the same messages.
enum YAMLGuard {
    /// The deepest nesting of collections accepted.
    static let maximumDepth = 32

    /// What the guard finds, as the event reader reports it; `scan` gives its line within the
    /// YAML text (1-based), `refusal` and `tooDeep` the line they are given.
    typealias Finding = YAMLEvents.Problem

    /// Scans the UTF-8 bytes: every character the guard looks for is ASCII, and no byte of a
    /// multi-byte character is. Columns in findings count characters, as diagnostics do.
    static func scan(_ text: String) -> Finding? {
        var text = text
        return text.withUTF8 { scan(bytes: $0) }
    }

    private static let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t")

    private static func scan(bytes: UnsafeBufferPointer<UInt8>) -> Finding? {
        var blockScalarParentIndent: Int?
        var quote: UInt8?
        var flowDepth = 0
        var indents: [Int] = []
        var lineStart = 0
        var lineNumber = 0
        while lineStart <= bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            defer { lineStart = lineEnd + 1 }
            lineNumber += 1
            let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd])
            let indent = line.prefix { $0 == space }.count
            let isBlank = line.allSatisfy { $0 == space || $0 == tab }
            if let parent = blockScalarParentIndent {
                if isBlank || indent > parent { continue }
                blockScalarParentIndent = nil
            }
            if quote == nil && flowDepth == 0 {
                if isBlank || line[indent] == UInt8(ascii: "#") { continue }
                while let last = indents.last, last > indent { indents.removeLast() }
                if indents.last != indent { indents.append(indent) }
            }
            var i = quote == nil ? indent : 0
            var nodeStart = quote == nil
            var dashes = 0
            while i < line.count {
                let c = line[i]
                let next: UInt8? = i + 1 < line.count ? line[i + 1] : nil
                let nextIsBlank = next == nil || next == space || next == tab
                if let open = quote {
                    if open == UInt8(ascii: "\"") && c == UInt8(ascii: "\\") { i += 2; continue }
                    if c == open {
                        if open == UInt8(ascii: "'") && next == UInt8(ascii: "'") { i += 2; continue }
                        quote = nil
                    }
                    i += 1
                    continue
                }
                if c == space || c == tab { i += 1; continue }
                if c == UInt8(ascii: "#") && (i == 0 || line[i - 1] == space || line[i - 1] == tab) { break }
                if nodeStart {
                    if (c == UInt8(ascii: "-") || c == UInt8(ascii: "?")) && nextIsBlank && flowDepth == 0 {
                        dashes += 1
                        i += 1
                        continue
                    }
                    if (c == UInt8(ascii: "&") || c == UInt8(ascii: "*") || c == UInt8(ascii: "!")) && !nextIsBlank {
                        let rest = String(decoding: line[i...], as: UTF8.self)
                        let word = String(rest.prefix { $0 != " " && $0 != "," && $0 != "]" && $0 != "}" })
                        return refusal(Character(Unicode.Scalar(c)), word: word, line: lineNumber, column: column(i, in: line))
                    }
                    if (c == UInt8(ascii: "|") || c == UInt8(ascii: ">")) && flowDepth == 0 {
                        blockScalarParentIndent = indent
                        break
                    }
                    if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
                        quote = c
                        nodeStart = false
                        i += 1
                        continue
                    }
                    if c == UInt8(ascii: "[") || c == UInt8(ascii: "{") {
                        flowDepth += 1
                        if indents.count + dashes + flowDepth > maximumDepth {
                            return tooDeep(line: lineNumber, column: column(i, in: line))
                        }
                        i += 1
                        continue
                    }
                    nodeStart = false
                }
                let closesFlow = next == UInt8(ascii: ",") || next == UInt8(ascii: "]") || next == UInt8(ascii: "}")
                if c == UInt8(ascii: ":") && (nextIsBlank || (flowDepth > 0 && closesFlow)) {
                    nodeStart = true
                } else if flowDepth > 0 && c == UInt8(ascii: ",") {
                    nodeStart = true
                } else if flowDepth > 0 && (c == UInt8(ascii: "]") || c == UInt8(ascii: "}")) {
                    flowDepth -= 1
                }
                i += 1
            }
            if indents.count + dashes + flowDepth > maximumDepth {
                return tooDeep(line: lineNumber, column: indent + 1)
            }
        }
        return nil
    }

    /// The 1-based column, in characters, of the byte at `offset` in `line`.
    private static func column(_ offset: Int, in line: UnsafeBufferPointer<UInt8>) -> Int {
        String(decoding: line[..<offset], as: UTF8.self).count + 1
    }

    /// The refusal of an anchor (`&`), an alias (`*`) or a tag (`!`) written as `word`.
    static func refusal(_ indicator: Character, word: String, line: Int, column: Int) -> Finding {
        switch indicator {
        case "&":
            return Finding(code: .yamlAnchor, message: "YAML anchors ('\(word)') are not supported", line: line, column: column,
                           hint: "write the value out in full; if '&' belongs to the text, put the value in quotes")
        case "*":
            return Finding(code: .yamlAnchor, message: "YAML aliases ('\(word)') are not supported", line: line, column: column,
                           hint: "write the value out in full; if '*' belongs to the text, put the value in quotes")
        default:
            return Finding(code: .yamlTag, message: "YAML tags ('\(word)') are not supported", line: line, column: column,
                           hint: "remove the tag: Cairn reads each field with its own type; quote the value if '!' belongs to the text")
        }
    }

    /// The refusal of a collection nested deeper than `maximumDepth`.
    static func tooDeep(line: Int, column: Int) -> Finding {
        Finding(code: .yamlTooDeep, message: "the YAML is nested more than \(maximumDepth) levels deep", line: line, column: column,
                hint: "no Cairn field nests this deep; flatten the structure")
    }
}
