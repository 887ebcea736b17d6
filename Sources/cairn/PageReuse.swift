import CairnKit

/// The pages a build may keep as the last build wrote them, without rendering them again: the
/// position, market and plan reports in Markdown and HTML, and the calendar. Each is made from
/// the plan, which its view reads but for the log (`LogFreePagesTests` checks it), and from the
/// analysis, but for its progress. So when only the log changed since the last build, and the
/// analysis is the same but for progress, they are the same bytes. The everyday edit, a log entry,
/// then renders only the progress and JSON pages (the market's pages, the largest, are kept).
enum PageReuse {
    /// The pages of a build in `formats` that may be kept.
    static func candidates(_ formats: [OutputFormat]) -> [String] {
        let stems = ReportKind.built.map(\.rawValue)
        let pages = [OutputFormat.md, .html].filter(formats.contains).flatMap { format in stems.map { "\($0).\(format.rawValue)" } }
        return pages + (formats.contains(.ics) ? [ICalendar.fileName] : [])
    }

    /// The digest of what the pages that may be kept are made from: the build's header (binary,
    /// as-of date, formats, git commit), the identity of every input but the log's, and the
    /// analysis encoded, without its progress.
    static func digest(_ record: BuildRecord, analysis: AnalysisEncoding) -> String {
        var digest = Fingerprint()
        digest.add(line: "cairn-pages 1")
        for line in record.header { digest.add(line: line) }
        for line in record.inputs where !isLog(BuildRecord.name(line)) { digest.add(line: line) }
        digest.add(line: analysis.digestWithoutProgress)
        return digest.hex
    }

    /// What the build recorded in `now` may keep of the last one, `previous`, and the encoding of
    /// `analysis` made to tell. A page is kept when the two builds' inputs differ only in the
    /// log, their digests match, and the page is as the last build left it. The encoding is given
    /// back only when every candidate page is kept: a build that renders the market's pages does
    /// not hold an encoded analysis at the same time (it is made again after them).
    static func keep(previous: BuildRecord?, now: BuildRecord, analysis: Analysis, formats: [OutputFormat],
                     folder: String) -> (kept: Set<String>, encoding: AnalysisEncoding?) {
        guard let previous, let recorded = previous.pages, previous.header == now.header,
              previous.inputs.filter({ !isLog(BuildRecord.name($0)) }) == now.inputs.filter({ !isLog(BuildRecord.name($0)) }),
              let encoding = try? AnalysisEncoding.of(analysis), digest(now, analysis: encoding) == recorded
        else { return ([], nil) }
        let written = Set(previous.outputs)
        let candidates = candidates(formats)
        let kept = Set(candidates.filter { written.contains(BuildRecord.reports([$0], in: folder)[0]) })
        return (kept, kept.count == candidates.count ? encoding : nil)
    }

    /// True for the log folder and what it holds.
    static func isLog(_ path: String) -> Bool { path == "log" || path.hasPrefix("log/") }
}
