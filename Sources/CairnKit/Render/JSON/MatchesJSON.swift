/// The ranked job matches as a JSON array, written straight with `JSONWriter`: the bytes
/// `JSONEncoding` writes through their `Encodable` conformances (snake_case keys in sorted
/// order), without the coding containers, which cost 58,000 instructions a match (the matches
/// are half the bytes of every JSON page: 116 M instructions on a plan of 2,000 postings).
/// MatchesJSONTests compare the two, and with Foundation's JSONEncoder. A number that is not
/// finite sends the matches to the containers, which throw as Foundation does.
extension JSONRenderer {
    static func encodeMatches(_ matches: [JobMatch], level: Int, for report: ReportKind) throws(ReportError) -> SharedBytes {
        let finite = matches.allSatisfy { match in
            [match.experience, match.location, match.salary, match.skills, match.titleFit].allSatisfy { $0.points.isFinite && $0.maximum.isFinite }
        }
        guard finite else { return try encode(matches, level: level, for: report) }
        var writer = JSONWriter(capacity: 64 + matches.count * 900)
        writer.byte(91)
        for (index, match) in matches.enumerated() {
            writer.separator(first: index == 0, indent: level + 1)
            writer.write(match, level: level + 1)
        }
        writer.close(93, count: matches.count, indent: level)
        return writer.handOver()
    }
}

extension JSONWriter {
    /// `match` as an object whose opening line is indented by `level`; its numbers must be finite.
    mutating func write(_ match: JobMatch, level: Int) {
        byte(123)
        var first = true
        if let company = match.company {
            member("company", &first, level)
            string(company)
        }
        member("experience", match.experience, &first, level)
        member("location", match.location, &first, level)
        member("posting_id", &first, level)
        string(match.postingID)
        member("salary", match.salary, &first, level)
        member("skills", match.skills, &first, level)
        member("status", &first, level)
        string(match.status)
        member("title", &first, level)
        string(match.title)
        member("title_fit", match.titleFit, &first, level)
        member("total", &first, level)
        integer(match.total)
        close(125, count: 1, indent: level)
    }

    /// The member `key` of an object opened at `level`, whose value is `part`.
    private mutating func member(_ key: StaticString, _ part: MatchPart, _ first: inout Bool, _ level: Int) {
        member(key, &first, level)
        write(part, level: level + 1)
    }

    /// `part` as an object whose opening line is indented by `level`.
    private mutating func write(_ part: MatchPart, level: Int) {
        byte(123)
        var first = true
        member("maximum", &first, level)
        double(part.maximum)
        member("points", &first, level)
        double(part.points)
        member("reason", &first, level)
        string(part.reason)
        close(125, count: 1, indent: level)
    }
}
