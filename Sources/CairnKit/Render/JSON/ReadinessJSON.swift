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
        object(at: level) { writer, first in
            writer.member("credit", .double(coverage.credit), &first, level)
            writer.member("current", .integer(coverage.current), &first, level)
            writer.member("gap", .integer(coverage.gap), &first, level)
            writer.member("name", .string(coverage.name), &first, level)
            writer.member("needed", .integer(coverage.needed), &first, level)
            writer.member("required", .bool(coverage.required), &first, level)
            writer.member("skill_id", .string(coverage.skillID), &first, level)
            writer.member("weight", .double(coverage.weight), &first, level)
        }
        return true
    }

    /// `backed` written straight with its evidence (it holds no number).
    mutating func writeRow(_ backed: BackedSkill, level: Int) -> Bool {
        object(at: level) { writer, first in
            writer.member("evidence", &first, level)
            writer.byte(91)
            for (index, item) in backed.evidence.enumerated() {
                writer.separator(first: index == 0, indent: level + 2)
                _ = writer.writeRow(item, level: level + 2)
            }
            writer.close(93, count: backed.evidence.count, indent: level + 1)
            writer.member("name", .string(backed.name), &first, level)
            writer.member("skill_id", .string(backed.skillID), &first, level)
        }
        return true
    }

    /// `item` written straight (it holds no number): its date left out when it has none.
    mutating func writeRow(_ item: EvidenceItem, level: Int) -> Bool {
        object(at: level) { writer, first in
            if let date = item.date { writer.member("date", .string(date.description), &first, level) }
            writer.member("location", .string(item.location.description), &first, level)
            writer.member("source", .string(item.source.rawValue), &first, level)
            writer.member("text", .string(item.text), &first, level)
        }
        return true
    }
}
