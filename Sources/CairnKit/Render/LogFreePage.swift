/// The pages of a build that show neither the log nor progress, and the members of the analysis
/// each reads: `cairn build` keeps them as the last build wrote them when only the log changed and
/// those members are the same (`AnalysisEncoding.digest(of:)`). `LogFreePagesTests` render each from
/// a plan without its log and an analysis whose other members come from another plan, and expect
/// the same bytes: a page that starts to read something not listed here fails there.
public enum LogFreePage: String, Sendable, CaseIterable {
    case position, market, plan, calendar

    /// The members of the analysis its pages read.
    var members: [Analysis.CodingKeys] {
        switch self {
        case .position: [.asOf, .position, .skillMap, .readiness, .careerTree, .focus]
        case .market: [.asOf, .market, .matches]
        case .plan: [.asOf, .position, .readiness, .gaps, .schedule, .learningCosts, .risks, .fallbacks, .decisions, .quality]
        case .calendar: [.asOf, .gaps, .schedule]
        }
    }

    /// Its files in a build of `formats`: Markdown and HTML pages, or the calendar.
    public func files(_ formats: [OutputFormat]) -> [String] {
        if self == .calendar { return formats.contains(.ics) ? [ICalendar.fileName] : [] }
        return [OutputFormat.md, .html].filter(formats.contains).map { "\(rawValue).\($0.rawValue)" }
    }
}
