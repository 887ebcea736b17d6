/// The analysis encoded once for every JSON page of a build, and where its `progress` member's
/// value stands in it. The pages of another period (the quarter's progress beside the month's)
/// differ from it only there: they are this encoding with their own progress put in its place,
/// not a second encoding of the whole analysis. Never changed once made, so pages rendered on
/// several threads may share it.
public final class AnalysisEncoding: Sendable {
    let json: JSONBytes
    /// The bytes of the `progress` member's value; nil if it could not be found (then a page of
    /// another period is encoded whole).
    let progress: Range<Int>?
    /// The period of the progress encoded.
    let period: ReportPeriod

    /// Encodes `analysis` as it stands in a JSON page.
    public static func of(_ analysis: Analysis) throws(ReportError) -> AnalysisEncoding {
        AnalysisEncoding(try JSONRenderer.encode(analysis, for: .position), period: analysis.progress.period)
    }

    init(_ json: JSONBytes, period: ReportPeriod) {
        self.json = json
        self.period = period
        progress = Self.member("progress", in: json.bytes)
    }

    /// The digest of everything but the progress member's value: two analyses that differ only
    /// in progress have the same one.
    public var digestWithoutProgress: String {
        var digest = Fingerprint()
        let bytes = json.bytes
        if let progress {
            digest.add(UnsafeRawBufferPointer(rebasing: bytes[..<progress.lowerBound]))
            digest.add(UnsafeRawBufferPointer(rebasing: bytes[progress.upperBound...]))
        } else {
            digest.add(bytes)
        }
        return digest.hex
    }

    /// The JSON page of `report` over `analysis`, which must be the analysis encoded here or the
    /// same with progress over another period.
    func page(_ report: ReportKind, analysis: Analysis) throws(ReportError) -> ReportText {
        if analysis.progress.period == period { return JSONDocument.page(report, analysis: json) }
        guard let progress else { return JSONDocument.page(report, analysis: try JSONRenderer.encode(analysis, for: report)) }
        // The member's value is an object one level below the analysis's members.
        let own = try JSONRenderer.encode(analysis.progress, level: JSONDocument.analysisLevel + 1, for: report)
        return JSONDocument.page(report, analysis: [(json, 0..<progress.lowerBound), (own, 0..<own.count),
                                                    (json, progress.upperBound..<json.count)])
    }

    /// The value of the analysis's member `key`: from after `"key" : ` to the comma or line break
    /// that ends it. The analysis is indented one level, so its members' lines start with four
    /// spaces and a quote, and every line inside a member's value starts with more spaces or with
    /// a closing bracket (a line break inside a string is escaped): the next such line is the next
    /// member, and without one the value ends at the analysis's closing `  }`.
    static func member(_ key: String, in bytes: UnsafeRawBufferPointer) -> Range<Int>? {
        guard let opening = find(Array("\n    \"\(key)\" : ".utf8), in: bytes, from: 0) else { return nil }
        let start = opening.upperBound
        if let next = find(Array(",\n    \"".utf8), in: bytes, from: start) { return start..<next.lowerBound }
        if let close = find(Array("\n  }".utf8), in: bytes, from: start), close.upperBound == bytes.count { return start..<close.lowerBound }
        return nil
    }

    /// Where `pattern` first stands in `bytes` at or after `from`.
    static func find(_ pattern: [UInt8], in bytes: UnsafeRawBufferPointer, from: Int) -> Range<Int>? {
        guard let first = pattern.first, bytes.count >= pattern.count else { return nil }
        var index = from
        let last = bytes.count - pattern.count
        while index <= last {
            if bytes[index] == first {
                var matched = 1
                while matched < pattern.count, bytes[index + matched] == pattern[matched] { matched += 1 }
                if matched == pattern.count { return index..<(index + pattern.count) }
            }
            index += 1
        }
        return nil
    }
}
