/// The pages of a build rendered a few at a time and handed on as each is done, so that a
/// build holds a few pages in memory at once, not all of them.
extension Reports {
    /// What is done with a page once it is rendered: its file name and its text.
    public typealias Delivery<Outcome> = (_ name: String, _ page: ReportText) -> Outcome

    /// Every page `cairn build` writes in every format of `formats` (ics skipped), as `files` lists
    /// them, each given to `deliver` as soon as it is rendered and let go once `deliver` returns.
    /// `deliver` runs on the rendering threads, for several pages at once. A report's Markdown and
    /// HTML pages share one view, built once; the JSON pages that share an analysis (all but the
    /// quarter's progress) share its one encoding. At most `width` of these jobs run at once.
    /// Returns each page's name and what `deliver` returned for it, or why it could not be
    /// rendered, in report then format order. `plan` must be the plan `analysis` was made from.
    public static func render<Outcome>(plan: Plan, analysis: Analysis, formats: [OutputFormat],
                                       templates: ReportTemplates = ReportTemplates(), width: Int = 2,
                                       deliver: Delivery<Outcome>) -> [(name: String, outcome: Result<Outcome, ReportError>)] {
        let pages = Self.pages(plan: plan, analysis: analysis)
        let chosen = OutputFormat.allCases.filter { formats.contains($0) && $0 != .ics }
        var names: [String] = []
        for page in pages { for format in chosen { names.append("\(page.stem).\(format.rawValue)") } }
        var slots: [String: Int] = [:]
        for (index, name) in names.enumerated() { slots[name] = index }

        let textFormats = chosen.filter { $0 != .json }
        var jobs: [PageJob] = textFormats.isEmpty ? [] : pages.indices.map { PageJob.templates($0) }
        // The largest jobs first (the market's pages, then the JSON), so that the last to start is a small one.
        if let market = pages.firstIndex(where: { $0.report == .market }), !textFormats.isEmpty {
            jobs.swapAt(0, market)
        }
        if chosen.contains(.json) {
            var groups: [ReportPeriod: [Int]] = [:]
            var order: [ReportPeriod] = []
            for (index, page) in pages.enumerated() {
                let period = page.analysis.progress.period
                if groups[period] == nil { order.append(period) }
                groups[period, default: []].append(index)
            }
            jobs.insert(contentsOf: order.map { PageJob.json(groups[$0]!) }, at: min(1, jobs.count))
        }
        var early: ReportError?
        for format in textFormats {
            do throws(ReportError) { _ = try templates.library(for: format) } catch { early = early ?? error }
        }
        if let early { return names.map { ($0, .failure(early)) } }

        let done = Parallel.map(jobs, width: width) { job -> [(Int, Result<Outcome, ReportError>)] in
            switch job {
            case .templates(let index):
                let page = pages[index]
                let context = TemplateContext.build(page.report.view(plan: plan, analysis: page.analysis))
                return textFormats.map { format in
                    let slot = slots["\(page.stem).\(format.rawValue)"]!
                    do throws(ReportError) {
                        let text = format == .md
                            ? try MarkdownRenderer.page(page.report, context: context, templates: templates)
                            : try HTMLRenderer.page(page.report, context: context, templates: templates)
                        return (slot, .success(deliver(names[slot], text)))
                    } catch {
                        return (slot, .failure(error))
                    }
                }
            case .json(let indices):
                let first = pages[indices[0]]
                let slotsOfGroup = indices.map { slots["\(pages[$0].stem).json"]! }
                do throws(ReportError) {
                    let json = try JSONRenderer.encode(first.analysis, for: first.report)
                    return zip(indices, slotsOfGroup).map { index, slot in
                        (slot, .success(deliver(names[slot], JSONDocument.page(pages[index].report, analysis: json))))
                    }
                } catch {
                    return slotsOfGroup.map { ($0, .failure(error)) }
                }
            }
        }
        var outcomes: [Result<Outcome, ReportError>?] = Array(repeating: nil, count: names.count)
        for case .success(let results) in done { for (slot, outcome) in results { outcomes[slot] = outcome } }
        return zip(names, outcomes).map { ($0, $1!) }
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

/// A job of `Reports.render`: one or more pages, each reported by its place among the build's pages.
private enum PageJob: Sendable {
    /// The Markdown and HTML pages of one page of the build, from one view.
    case templates(Int)
    /// The JSON pages of the build's pages that share an analysis, from one encoding.
    case json([Int])
}
