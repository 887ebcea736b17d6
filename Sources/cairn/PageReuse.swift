import CairnKit

/// The pages a build may keep as the last build wrote them, without rendering them again: the
/// position, market and plan reports in Markdown and HTML, and the calendar (`LogFreePage`). Each
/// is made from the plan, which its view reads but for the log and the git history, and from some
/// members of the analysis. So when only the log (or the git commit) changed since the last build,
/// and the members a page reads are the same, the page is the same bytes. The everyday edit, a log
/// entry, then renders the progress and JSON pages, and of the others only those whose members it
/// changed: logged hours move the schedule of the plan report, hardly ever the market's matches.
enum PageReuse {
    /// The pages that may be kept, their file names in `formats`.
    static func candidates(_ formats: [OutputFormat]) -> [(page: LogFreePage, files: [String])] {
        LogFreePage.allCases.map { ($0, $0.files(formats)) }.filter { !$0.files.isEmpty }
    }

    /// The digest of what each page that may be kept is made from, by `LogFreePage` name: the
    /// build's header but for the git commit (binary, as-of date, formats), the identity of every
    /// input but the log's, and the members of the analysis it reads.
    static func digests(_ record: BuildRecord, formats: [OutputFormat], analysis: AnalysisEncoding) -> [String: String] {
        digests(planLines(record), formats: formats, analysis: analysis)
    }

    /// The digest of each candidate page of a build whose record's `planLines` are `lines`.
    static func digests(_ lines: [String], formats: [OutputFormat], analysis: AnalysisEncoding) -> [String: String] {
        var base = Fingerprint()
        base.add(line: "cairn-pages 1")
        for line in lines { base.add(line: line) }
        var digests: [String: String] = [:]
        for (page, _) in candidates(formats) { digests[page.rawValue] = analysis.digest(of: page, after: base) }
        return digests
    }

    /// What a build, recorded in `now`, may keep of the last one, `previous`: the files of each page
    /// whose digest is the same, and that are as the last build left them. Also the digests, for the
    /// new record, and the encoding of `analysis` made to tell them, given back only when no market
    /// page is rendered: a build that renders the market's pages does not hold an encoded analysis
    /// at the same time (it is made again after them).
    static func keep(previous: BuildRecord?, now: BuildRecord, analysis: Analysis, formats: [OutputFormat], folder: String)
        -> (kept: Set<String>, digests: [String: String], encoding: AnalysisEncoding?) {
        let candidates = candidates(formats)
        // Without a last build's pages (a first build) there is nothing to keep, and the plan's
        // lines (thousands, of every input) are not made for it.
        guard let previous, !previous.pages.isEmpty, !candidates.isEmpty else { return ([], [:], nil) }
        let lines = planLines(now)
        guard planLines(previous) == lines, let encoding = try? AnalysisEncoding.of(analysis) else { return ([], [:], nil) }
        let digests = digests(lines, formats: formats, analysis: encoding)
        let written = Set(previous.outputs)
        var kept: Set<String> = []
        for (page, files) in candidates where previous.pages[page.rawValue] == digests[page.rawValue] {
            for file in files {
                // A file missing now, and at the last build (deleted as it ended), is no file to keep.
                let line = BuildRecord.reports([file], in: folder)[0]
                if !line.hasPrefix("missing "), written.contains(line) { kept.insert(file) }
            }
        }
        let market = LogFreePage.market.files(formats)
        return (kept, digests, kept.isSuperset(of: market) ? encoding : nil)
    }

    /// The record's lines a kept page depends on: its header but for the git commit, and every
    /// input but those under log/.
    static func planLines(_ record: BuildRecord) -> [String] {
        record.header.filter { !$0.hasPrefix("commit ") } + inputsButLog(record)
    }

    /// The record's input lines but those of log/.
    static func inputsButLog(_ record: BuildRecord) -> [String] {
        record.inputs.filter { !isLog(BuildRecord.name($0)) }
    }

    /// What the past days of burn-downs are remembered under (`RememberedDays.base`): the build's
    /// header with the git commit (the history dates level changes and ticks), and the identity of
    /// every input but the log's, whose entries each day's key holds.
    static func dayBase(_ record: BuildRecord) -> String {
        var base = Fingerprint()
        base.add(line: "cairn-days 1")
        for line in record.header + inputsButLog(record) { base.add(line: line) }
        return base.hex
    }

    /// The job matches the last build, recorded in `previous`, wrote in its JSON pages, if they
    /// were made under `key`: read from the first of its JSON pages in `folder` that holds them
    /// where the record says, with the digest it gives (`RememberedMatches`).
    static func matches(_ previous: BuildRecord, key: String, in folder: String) -> RememberedMatches? {
        guard let recorded = previous.matches, recorded.key == key else { return nil }
        for name in previous.reportNames where name.hasSuffix(".json") {
            if let matches = RememberedMatches(key: key, digest: recorded.digest, path: folder + "/" + name,
                                               offset: recorded.offset, count: recorded.count) { return matches }
        }
        return nil
    }

    /// True for the log folder and what it holds: told by bytes (a path's characters were
    /// compared for every input line, 850 instructions each).
    static func isLog(_ path: Substring) -> Bool {
        path.utf8.elementsEqual("log".utf8) || path.utf8.starts(with: "log/".utf8)
    }
}
