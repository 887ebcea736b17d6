/// The analysis encoded once for every JSON page of a build, and where each of its members'
/// values stands in it. The job matches, about half the bytes, are encoded on their own, on the
/// other core, and put in their place as a page is written. The pages of another period (the
/// quarter's progress beside the month's) differ only in their `progress` member: they are this
/// encoding with their own progress put in its place, not a second encoding of the whole
/// analysis. Never changed once made, so pages rendered on several threads may share it.
public final class AnalysisEncoding: Sendable {
    /// The analysis with the members of `own` encoded empty: a page has `own`'s bytes in their place.
    let json: SharedBytes
    /// Members encoded on their own, by key, to stand in place of their value in `json`.
    let own: [String: SharedBytes]
    /// Where the value of each of the analysis's members stands in `json`, by key (`as_of`,
    /// `progress`, ...).
    let members: [String: Range<Int>]
    /// The digest of each member's value (its own encoding for those in `own`), by key.
    let digests: [String: UInt64]
    /// The bytes of the `progress` member's value; nil if it could not be found (then a page of
    /// another period is encoded whole).
    var progress: Range<Int>? { members["progress"] }
    /// The period of the progress encoded.
    let period: ReportPeriod

    /// Encodes `analysis` as it stands in a JSON page: its matches on one core (or as remembered,
    /// `Analysis.rememberedMatches`), the rest on the other.
    public static func of(_ analysis: Analysis) throws(ReportError) -> AnalysisEncoding {
        var rest = analysis
        rest.matches = []
        let level = JSONDocument.analysisLevel + 1
        let remembered = analysis.rememberedMatches
        // Each side digests what it encoded; remembered matches come with their digest.
        let (encoded, matches) = Parallel.both(
            { Result { () throws(ReportError) in
                let json = try JSONRenderer.encode(rest, for: .position)
                let members = Self.members(in: json.bytes)
                return (json, members, members.mapValues { Fingerprint.number(of: UnsafeRawBufferPointer(rebasing: json.bytes[$0])) })
            } },
            { Result { () throws(ReportError) in
                if let remembered { return (remembered.json, remembered.digest) }
                let json = try JSONRenderer.encodeMatches(analysis.matches, level: level, for: .position)
                return (json, Fingerprint.number(of: json.bytes))
            } })
        let (restJSON, restMembers, restDigests) = try encoded.get(), (matchesJSON, matchesDigest) = try matches.get()
        let encoding = AnalysisEncoding(restJSON, members: restMembers, own: ["matches": matchesJSON],
                                        digests: restDigests.merging(["matches": matchesDigest]) { _, own in own },
                                        period: analysis.progress.period)
        if encoding.members["matches"] != nil { return encoding }
        // Not laid out as `members(in:)` expects: encoded whole, which remembered matches cannot be
        // (the analysis holds none of its own to encode instead).
        guard remembered == nil else {
            throw ReportError(at: SourceLocation(path: "position.json", line: 1), "the matches of the last build have no place in the analysis",
                              hint: "delete the output folder's .cairn-build and build again")
        }
        return AnalysisEncoding(try JSONRenderer.encode(analysis, for: .position), period: analysis.progress.period)
    }

    /// `json` with the values of `own` put in place of those of the same keys in it. `members` are
    /// `members(in: json)`, when the caller has found them; `digests` are those of members' values
    /// already known (of `own`'s own bytes for its members). Members `json` does not hold are left
    /// out of `own`.
    init(_ json: SharedBytes, members found: [String: Range<Int>]? = nil, own: [String: SharedBytes] = [:],
         digests known: [String: UInt64] = [:], period: ReportPeriod) {
        self.json = json
        self.period = period
        let members = found ?? Self.members(in: json.bytes)
        self.members = members
        let own = own.filter { members[$0.key] != nil }
        self.own = own
        var digests: [String: UInt64] = [:]
        for (key, range) in members {
            digests[key] = known[key] ?? Fingerprint.number(of: own[key]?.bytes ?? UnsafeRawBufferPointer(rebasing: json.bytes[range]))
        }
        self.digests = digests
    }

    /// The digest of the matches' encoding, and where it stands in every JSON page (the members
    /// before it are the same in all), for `RememberedMatches`; nil if the member was not found.
    public var matches: (digest: UInt64, offset: Int, count: Int)? {
        guard let digest = digests["matches"], let range = members["matches"] else { return nil }
        return (digest, JSONDocument.opening.utf8.count + range.lowerBound, own["matches"]?.count ?? range.count)
    }

