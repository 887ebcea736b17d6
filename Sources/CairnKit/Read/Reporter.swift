/// Collects the diagnostics of one file while its readers run. Past
/// `limit` problems it stops collecting and counts, so a file with a hundred
/// thousand mistakes costs no more than one with a hundred.
final class Reporter {
    /// The most diagnostics one file reports.
    static let limit = 100

    let file: SourceFile
    var diagnostics = Diagnostics()
    /// Problems found after the limit was reached.
    private(set) var suppressed = 0

    init(file: SourceFile) { self.file = file }

    /// True once the file has reported its limit: callers skip costly hints.
    var isSaturated: Bool { diagnostics.items.count >= Reporter.limit }

    func report(_ code: DiagnosticCode, _ message: String, line: Int, column: Int = 1, hint: @autoclosure () -> String? = nil) {
        guard !isSaturated else {
            suppressed += 1
            return
        }
        diagnostics.report(code, message, in: file, line: line, column: column, hint: hint())
    }

    func report(_ code: DiagnosticCode, _ message: String, at node: YAMLNode, hint: @autoclosure () -> String? = nil) {
        report(code, message, line: node.line, column: node.column, hint: hint())
    }

    func location(_ node: YAMLNode) -> SourceLocation { file.location(line: node.line, column: node.column) }

    /// The file's diagnostics, with one more saying how many were not shown.
    var collected: Diagnostics {
        guard suppressed > 0 else { return diagnostics }
        var all = diagnostics
        all.report(.tooManyProblems, "\(suppressed) more problems in this file are not shown", in: file, line: 1,
                   hint: "fix the ones above and run `cairn check` again")
        return all
    }
}
