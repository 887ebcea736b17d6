import ArgumentParser

@main
struct Cairn: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cairn",
        abstract: "Compile a career plan kept as Markdown files into reports.",
        discussion: """
            A plan is a folder of Markdown files with YAML front-matter: profile.md, \
            goals/, roles/, jobs/, resources/, companies/, log/ and an optional cairn.yml. \
            See docs/plan-format.md for every file kind and field.

            Exit codes: 0 success (warnings allowed), 1 the plan has errors, 64 usage error.
            """,
        version: "0.1.0",
        subcommands: [CheckCommand.self, InitCommand.self, LogCommand.self, BuildCommand.self, PlanCommand.self, PathsCommand.self,
                      GapsCommand.self, ProgressCommand.self, JobsCommand.self]
    )
}
