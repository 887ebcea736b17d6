import ArgumentParser
import CairnKit

/// `cairn check`: read the plan and print its diagnostics.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Read a plan and report every problem in it.",
        discussion: """
            Prints each problem as 'path:line:column: error|warning: message [code]', the line \
            with a caret under the place, and a hint; then a summary line. docs/diagnostics.md \
            explains every code. When the plan has no errors, it is also analysed as of --as-of \
            and every failed plan-quality check is a warning [plan-quality] at the file to change. \
            Exits 0 when there are no errors (warnings are allowed unless --strict), 1 when there \
            are errors. --strict turns every warning into an error except plan-quality ones, \
            which are advice about the plan, not problems in its files.
            """
    )

    @OptionGroup var plan: PlanOptions

    @Option(help: ArgumentHelp("Output format: text or json.", valueName: "format"))
    var format: DiagnosticsFormat = .text

    @Flag(help: "Treat warnings as errors (plan-quality advice stays a warning).")
    var strict = false

    func run() throws {
        let input = PlanLoader().load(plan.directory)
        let (_, diagnostics) = PlanCheck.run(input) { plan.asOfDay(settings: $0) }
        var items = diagnostics.sorted
        if strict { items = items.map { var d = $0; if !d.code.isAdvice { d.severity = .error }; return d } }
        let errors = items.filter { $0.severity == .error }.count
        let warnings = items.count - errors
        switch format {
        case .json:
            Terminal.out(DiagnosticFormatter.json(items, files: input.fileCount))
        case .text:
            let color = Terminal.useColor(for: 1)
            for item in items { Terminal.out(DiagnosticFormatter.text(item, color: color)) }
            Terminal.out(DiagnosticFormatter.summary(files: input.fileCount, errors: errors, warnings: warnings) + "\n")
        }
        if errors > 0 { throw ExitCode(1) }
    }
}

/// How `check` prints diagnostics.
enum DiagnosticsFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