    /// The bytes of a member's value, if the analysis has that member.
    func value(_ key: String) -> UnsafeRawBufferPointer? {
        own[key]?.bytes ?? members[key].map { UnsafeRawBufferPointer(rebasing: json.bytes[$0]) }
    }

    /// The digest of the members `page` reads, each key with its value's digest (or with nothing,
    /// for one the analysis leaves out), after `base`: two analyses with the same members give the
    /// same digest whatever the rest of them.
    /// Should the members not be found (an encoding not laid out as `members(in:)` expects), the
    /// digest is of the whole encoding: a page is then kept only when nothing in it changed.
    public func digest(of page: LogFreePage, after base: Fingerprint = Fingerprint()) -> String {
        var digest = base
        guard !members.isEmpty else {
            digest.add(json.bytes)
            return digest.hex
        }
        for key in page.members.map({ SnakeCaseKey($0.stringValue).stringValue }) {
            digest.add(line: key)
            if let value = digests[key] {
                digest.add(value)
            } else {
                digest.add(line: "absent")
            }
        }
        return digest.hex
    }

    /// The JSON page of `report` over `analysis`, which must be the analysis encoded here or the
    /// same with progress over another period.
    func page(_ report: ReportKind, analysis: Analysis) throws(ReportError) -> ReportText {
        var values = own
        if analysis.progress.period != period {
            guard progress != nil else { return JSONDocument.page(report, analysis: try JSONRenderer.encode(analysis, for: report)) }
            // The member's value is an object one level below the analysis's members.
            values["progress"] = try JSONRenderer.encode(analysis.progress, level: JSONDocument.analysisLevel + 1, for: report)
        }
        return JSONDocument.page(report, analysis: stretches(putting: values))
    }

    /// The stretches of bytes that are the analysis with each of `values` in place of its member's
    /// value in `json`.
    func stretches(putting values: [String: SharedBytes]) -> [(SharedBytes, Range<Int>)] {
        var stretches: [(SharedBytes, Range<Int>)] = []
        var from = 0
        let placed = values.compactMap { key, bytes in members[key].map { ($0, bytes) } }
        for (range, bytes) in placed.sorted(by: { $0.0.lowerBound < $1.0.lowerBound }) {
            stretches += [(json, from..<range.lowerBound), (bytes, 0..<bytes.count)]
            from = range.upperBound
        }
        return stretches + [(json, from..<json.count)]
    }

    /// The value of every member of the analysis, by key. The analysis is indented one level, so
    /// its members' lines start with four spaces and a quote, and every other line inside it starts
    /// with more spaces, or with four and a closing bracket (a line break inside a string is
    /// escaped): each member runs to the comma before the next one, the last to the analysis's
    /// closing `  }`. Keys are snake_case words, with no quote or escape in them.
    static func members(in bytes: UnsafeRawBufferPointer) -> [String: Range<Int>] {
        let opening = Array("\n    \"".utf8), separator = Array("\" : ".utf8)
        var starts: [(key: String, value: Int, line: Int)] = []
        var from = 0
        while let found = find(opening, in: bytes, from: from) {
            from = found.upperBound
            guard let end = find(separator, in: bytes, from: found.upperBound) else { break }
            let key = String(decoding: bytes[found.upperBound..<end.lowerBound], as: UTF8.self)
            starts.append((key, end.upperBound, found.lowerBound))
        }
        guard let close = find(Array("\n  }".utf8), in: bytes, from: starts.last?.value ?? 0), close.upperBound == bytes.count
        else { return [:] }
        var members: [String: Range<Int>] = [:]
        for (index, start) in starts.enumerated() {
            // The comma before the next member's line, or the analysis's closing line.
            let end = index + 1 < starts.count ? starts[index + 1].line - 1 : close.lowerBound
            guard end >= start.value, index + 1 == starts.count || bytes[end] == UInt8(ascii: ",") else { return [:] }
            members[start.key] = start.value..<end
        }
        return members
    }

    /// Where `pattern` first stands in `bytes` at or after `from`.
    static func find(_ pattern: [UInt8], in bytes: UnsafeRawBufferPointer, from: Int) -> Range<Int>? {
        guard from <= bytes.count else { return nil }
        let found = pattern.withUnsafeBytes { ByteSearch.offset(of: $0, in: UnsafeRawBufferPointer(rebasing: bytes[from...])) }
        return found.map { (from + $0)..<(from + $0 + pattern.count) }
    }
}
