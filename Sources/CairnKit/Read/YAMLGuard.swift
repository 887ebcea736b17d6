/// A lexical pass over YAML text before it reaches the parser. It refuses what
/// Cairn's YAML subset leaves out (anchors, aliases, tags) and nesting deep
/// enough to exhaust a recursive parser, so an alias bomb is never expanded.
enum YAMLGuard {
    /// The deepest nesting of collections accepted.
    static let maximumDepth = 32

    struct Finding: Equatable {
        var code: DiagnosticCode
        /// 1-based line within the YAML text, and column.
        var line: Int
        var column: Int
        var message: String
        var hint: String
    }

    static func scan(_ text: String) -> Finding? {
        var blockScalarParentIndent: Int?
        var quote: Character?
        var flowDepth = 0
        var indents: [Int] = []
        for (offset, lineText) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = Array(lineText)
            let lineNumber = offset + 1
            let indent = line.prefix { $0 == " " }.count
            let isBlank = line.allSatisfy { $0 == " " || $0 == "\t" }
            if let parent = blockScalarParentIndent {
                if isBlank || indent > parent { continue }
                blockScalarParentIndent = nil
            }
            if quote == nil && flowDepth == 0 {
                if isBlank || line[indent...].first == "#" { continue }
                while let last = indents.last, last > indent { indents.removeLast() }
                if indents.last != indent { indents.append(indent) }
            }
            var i = quote == nil ? indent : 0
            var nodeStart = quote == nil
            var dashes = 0
            while i < line.count {
                let c = line[i]
                let next: Character? = i + 1 < line.count ? line[i + 1] : nil
                let nextIsBlank = next == nil || next == " " || next == "\t"
                if let open = quote {
                    if open == "\"" && c == "\\" { i += 2; continue }
                    if c == open {
                        if open == "'" && next == "'" { i += 2; continue }
                        quote = nil
                    }
                    i += 1
                    continue
                }
                if c == " " || c == "\t" { i += 1; continue }
                if c == "#" && (i == 0 || line[i - 1] == " " || line[i - 1] == "\t") { break }
                if nodeStart {
                    if (c == "-" || c == "?") && nextIsBlank && flowDepth == 0 {
                        dashes += 1
                        i += 1
                        continue
                    }
                    if (c == "&" || c == "*" || c == "!") && !nextIsBlank {
                        return refusal(c, line: lineNumber, column: i + 1, rest: String(line[i...]))
                    }
                    if (c == "|" || c == ">") && flowDepth == 0 {
                        blockScalarParentIndent = indent
                        break
                    }
                    if c == "\"" || c == "'" {
                        quote = c
                        nodeStart = false
                        i += 1
                        continue
                    }
                    if c == "[" || c == "{" {
                        flowDepth += 1
                        if indents.count + dashes + flowDepth > maximumDepth {
                            return tooDeep(line: lineNumber, column: i + 1)
                        }
                        i += 1
                        continue
                    }
                    nodeStart = false
                }
                if c == ":" && (nextIsBlank || (flowDepth > 0 && (next == "," || next == "]" || next == "}"))) {
                    nodeStart = true
                } else if flowDepth > 0 && c == "," {
                    nodeStart = true
                } else if flowDepth > 0 && (c == "]" || c == "}") {
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

    private static func refusal(_ indicator: Character, line: Int, column: Int, rest: String) -> Finding {
        let word = String(rest.prefix { $0 != " " && $0 != "," && $0 != "]" && $0 != "}" })
        switch indicator {
        case "&":
            return Finding(code: .yamlAnchor, line: line, column: column,
                           message: "YAML anchors ('\(word)') are not supported",
                           hint: "write the value out in full; if '&' belongs to the text, put the value in quotes")
        case "*":
            return Finding(code: .yamlAnchor, line: line, column: column,
                           message: "YAML aliases ('\(word)') are not supported",
                           hint: "write the value out in full; if '*' belongs to the text, put the value in quotes")
        default:
            return Finding(code: .yamlTag, line: line, column: column,
                           message: "YAML tags ('\(word)') are not supported",
                           hint: "remove the tag: Cairn reads each field with its own type; quote the value if '!' belongs to the text")
        }
    }

    private static func tooDeep(line: Int, column: Int) -> Finding {
        Finding(code: .yamlTooDeep, line: line, column: column,
                message: "the YAML is nested more than \(maximumDepth) levels deep",
                hint: "no Cairn field nests this deep; flatten the structure")
    }
}
