import ArgumentParser
import CairnKit

/// `cairn jobs`: the market report on standard output.
struct JobsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jobs",
        abstract: "Print the market report: demand, salaries, skills asked for, postings ranked by match.",
        discussion: """
            Reads the postings saved in jobs/ and prints, as Markdown (or --format json for the \
            whole analysis, or html): demand (target postings and how many were posted in the \
            last 90 days), salaries per role and currency (minimum, quartiles, median, maximum), \
            how often each skill is required or preferred with its P0-P3 tier, every posting \
            ranked by match with the five parts and the reason for each, and the pipeline by status.
            """
    )

    @OptionGroup var plan: PlanOptions

    @Option(help: ArgumentHelp("Output format: md, html or json.", valueName: "format"))
    var format: PageFormat = .md

    func run() throws {
        let compiled = try CompiledPlan.load(plan)
        Terminal.out(try compiled.render(.market, format: format.outputFormat, analysis: compiled.analysis()))
    }
}
