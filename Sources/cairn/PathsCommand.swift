import ArgumentParser
import CairnKit

/// `cairn paths`: the position and paths report on standard output.
struct PathsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "paths",
        abstract: "Print the position and paths report: where you stand, readiness per role, the career tree.",
        discussion: """
            Prints the current position (seniority and why, domain, strengths, growth areas), \
            the skill map, readiness for every goal, fallback and next role with its three parts \
            and the skills behind each, the career tree and the lateral options, as Markdown \
            (or --format json for the whole analysis, or html).

            ROLE (a role id, title or alias, for example 'staff-engineer' or "Staff Engineer") \
            adds a focus section on that role: its readiness, gaps, overlap, market and \
            expected behaviours. When only one argument is given and it is not a folder, it is \
            the ROLE and the plan is the current folder.
            """
    )

    @OptionGroup var plan: PlanOptions

    @Argument(help: ArgumentHelp("A role to focus on: its id, title or alias.", valueName: "role"))
    var role: String?

    @Option(help: ArgumentHelp("Output format: md, html or json.", valueName: "format"))
    var format: PageFormat = .md

    func run() throws {
        var options = plan
        var roleName = role
        if roleName == nil, options.directory != ".", !LocalFileSystem().isDirectory(options.directory), LocalFileSystem().isDirectory(".") {
            roleName = options.directory
            options.directory = "."
        }
        let compiled = try CompiledPlan.load(options)
        var focus: String?
        if let roleName {
            guard let role = compiled.plan.catalog.role(named: roleName) else {
                let suggestion = Suggestions.didYouMean(roleName, in: compiled.plan.catalog.allRoleNames)
                Terminal.err("Error: unknown role '\(roleName)'" + (suggestion.map { "; \($0)" } ?? "") + "\n"
                    + "  Name a role by its id, title or alias (templates/catalog/roles/, or the plan's roles/).\n"
                    + "Usage: " + Cairn.usageString(for: PathsCommand.self) + "\n  See 'cairn paths --help' for more information.\n")
                throw ExitCode(64)
            }
            focus = role.id
        }
        Terminal.out(try compiled.render(.position, format: format.outputFormat, analysis: compiled.analysis(focusRole: focus)))
    }
}

extension LocalFileSystem {
    /// Whether `path` is a folder (following links).
    func isDirectory(_ path: String) -> Bool {
        guard let resolved = resolve(path), case .directory? = kind(resolved) else { return false }
        return true
    }
}
