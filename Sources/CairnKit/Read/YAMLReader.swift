/// Turns front-matter or a YAML file into a located `YAMLNode` tree, reporting
/// syntax errors, duplicate keys, anchors, aliases, tags and too deep a nesting as diagnostics.
enum YAMLReader {
    /// Reads `yaml`, whose first line is line `firstLine` of `file`.
    static func read(_ yaml: some StringProtocol, firstLine: Int, in file: SourceFile, diagnostics: inout Diagnostics) -> YAMLNode? {
        let result = ByteScan.withBytes(of: yaml) { bytes in
            Result { () throws(YAMLEvents.Problem) in try YAMLEvents.read(bytes, firstLine: firstLine) }
        }
        switch result {
        case .success(let node):
            return node ?? YAMLNode(value: .mapping([]), line: firstLine, column: 1)
        case .failure(let problem):
            // What libyaml could not parse may hold what Cairn refuses by name (see YAMLGuard).
            if problem.code == .yamlSyntax, let finding = YAMLGuard.scan(String(yaml)) {
                diagnostics.report(finding.code, finding.message, in: file, line: finding.line + firstLine - 1,
                                   column: finding.column, hint: finding.hint)
                return nil
            }
            diagnostics.report(problem.code, problem.message, in: file, line: problem.line,
                               column: problem.column, hint: problem.hint)
            return nil
        }
    }
}
