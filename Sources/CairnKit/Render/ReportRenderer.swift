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

    /// The reports `cairn build` writes: every one but `gaps`.
    public static var built: [ReportKind] { allCases.filter { $0 != .gaps } }

    /// The view model its Markdown and HTML templates render.
    func view(plan: Plan, analysis: Analysis) -> Any {
        switch self {
        case .position: PositionView(plan: plan, analysis: analysis)
        case .market: MarketView(plan: plan, analysis: analysis)
        case .plan: PlanView(plan: plan, analysis: analysis)
        case .gaps: GapsView(plan: plan, analysis: analysis)
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

    /// Every report `cairn build` writes (`ReportKind.built`) in every format of `formats`
    /// (ics skipped), in report then format order.
    public static func files(plan: Plan, analysis: Analysis, formats: [OutputFormat],
                             templates: ReportTemplates = ReportTemplates()) throws(ReportError) -> [ReportFile] {
        var files: [ReportFile] = []
        for report in ReportKind.built {
            for format in OutputFormat.allCases where formats.contains(format) {
                guard let renderer = renderer(for: format, templates: templates) else { continue }
                files.append(ReportFile(name: "\(report.rawValue).\(format.rawValue)",
                                        text: try renderer.render(report, plan: plan, analysis: analysis)))
            }
        }
        return files
    }
}
