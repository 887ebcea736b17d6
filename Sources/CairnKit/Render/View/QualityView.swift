/// The plan-quality scorecard (analysis section 11): the score with its parts, the band, and
/// every check with its status and, for a failed one, what to add where.
public struct QualityView: Sendable, Equatable, Encodable {
    public var score: String
    public var band: String
    public var bandClass: String
    /// "18 of 23 applicable checks pass: 18 / 23 = 78%; 0 do not apply".
    public var line: String
    public var checks: [QualityCheckRow]
    /// Bands: "90 excellent, 80 good, 70 needs work, below that significant work".
    public var bands: String
}

/// One check of the scorecard.
public struct QualityCheckRow: Sendable, Equatable, Encodable {
    public var section: String
    public var title: String
    /// "passed", "failed", "not applicable".
    public var status: String
    public var statusClass: String
    public var passed: Bool
    public var failed: Bool
    /// Why it passed or does not apply; empty for a failed check.
    public var detail: RichText
    public var findings: [QualityFindingRow]
    public var hasFindings: Bool
    /// The findings in one line, for table cells.
    public var findingsLine: String
    public var id: String
}

/// Something missing: what, what to add, and where.
public struct QualityFindingRow: Sendable, Equatable, Encodable {
    public var message: RichText
    public var fix: RichText
    public var location: String
}

extension QualityView {
    init(_ quality: PlanQuality) {
        score = String(quality.score)
        band = quality.band.rawValue
        bandClass = "band-" + quality.band.rawValue.replacingSpaces(with: "-")
        let notApplicable = quality.checks.count - quality.applicable
        line = quality.applicable == 0
            ? "No check applies to this plan: the score is 100."
            : "\(quality.passed) of \(Format.count(quality.applicable, "applicable check")) \(quality.passed == 1 ? "passes" : "pass"): "
                + "\(quality.passed) / \(quality.applicable) = \(quality.score)%"
                + (notApplicable > 0 ? "; \(notApplicable) \(notApplicable == 1 ? "does" : "do") not apply." : ".")
        checks = quality.checks.map(QualityCheckRow.init)
        bands = "90 excellent, 80 good, 70 needs work, below that significant work"
    }
}

extension QualityCheckRow {
    init(_ check: QualityCheck) {
        id = check.id
        section = check.section
        title = check.title
        status = check.status.rawValue
        statusClass = "check-" + check.status.rawValue.replacingSpaces(with: "-")
        passed = check.status == .passed
        failed = check.status == .failed
        detail = RichText(check.detail ?? "")
        findings = check.findings.map {
            QualityFindingRow(message: RichText($0.message), fix: RichText($0.fix), location: $0.location.description)
        }
        hasFindings = !findings.isEmpty
        findingsLine = check.findings.map { "\($0.message): \($0.fix) (\($0.location))" }.joined(separator: "; ")
    }
}
