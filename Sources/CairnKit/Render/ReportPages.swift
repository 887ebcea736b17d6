/// The pages of a build rendered a few at a time and handed on as each is done, so that a
/// build holds a few pages in memory at once, not all of them.
extension Reports {
    /// What is done with a page once it is rendered: its file name and its text.
    public typealias Delivery<Outcome> = (_ name: String, _ page: ReportText) -> Outcome

    /// Every page `cairn build` writes in every format of `formats` (ics skipped), as `files` lists
    /// them, but for those named in `keeping`, each given to `deliver` as soon as it is rendered and
    /// let go once `deliver` returns.
    /// `deliver` runs on the rendering threads, for several pages at once, and writes the page before
    /// it returns (part of a page may be made as it is written, see `ReportText`). A report's Markdown and
    /// HTML pages share one view, built once; the JSON pages share one encoding of the analysis
    /// (`encoding` when given, which must be `analysis`'s), the quarter's progress put in the place
    /// of the month's. At most `width` of these jobs run at once; the JSON pages after all others
    /// when the market's pages are rendered (an encoded analysis is the largest thing a build holds
    /// beside them: 11 MB on a plan of 10,000 postings), else beside them, a job each when
    /// `encoding` is given.
    /// Returns each page's name and what `deliver` returned for it, or why it could not be
    /// rendered, in report then format order, and the encoding the JSON pages were made from.
    /// `plan` must be the plan `analysis` was made from.
    public static func render<Outcome>(plan: Plan, analysis: Analysis, formats: [OutputFormat],
                                       templates: ReportTemplates = ReportTemplates(), width: Int = 2,
                                       keeping kept: Set<String> = [], encoding: AnalysisEncoding? = nil,
                                       deliver: Delivery<Outcome>) -> RenderedPages<Outcome> {
        let pages = Self.pages(plan: plan, analysis: analysis)
        let chosen = OutputFormat.allCases.filter { formats.contains($0) && $0 != .ics }
        var names: [String] = []
        for page in pages {
            for format in chosen where !kept.contains("\(page.stem).\(format.rawValue)") { names.append("\(page.stem).\(format.rawValue)") }
        }
        var slots: [String: Int] = [:]
        for (index, name) in names.enumerated() { slots[name] = index }

        let textFormats = chosen.filter { $0 != .json }
        func rendered(_ index: Int) -> [OutputFormat] { textFormats.filter { slots["\(pages[index].stem).\($0.rawValue)"] != nil } }
        // The Markdown and HTML pages first, the market's first of all (the largest, so that the last
        // job to start is a small one), then the JSON: the market's pages and an encoded analysis,
        // the two largest things a build renders, are never held at once. When the market's pages
        // are not rendered, the JSON pages go first, beside the others.
        var jobs: [PageJob] = pages.indices.filter { !rendered($0).isEmpty }.map { PageJob.templates($0) }
        if let market = jobs.firstIndex(where: { if case .templates(let index) = $0 { pages[index].report == .market } else { false } }) {
            jobs.swapAt(0, market)
        }
        let jsonPages = pages.indices.filter { slots["\(pages[$0].stem).json"] != nil }
        // Without the market's pages, only the templates of the pages rendered (and of their parts)
        // are parsed: after a log entry, those of the progress pages.
        let rendering = jobs.compactMap { job -> ReportKind? in if case .templates(let index) = job { pages[index].report } else { nil } }
        let templates = rendering.contains(.market) || kept.isEmpty ? templates
            : templates.restricted(to: Set(rendering).flatMap { report in textFormats.flatMap { PageParts.roots(of: report, format: $0) } })
        do throws(ReportError) {
            try templates.prepare(textFormats)
        } catch {
            return RenderedPages(pages: names.map { ($0, .failure(error)) }, encoding: nil)
        }

        func run(_ job: PageJob) -> (outcomes: [(Int, Result<Outcome, ReportError>)], encoding: AnalysisEncoding?) {
            switch job {
            case .templates(let index):
                let page = pages[index]
                let view = page.report.view(plan: plan, analysis: page.analysis)
                let splices = TemplateSplices()
                let context = TemplateContext.build(view, splices: splices)
                let outcomes = rendered(index).map { format -> (Int, Result<Outcome, ReportError>) in
                    let slot = slots["\(page.stem).\(format.rawValue)"]!
                    do throws(ReportError) {
                        let text = try Self.page(page.report, format: format, view: view, context: context, splices: splices,
                                                 templates: templates)
                        return (slot, .success(deliver(names[slot], text)))
                    } catch {
                        return (slot, .failure(error))
                    }
                }
                return (outcomes, nil)
            case .json(let jsonPages):
                let encoded: AnalysisEncoding
                do throws(ReportError) {
                    if let encoding { encoded = encoding } else { encoded = try AnalysisEncoding.of(analysis) }
                } catch {
                    return (jsonPages.map { (slots["\(pages[$0].stem).json"]!, .failure(error)) }, nil)
                }
                let outcomes = jsonPages.map { index -> (Int, Result<Outcome, ReportError>) in
                    let slot = slots["\(pages[index].stem).json"]!
                    do throws(ReportError) {
                        let page = try encoded.page(pages[index].report, analysis: pages[index].analysis)
                        return (slot, .success(deliver(names[slot], page)))
                    } catch {
                        return (slot, .failure(error))
                    }
                }
                return (outcomes, encoded)
            }
        }
        // Given an encoding, each JSON page is a job of its own; else one job makes the encoding and
        // writes them all.
        let json: [PageJob] = jsonPages.isEmpty ? [] : encoding == nil ? [.json(jsonPages)] : jsonPages.map { .json([$0]) }
        // Without the market's pages (after a log entry), the JSON pages are written beside the others.
        let done = rendering.contains(.market) ? Parallel.map(jobs, width: width, run) + Parallel.map(json, width: encoding == nil ? 1 : width, run)
            : Parallel.map(json + jobs, width: width, run)
        var outcomes: [Result<Outcome, ReportError>?] = Array(repeating: nil, count: names.count)
        var encoding: AnalysisEncoding?
        for case .success(let job) in done {
            for (slot, outcome) in job.outcomes { outcomes[slot] = outcome }
            encoding = encoding ?? job.encoding
        }
        return RenderedPages(pages: zip(names, outcomes).map { ($0, $1!) }, encoding: encoding)
    }

