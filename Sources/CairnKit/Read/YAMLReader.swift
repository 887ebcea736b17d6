import Yams

/// Turns front-matter or a YAML file into a located `YAMLNode` tree, reporting
/// syntax errors, duplicate keys, anchors, aliases and tags as diagnostics.
enum YAMLReader {
    /// Reads `yaml`, whose first line is line `firstLine` of `file`.
    static func read(_ yaml: String, firstLine: Int, in file: SourceFile, diagnostics: inout Diagnostics) -> YAMLNode? {
        let offset = firstLine - 1
        if let finding = YAMLGuard.scan(yaml) {
            diagnostics.report(finding.code, finding.message, in: file, line: finding.line + offset,
                               column: finding.column, hint: finding.hint)
            return nil
        }
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml, Resolver.basic, .default, .utf8)
        } catch let error as YamlError {
            report(error, yaml: yaml, offset: offset, in: file, diagnostics: &diagnostics)
            return nil
        } catch {
            diagnostics.report(.yamlSyntax, "the YAML cannot be read: \(error)", in: file, line: firstLine)
            return nil
        }
        guard let node else {
            return YAMLNode(value: .mapping([]), line: firstLine, column: 1)
        }
        var converter = Converter(offset: offset, file: file)
        let result = converter.convert(node)
        if let problem = converter.problem {
            diagnostics.append(problem)
            return nil
        }
        return result
    }

    private static func report(_ error: YamlError, yaml: String, offset: Int, in file: SourceFile,
                               diagnostics: inout Diagnostics) {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let what = [context.map { "\($0.text)" }, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
            diagnostics.report(.yamlSyntax, "invalid YAML: \(what)", in: file, line: mark.line + offset,
                               column: mark.column, hint: syntaxHint(for: problem))
        case let .duplicatedKeysInMapping(duplicates, context):
            let key = duplicates.first ?? "?"
            let (line, column) = secondOccurrence(of: key, after: context.mark, in: yaml)
            diagnostics.report(.duplicateKey, "the key '\(key)' appears twice in the same map", in: file,
                               line: line + offset, column: column,
                               hint: "keep one '\(key)'; the first is on line \(context.mark.line + offset)")
        case let .reader(problem, _, _, _):
            diagnostics.report(.yamlSyntax, "invalid YAML: \(problem)", in: file, line: offset + 1)
        default:
            diagnostics.report(.yamlSyntax, "invalid YAML: \(error)", in: file, line: offset + 1)
        }
    }

    private static func syntaxHint(for problem: String) -> String {
        if problem.contains("tab") { return "indent with spaces, not tabs" }
        if problem.contains("mapping values are not allowed") {
            return "a value that contains ': ' must be quoted, for example title: \"Staff: Platform\""
        }
        return "check the indentation and quoting on this line and the one before"
    }

    /// The line and column of the next `key:` after the first one at `mark`: the duplicate.
    /// A key counts where it starts a node: at a line's start, after `- `, `{`, `,` or `? `.
    private static func secondOccurrence(of key: String, after mark: Mark, in yaml: String) -> (Int, Int) {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
        let forms = [key, "\"\(key)\"", "'\(key)'"].map { Array($0 + ":") }
        var line = mark.line - 1, start = mark.column  // skip the first occurrence itself
        while line < lines.count {
            let text = lines[line]
            var column = start
            while column < text.count {
                let before = column == 0 ? Character(" ") : text[column - 1]
                if [" ", "\t", "{", ",", "-", "?"].contains(before) || column == 0 {
                    for form in forms where text.count >= column + form.count && Array(text[column..<(column + form.count)]) == form {
                        let after = column + form.count < text.count ? text[column + form.count] : " "
                        if after == " " || after == "\t" || after == "," || after == "}" { return (line + 1, column + 1) }
                    }
                }
                column += 1
            }
            line += 1
            start = 0
        }
        return (mark.line, mark.column)
    }

    /// Converts Yams nodes, refusing anchors and explicit tags that slipped past the guard.
    private struct Converter {
        let offset: Int
        let file: SourceFile
        var problem: Diagnostic?

        init(offset: Int, file: SourceFile) {
            self.offset = offset
            self.file = file
        }

        mutating func convert(_ node: Node) -> YAMLNode {
            let markLine = node.mark?.line ?? 1, markColumn = node.mark?.column ?? 1
            let line = markLine + offset
            switch node {
            case .scalar(let scalar):
                check(anchored: scalar.anchor != nil, tag: scalar.tag.description, expected: "tag:yaml.org,2002:str", line: line, column: markColumn)
                return YAMLNode(value: .scalar(scalar.string), line: line, column: markColumn,
                                isQuoted: scalar.style == .singleQuoted || scalar.style == .doubleQuoted
                                    || scalar.style == .literal || scalar.style == .folded)
            case .sequence(let sequence):
                check(anchored: sequence.anchor != nil, tag: sequence.tag.description, expected: "tag:yaml.org,2002:seq", line: line, column: markColumn)
                guard problem == nil else { return YAMLNode(value: .sequence([]), line: line, column: markColumn) }
                return YAMLNode(value: .sequence(sequence.map { convert($0) }), line: line, column: markColumn)
            case .mapping(let mapping):
                check(anchored: mapping.anchor != nil, tag: mapping.tag.description, expected: "tag:yaml.org,2002:map", line: line, column: markColumn)
                guard problem == nil else { return YAMLNode(value: .mapping([]), line: line, column: markColumn) }
                return YAMLNode(value: .mapping(mapping.map { (key: convert($0.key), value: convert($0.value)) }),
                                line: line, column: markColumn)
            case .alias:
                flag(.yamlAnchor, "YAML aliases are not supported", line: line, column: markColumn)
                return YAMLNode(value: .scalar(""), line: line, column: markColumn)
            }
        }

        private mutating func check(anchored: Bool, tag: String, expected: String, line: Int, column: Int) {
            if anchored {
                flag(.yamlAnchor, "YAML anchors are not supported", line: line, column: column)
            } else if tag != expected && !tag.isEmpty {
                flag(.yamlTag, "YAML tags ('\(tag)') are not supported", line: line, column: column)
            }
        }

        private mutating func flag(_ code: DiagnosticCode, _ message: String, line: Int, column: Int) {
            guard problem == nil else { return }
            var diagnostics = Diagnostics()
            diagnostics.report(code, message, in: file, line: line, column: column,
                               hint: "write the value out in full, without anchors, aliases or tags")
            problem = diagnostics.items.first
        }
    }
}
