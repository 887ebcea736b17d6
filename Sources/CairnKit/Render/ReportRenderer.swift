/// The reports Cairn writes. Each is one page per format.
public enum ReportKind: String, Sendable, CaseIterable {
    /// Current position, skill map, readiness per role, career tree, lateral options.
    case position
    /// Demand, salaries, skill frequency, ranked postings, pipeline.
    case market
    /// The plan: summary, goals by horizon, gaps, the dated development plan, risks,
    /// decision frameworks and the plan-quality scorecard.
    case plan
    /// The skill-builder view: the gap table and how often target postings ask for each skill.
    /// Printed by `cairn gaps`; `cairn build` does not write it (the plan report holds the same table).
    case gaps
    /// Progress over one period: hours, level changes, actions done, each goal's status, since the
    /// last review, the next period's focus. `cairn build` writes it for the month and the quarter
    /// of as_of, named after the period (progress-2026-11.md, progress-2026-Q4.md).
    case progress

    /// The reports `cairn build` writes under their own name: all but `gaps` and `progress`.
    public static var built: [ReportKind] { [.position, .market, .plan] }

    /// The view model its Markdown and HTML templates render.
    func view(plan: Plan, analysis: Analysis) -> any Encodable {
        switch self {
        case .position: PositionView(plan: plan, analysis: analysis)
        case .market: MarketView(plan: plan, analysis: analysis)
        case .plan: PlanView(plan: plan, analysis: analysis)
        case .gaps: GapsView(plan: plan, analysis: analysis)
        case .progress: ProgressView(plan: plan, analysis: analysis)
        }
    }
}

/// Renders reports in one format. One renderer per format, all behind this protocol.
public protocol ReportRenderer: Sendable {
    var format: OutputFormat { get }
    /// The report's page for `plan` and its `analysis`.
    func render(_ report: ReportKind, plan: Plan, analysis: Analysis) throws(ReportError) -> String
}

/// A rendered report page and the file name it is written under.
public struct ReportFile: Sendable, Equatable {
    /// "position.md", "market.html", ...
    public var name: String
    public var text: String
}

/// The report pipeline: analysis -> view model -> renderer, for every report and format asked for.
public enum Reports {
    /// The renderer of `format`; nil for formats this version does not write (ics).
    public static func renderer(for format: OutputFormat, templates: ReportTemplates = ReportTemplates()) -> (any ReportRenderer)? {
        switch format {
        case .md: MarkdownRenderer(templates: templates)
        case .html: HTMLRenderer(templates: templates)
        case .json: JSONRenderer()
        case .ics: nil
        }
    }

    /// The periods `cairn build` writes progress reports for: the month and the quarter of as_of.
    public static func progressPeriods(asOf: Day) -> [ReportPeriod] { [.month(of: asOf), .quarter(of: asOf)] }

    /// The names of the files `cairn build` writes for `formats` on `asOf`, calendar.ics included.
    public static func fileNames(asOf: Day, formats: [OutputFormat]) -> [String] {
        let stems = ReportKind.built.map(\.rawValue) + progressPeriods(asOf: asOf).map(\.fileStem)
        return stems.flatMap { stem in
            OutputFormat.allCases.filter { formats.contains($0) && $0 != .ics }.map { "\(stem).\($0.rawValue)" }
        } + (formats.contains(.ics) ? [ICalendar.fileName] : [])
    }

    /// Every report `cairn build` writes in every format of `formats` (ics skipped): the
    /// `ReportKind.built` reports, then progress over each of `progressPeriods`, in report then
    /// format order, all held at once (`render` hands each page on as it is done instead).
    /// `plan` must be the plan `analysis` was made from.
    public static func files(plan: Plan, analysis: Analysis, formats: [OutputFormat],
                             templates: ReportTemplates = ReportTemplates()) throws(ReportError) -> [ReportFile] {
        let pages = render(plan: plan, analysis: analysis, formats: formats, templates: templates, width: .max) { name, page in
            ReportFile(name: name, text: page.string)
        }
        return try pages.pages.map { page throws(ReportError) in try page.outcome.get() }
    }
}
