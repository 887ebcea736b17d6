import Foundation

/// What `cairn log` adds to a month's log file: only ever text at its end.
public struct LogAppend: Sendable, Equatable {
    /// log/YYYY-MM.md, relative to the plan.
    public var path: String
    /// The bytes to add after what the file holds (the whole file when it is new).
    public var addition: String
    /// The file as it will read afterwards, for checking before anything is written.
    public var result: String
    /// The line the entry will stand on.
    public var entryLine: Int
    public var createsFile: Bool

    /// The log file of `date`'s month.
    public static func path(for date: Day) -> String {
        "log/" + String(date.description.prefix(7)) + ".md"
    }

    /// The entry `text` (one line; a leading "- " is dropped) for `date`, added to `existing` (nil when
    /// the month has no file yet). Under the file's last heading when that is the same date, else
    /// under a new date heading. Nil when the text is empty or spans lines.
    public static func entry(_ text: String, date: Day, existing: String?) -> LogAppend? {
        var line = text.trimmingBlanks
        if line == "-" || line.hasPrefix("- ") { line = String(line.dropFirst()).trimmingBlanks }
        guard !line.isEmpty, !line.contains(where: \.isNewline) else { return nil }
        let heading = "## \(date)"
        guard let existing else {
            let addition = "# \(Day.monthName(date.month)) \(date.year)\n\n\(heading)\n- \(line)\n"
            return LogAppend(path: path(for: date), addition: addition, result: addition, entryLine: 4, createsFile: true)
        }
        let lines = existing.split(separator: "\n", omittingEmptySubsequences: false)
        let lastHeading = lines.last { $0.hasPrefix("#") }.map { $0.trimmingBlanks }
        var addition = existing.isEmpty || existing.hasSuffix("\n") ? "" : "\n"
        if lastHeading != heading { addition += (existing.isEmpty ? "" : "\n") + heading + "\n" }
        addition += "- \(line)\n"
        let result = existing + addition
        let count = result.split(separator: "\n", omittingEmptySubsequences: false).count - 1
        return LogAppend(path: path(for: date), addition: addition, result: result, entryLine: count, createsFile: false)
    }
}
