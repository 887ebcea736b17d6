import ArgumentParser
import Foundation
import CairnKit

/// `cairn build`: write every report in every format into the output folder.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Write every report of a plan into its output folder.",
        discussion: """
            Writes the position, market and plan reports as Markdown, standalone HTML and JSON \
            (position.md, position.html, position.json, market.md, ...), the progress report \
            of the month and of the quarter of the as-of date (progress-2026-11.md, \
            progress-2026-Q4.md, ...), and the plan's \
            milestones, due dates, goal dates and review reminders as an iCalendar file \
            (calendar.ics, format ics), into DIR/reports, or \
            the folder named by 'out' in cairn.yml (relative to the plan), or --out. Each file \
            is written to a temporary file in the same folder and renamed into place, and only \
            when its bytes change, so unchanged reports keep their modification time. Nothing \
            is written outside the output folder, and an output folder inside the plan's input \
            folders (goals/, jobs/, ...) is refused.

            Refuses to run when the plan has errors: they are printed to standard error and \
            the exit code is 1. The same plan and as-of date always give the same bytes.
            """
    )

    @OptionGroup var plan: PlanOptions

    @Option(name: .customLong("out"), help: ArgumentHelp(
        "The output folder (relative to the current folder). Default: 'out' in cairn.yml, else DIR/reports.", valueName: "dir"),
            completion: .directory)
    var out: String?

    @Option(name: .customLong("format"), help: ArgumentHelp(
        "Formats to write, comma-separated: md, html, json, ics. Default: 'formats' in cairn.yml, else all.", valueName: "formats"))
    var formatList: String?

    func validate() throws {
        _ = try requestedFormats()
    }

    /// The --format list, or nil when not given.
    func requestedFormats() throws -> [OutputFormat]? {
        guard let formatList else { return nil }
        var formats: [OutputFormat] = []
        for word in formatList.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !word.isEmpty {
            guard let format = OutputFormat(word: word) else {
                throw ValidationError("--format takes md, html, json and ics, comma-separated; '\(word)' is not one of them")
            }
            if !formats.contains(format) { formats.append(format) }
        }
        guard !formats.isEmpty else { throw ValidationError("--format needs at least one of md, html, json, ics") }
        return formats
    }

    func run() throws {
        let compiled = try CompiledPlan.load(plan)
        let formats = try requestedFormats() ?? compiled.plan.settings.formats
        let configured = compiled.plan.settings.out
        let shown = out ?? (configured.hasPrefix("/") ? configured : plan.displayPrefix + configured)
        let folder = OutputFolder.resolve(shown)
        if let reason = OutputFolder.refusal(folder, planRoot: OutputFolder.resolve(plan.directory)) {
            Terminal.err("error: will not write reports to \(shown): \(reason) [build-out]\n")
            throw ExitCode(1)
        }
        guard !formats.isEmpty else {
            Terminal.out("nothing to write: cairn.yml lists no format (md, html, json, ics)\n")
            return
        }
        let analysis = compiled.analysis()
        var files: [(name: String, text: String)]
        do {
            files = try Reports.files(plan: compiled.plan, analysis: analysis, formats: formats, templates: compiled.templates)
                .map { ($0.name, $0.text) }
        } catch {
            Terminal.err("\(error.description)\n")
            throw ExitCode(1)
        }
        if formats.contains(.ics) {
            files.append((ICalendar.fileName, ICalendar.render(plan: compiled.plan, analysis: analysis)))
        }
        var written = 0
        do {
            let writer = try ReportWriter.prepare(folder)
            for file in files where try writer.write(file.name, file.text) == .written {
                Terminal.out("wrote \(shown)/\(file.name)\n")
                written += 1
            }
        } catch {
            Terminal.err("\(error.path): error: \(error.message) [build-write]\n")
            throw ExitCode(1)
        }
        Terminal.out("\(Format.count(files.count, "report")) as of \(compiled.asOf) in \(shown): "
            + "\(written) written, \(files.count - written) unchanged\n")
    }
}
