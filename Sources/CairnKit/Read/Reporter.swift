/// Collects the diagnostics of one file while its readers run.
final class Reporter {
    let file: SourceFile
    var diagnostics = Diagnostics()

    init(file: SourceFile) { self.file = file }

    func report(_ code: DiagnosticCode, _ message: String, line: Int, column: Int = 1, hint: String? = nil) {
        diagnostics.report(code, message, in: file, line: line, column: column, hint: hint)
    }

    func report(_ code: DiagnosticCode, _ message: String, at node: YAMLNode, hint: String? = nil) {
        report(code, message, line: node.line, column: node.column, hint: hint)
    }

    func location(_ node: YAMLNode) -> SourceLocation { file.location(line: node.line, column: node.column) }
}
