/// A chart's SVG markup, made when a page shows it: the market's chart of every saved posting is
/// 13 MB on a plan of 10,000 postings, which a page that splices it in makes and writes a stretch
/// of rows at a time (`DeferredText`) instead of holding whole.
public struct ChartMarkup: Sendable, Equatable {
    /// Rows of markup made at a time when the chart is deferred.
    static let rowsPerPiece = 256

    /// The chart; nil when there is none (its markup is empty).
    let chart: StackedBarChart?

    /// The whole markup.
    public var text: String { chart?.svg ?? "" }

    /// What a template context holds for the chart: a deferred text spliced in as the page is
    /// written, when `splices` are taken and the chart is long; its markup otherwise.
    func entry(_ splices: TemplateSplices?) -> Any {
        guard let chart, let splices, chart.rows.count > Self.rowsPerPiece else { return TemplateText.entry(text, splices: splices) }
        return splices.entry(deferring: DeferredText { emit in chart.write(rowsPerPiece: Self.rowsPerPiece, emit) })
    }

    public static func == (a: ChartMarkup, b: ChartMarkup) -> Bool { a.text == b.text }
}

extension ChartMarkup: Encodable {
    /// Its markup (a template context takes its `entry` instead).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}
