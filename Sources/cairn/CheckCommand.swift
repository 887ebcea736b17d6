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
            explains every code. Exits 0 when there are no errors (warnings are allowed unless \
            --strict), 1 when there are errors.
            """
    )

    @OptionGroup var plan: PlanOptions

    @Option(help: ArgumentHelp("Output format: text or json.", valueName: "format"))
    var format: DiagnosticsFormat = .text

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    func run() throws {
        let input = PlanLoader().load(plan.directory)
        let (_, diagnostics) = PlanReader.read(input)
        var items = diagnostics.sorted
        if strict { items = items.map { var d = $0; d.severity = .error; return d } }
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
