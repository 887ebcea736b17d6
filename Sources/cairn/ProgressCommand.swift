import ArgumentParser
import CairnKit

/// `cairn progress`: the progress report of one period on standard output.
struct ProgressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress",
        abstract: "Print the progress report: what you did in a period, what it changed, and whether each goal is on track.",
        discussion: """
            Prints, as Markdown (or --format json for the whole analysis, or html), for the \
            month of the as-of date or --period: the hours you logged against your hours per \
            week, per goal and per skill; level changes and where they were recorded (a log \
            entry, a commit of profile.md); actions done; each goal's gap closure since it \
            started, its velocity over the last 8 weeks, its projected date and its status \
            (on track, at risk, behind, not started); what changed since your last review \
            entry; and the next period's focus from the schedule.

            When the plan is in a git repository, the history of profile.md and goals/ dates \
            level changes and done actions the files do not date ('history: off' in cairn.yml \
            turns this off). Without git the report says what it could not see.
            """
    )

    @OptionGroup var plan: PlanOptions

    @Option(help: ArgumentHelp(
        "The period: a month (2026-11), a quarter (2026-Q4), a year (2026) or days (2026-09-01..2026-11-30). Default: the month of the as-of date.",
        valueName: "period"))
    var period: String?

    @Option(help: ArgumentHelp("Output format: md, html or json.", valueName: "format"))
    var format: PageFormat = .md

    func validate() throws {
        if let period, ReportPeriod(period) == nil {
            throw ValidationError("--period takes 2026-11, 2026-Q4, 2026 or 2026-09-01..2026-11-30, not '\(period)'")
        }
    }

    func run() throws {
        let compiled = try CompiledPlan.load(plan)
        let chosen = period.flatMap(ReportPeriod.init) ?? .month(of: compiled.asOf)
        if chosen.first > compiled.asOf {
            throw ValidationError("the period \(chosen) starts after the as-of date \(compiled.asOf): nothing in it can have been logged yet")
        }
        Terminal.out(try compiled.render(.progress, format: format.outputFormat, analysis: compiled.analysis(period: chosen)))
    }
}
