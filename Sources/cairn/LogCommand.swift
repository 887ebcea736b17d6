import ArgumentParser
import CairnKit

/// `cairn log`: append a dated entry to the month's log file, after checking it.
struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Append an entry to this month's log file.",
        discussion: """
            Adds ENTRY as a list item under a date heading at the end of log/YYYY-MM.md of the \
            plan (the month of --date, default today), creating the file when the month has \
            none. It only ever appends: nothing already in the file is rewritten. The entry is \
            read as the plan reads log entries first (a duration such as 2h or 90m, a skill \
            before a colon, #skills, +goal, 'level Kubernetes 2', '[x] action-id', \
            'review: monthly'); an entry with an error is refused with its diagnostic and \
            nothing is written. Warnings (an unknown skill, say) are printed and the entry is \
            written.

            Examples:
              cairn log "2h Kubernetes: finished module 3 +platform-engineer"
              cairn log --date 2026-11-20 "level Kubernetes 2"
            """
    )

    @Argument(help: ArgumentHelp("The entry, as one line.", valueName: "entry"))
    var entry: String

    @Option(name: .customLong("plan"), help: ArgumentHelp("The plan folder. Default: the current folder.", valueName: "dir"),
            completion: .directory)
    var directory: String = "."

    @Option(name: .customLong("date"), help: ArgumentHelp("The day the entry is for, YYYY-MM-DD. Default: today.", valueName: "date"))
    var date: String?

    func validate() throws {
        if let date, DatePeriod(date)?.precision != .day {
            throw ValidationError("--date takes a day as YYYY-MM-DD, not '\(date)'")
        }
    }

    func run() throws {
        let day = date.flatMap { DatePeriod($0)?.first } ?? Clock.today()
        let prefix = PlanOptions.displayPrefix(directory)
        let relative = LogAppend.path(for: day)
        let target = (directory == "." ? "" : prefix) + relative
        let fileSystem = PlanRootedFileSystem(directory: directory)
        var input = PlanLoader(fileSystem: fileSystem).load(".")
        guard input.profileFound else {
            Terminal.err("\(prefix)profile.md: error: this is not a plan folder: it has no profile.md [missing-profile]\n"
                + "  hint: run `cairn log` inside the plan, or name it with --plan DIR\n")
            throw ExitCode(1)
        }
        // Never write through a link: it could lead outside the plan.
        let folder = (directory == "." ? "" : prefix) + "log"
        if let kind = LocalFileSystem().kind(folder), kind != .directory {
            Terminal.err("\(folder): error: log is not a folder (a link or a file); nothing was written [log-write]\n")
            throw ExitCode(1)
        }
        if let kind = LocalFileSystem().kind(target), case .file = kind {} else if LocalFileSystem().kind(target) != nil {
            Terminal.err("\(target): error: the log file is not a regular file (a link or a folder); nothing was written [log-write]\n")
            throw ExitCode(1)
        }
        let existing = input.log.first { $0.path == relative }?.text
        guard let append = LogAppend.entry(entry, date: day, existing: existing) else {
            throw ValidationError("the entry must be one non-empty line")
        }
        input.log.removeAll { $0.path == relative }
        input.log.append(SourceFile(path: relative, text: append.result))
        let (_, diagnostics) = PlanReader.read(input)
        let mine = diagnostics.sorted.filter { $0.location.path == relative && $0.location.line >= append.entryLine }
        let color = Terminal.useColor(for: 2)
        for item in mine {
            var shown = item
            shown.location.path = target
            Terminal.err(DiagnosticFormatter.text(shown, color: color))
        }
        if mine.contains(where: { $0.severity == .error }) {
            Terminal.err("nothing was written: fix the entry and run the command again\n")
            throw ExitCode(1)
        }
        do {
            if append.createsFile {
                try FileWriter().createNew(target, contents: append.addition)
            } else {
                try FileWriter().append(target, contents: append.addition)
            }
        } catch {
            Terminal.err("\(error.path): error: \(error.message) [log-write]\n")
            throw ExitCode(1)
        }
        Terminal.out("\(append.createsFile ? "created" : "added to") \(target):\(append.entryLine): - \(append.addition.split(separator: "\n").last.map { String($0.dropFirst(2)) } ?? "")\n")
    }
}
