import ArgumentParser
import CairnKit

/// `cairn init`: write a new plan from the scaffold, never overwriting.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new plan from the built-in scaffold.",
        discussion: """
            Writes a profile, a goal with actions, a saved job posting, a learning resource, \
            this month's log, cairn.yml and a .gitignore for the reports folder. Refuses to \
            run, and writes nothing, when any of those files already exists.
            """
    )

    @Argument(help: "The folder to create the plan in (created if missing).", completion: .directory)
    var directory: String = "."

    @Option(name: .customLong("as-of"), help: ArgumentHelp("The date the scaffold's dates start from, YYYY-MM-DD. Default: today.", valueName: "date"))
    var asOf: String?

    func validate() throws {
        if let asOf, DatePeriod(asOf)?.precision != .day {
            throw ValidationError("--as-of takes a day as YYYY-MM-DD, not '\(asOf)'")
        }
    }

    func run() throws {
        let today = asOf.flatMap { DatePeriod($0)?.first } ?? Clock.today()
        let files = Scaffold.files(today: today)
        let writer = FileWriter()
        let existing = files.map(\.path).filter { writer.exists(directory + "/" + $0) }
        guard existing.isEmpty else {
            for path in existing {
                Terminal.err("\(directory)/\(path): error: the file already exists; `cairn init` never overwrites [init-exists]\n")
            }
            Terminal.err("nothing was written; remove those files or choose another folder\n")
            throw ExitCode(1)
        }
        do {
            for file in files {
                try writer.createNew(directory + "/" + file.path, contents: file.text)
                Terminal.out("created \(directory)/\(file.path)\n")
            }
        } catch {
            Terminal.err("\(error.path): error: \(error.message) [init-write]\n")
            throw ExitCode(1)
        }
        Terminal.out("\nNext: edit \(directory)/profile.md, then run `cairn check \(directory)`.\n")
    }
}
