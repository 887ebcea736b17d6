import ArgumentParser
import CairnKit

/// `cairn gaps`: the skill-builder view on standard output.
struct GapsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gaps",
        abstract: "Print the skill gaps in priority order, with how often target postings ask for each skill.",
        discussion: """
            Prints, as Markdown (or --format json for the whole analysis, or html), every skill \
            your active goals' roles and target postings need above your level, and those only \
            a fallback role needs: priority P0-P3 with the role and market tiers behind it, \
            current and needed level, effort in hours per level step and weeks at your hours \
            per week, who asks for the skill and the resource chosen for it; then how often the \
            target postings require or prefer each skill. The plan report holds the same gap \
            table; 'cairn build' does not write this page.
            """
    )

    @OptionGroup var plan: PlanOptions

    @Option(help: ArgumentHelp("Output format: md, html or json.", valueName: "format"))
    var format: PageFormat = .md

    func run() throws {
        let compiled = try CompiledPlan.load(plan)
        Terminal.out(try compiled.render(.gaps, format: format.outputFormat, analysis: compiled.analysis()))
    }
}