    /// One Markdown or HTML page from its view's context, long texts spliced in; rendered again
    /// from a context without splices in the rare page that uses a long text other than as it is.
    static func page(_ report: ReportKind, format: OutputFormat, view: any Encodable, context: Any, splices: TemplateSplices,
                     templates: ReportTemplates) throws(ReportError) -> ReportText {
        let context = try PageParts.adding(to: context, report: report, format: format, templates: templates, splices: splices)
        func unspliced() throws(ReportError) -> Any {
            try PageParts.adding(to: TemplateContext.build(view), report: report, format: format, templates: templates, splices: nil)
        }
        if format == .md {
            let rendered = try TemplateRendering.render(context: context, template: "\(report.rawValue).md", format: .md, templates: templates)
            if splices.isEmpty { return ReportText(joining: MarkdownTidy.stretches(rendered)) }
            if let inlined = splices.inlined(rendered) { return ReportText(MarkdownTidy.pieces(of: inlined)) }
            let page = try TemplateRendering.render(context: unspliced(), template: "\(report.rawValue).md", format: .md, templates: templates)
            return ReportText(joining: MarkdownTidy.stretches(page))
        }
        let page = try HTMLRenderer.page(report, context: context, templates: templates)
        if splices.isEmpty { return page }
        if let split = splices.split(page) { return split }
        return try HTMLRenderer.page(report, context: unspliced(), templates: templates)
    }

    /// The pages of a build, in order: the built reports over `analysis`, then progress over each
    /// of `progressPeriods`, with the analysis each page shows.
    static func pages(plan: Plan, analysis: Analysis) -> [(stem: String, report: ReportKind, analysis: Analysis)] {
        var pages: [(stem: String, report: ReportKind, analysis: Analysis)] = ReportKind.built.map { ($0.rawValue, $0, analysis) }
        for period in progressPeriods(asOf: analysis.asOf) {
            let over = period == analysis.progress.period ? analysis : analysis.progress(over: period, plan: plan)
            pages.append((period.fileStem, .progress, over))
        }
        return pages
    }
}

/// The pages `Reports.render` rendered, and the analysis's encoding its JSON pages were made from
/// (nil without JSON pages).
public struct RenderedPages<Outcome> {
    public var pages: [(name: String, outcome: Result<Outcome, ReportError>)]
    public var encoding: AnalysisEncoding?
}

/// A job of `Reports.render`: one or more pages, each reported by its place among the build's pages.
private enum PageJob: Sendable {
    /// The Markdown and HTML pages of one page of the build, from one view.
    case templates(Int)
    /// JSON pages of the build (by place), from one encoding of the analysis.
    case json([Int])
}
