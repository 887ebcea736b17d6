import ArgumentParser
import CairnKit

/// `cairn plan`: the plan report on standard output.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Print the plan report: goals, skill gaps, the dated development plan, risks and plan quality.",
        discussion: """
            Prints, as Markdown (or --format json for the whole analysis, or html): a summary \
            (where you stand, each goal's readiness and whether its work fits before its date, \
            the three most urgent actions, this week's tasks); your situation and goals by \
            horizon; the skill gaps in priority order (P0-P3) with their effort and why; the \
            development plan (short, medium and long term, the next four quarters, the next \
            twelve months, this week, a Gantt chart, resources against your budget); risks and \
            the fallback path of each goal; the internal vs external and IC vs management \
            signals; and the plan-quality scorecard.

            The schedule places the hours per week of profile.md (time.hours_per_week); \
            without them the report says how to set them instead of giving dates.
            """
    )

    @OptionGroup var plan: PlanOptions

    @Option(help: ArgumentHelp("Output format: md, html or json.", valueName: "format"))
    var format: PageFormat = .md

    func run() throws {
        let compiled = try CompiledPlan.load(plan)
        Terminal.out(try compiled.render(.plan, format: format.outputFormat, analysis: compiled.analysis()))
    }
}
