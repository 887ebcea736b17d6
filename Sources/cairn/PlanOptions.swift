import ArgumentParser
import CairnKit

/// Options every command that reads a plan takes.
struct PlanOptions: ParsableArguments {
    @Argument(help: "The plan folder.", completion: .directory)
    var directory: String = "."

    @Option(name: .customLong("as-of"), help: ArgumentHelp(
        "The date to compile for, YYYY-MM-DD. Default: 'as_of' in cairn.yml, else today.", valueName: "date"))
    var asOf: String?

    func validate() throws {
        if let asOf, DatePeriod(asOf)?.precision != .day {
            throw ValidationError("--as-of takes a day as YYYY-MM-DD, not '\(asOf)'")
        }
        if let asOf, let day = DatePeriod(asOf)?.first, !Settings.asOfRange.contains(day.year) {
            throw ValidationError("--as-of must fall in the years \(Settings.asOfRange.lowerBound) to \(Settings.asOfRange.upperBound), not '\(asOf)'")
        }
    }

    /// The as-of day: the flag, else the plan's setting, else today's date (the only clock read).
    func asOfDay(settings: Settings?) -> Day {
        if let asOf, let day = DatePeriod(asOf)?.first { return day }
        if let day = settings?.asOf { return day }
        return Clock.today()
    }
}
