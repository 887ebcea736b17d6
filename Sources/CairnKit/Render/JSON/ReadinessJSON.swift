/// The rows of a readiness written straight, as `RowsJSON` writes the schedule's and the gaps':
/// each target role's skills against the levels held, and its required skills backed by
/// evidence (a role of twenty skills holds a hundred evidence items; the readiness of every
/// assessed role is the largest member of the analysis not written straight before). The bytes
/// are those of the `Encodable` conformances; RowsJSONTests compare them.
extension JSONWriter {
    /// `coverage` written straight, its opening line indented by `level`, when its numbers are
    /// finite; false, and nothing written, otherwise.
    mutating func writeRow(_ coverage: SkillCoverage, level: Int) -> Bool {
        guard coverage.credit.isFinite, coverage.weight.isFinite else { return false }
        byte(123)
        var first = true
        member("credit", &first, level)
        double(coverage.credit)
        member("current", &first, level)
        integer(coverage.current)
        member("gap", &first, level)
        integer(coverage.gap)
        member("name", &first, level)
        string(coverage.name)
        member("needed", &first, level)
        integer(coverage.needed)
        member("required", &first, level)
        bool(coverage.required)
        member("skill_id", &first, level)
        string(coverage.skillID)
        member("weight", &first, level)
        double(coverage.weight)
        close(125, count: 1, indent: level)
        return true
    }

    /// `backed` written straight with its evidence (it holds no number).
    mutating func writeRow(_ backed: BackedSkill, level: Int) -> Bool {
        byte(123)
        var first = true
        member("evidence", &first, level)
        byte(91)
        for (index, item) in backed.evidence.enumerated() {
            separator(first: index == 0, indent: level + 2)
            _ = writeRow(item, level: level + 2)
        }
        close(93, count: backed.evidence.count, indent: level + 1)
        member("name", &first, level)
        string(backed.name)
        member("skill_id", &first, level)
        string(backed.skillID)
        close(125, count: 1, indent: level)
        return true
    }

    /// `item` written straight (it holds no number): its date left out when it has none.
    mutating func writeRow(_ item: EvidenceItem, level: Int) -> Bool {
        byte(123)
        var first = true
        if let date = item.date {
            member("date", &first, level)
            string(date.description)
        }
        member("location", &first, level)
        string(item.location.description)
        member("source", &first, level)
        string(item.source.rawValue)
        member("text", &first, level)
        string(item.text)
        close(125, count: 1, indent: level)
        return true
    }
}
