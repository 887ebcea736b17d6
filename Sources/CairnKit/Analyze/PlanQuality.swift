/// The career-planning checklist made into checks, and the plan's score on it (analysis section 11).
public struct PlanQuality: Sendable, Encodable, Equatable {
    public var checks: [QualityCheck]
    public var passed: Int
    /// Checks that apply to this plan (passed or failed).
    public var applicable: Int
    /// passed / applicable as a whole percentage, rounded half-up.
    public var score: Int
    public var band: QualityBand

    /// The checks that failed, in check order.
    public var failed: [QualityCheck] { checks.filter { $0.status == .failed } }
}

/// One check: passed, failed (with what is missing and where to add it) or not applicable.
public struct QualityCheck: Sendable, Encodable, Equatable {
    /// Stable, kebab-case: `long-term-goal`, `checklist-mentor`.
    public var id: String
    /// The part of the plan it is about: Goals, Skills, Time and budget, ...
    public var section: String
    /// What the check asks for.
    public var title: String
    public var status: QualityStatus
    /// Why it passed or does not apply; nil when it failed.
    public var detail: String?
    /// What is missing and where to add it: one per goal, gap or field that lacks it.
    public var findings: [QualityFinding]
}

/// Whether a check holds.
public enum QualityStatus: String, Sendable, Encodable {
    case passed, failed
    case notApplicable = "not applicable"
}

/// Something missing from the plan, the file and line to change, and what to add there.
public struct QualityFinding: Sendable, Encodable, Equatable {
    /// What is missing, as `cairn check` prints it.
    public var message: String
    /// What to add and where (which file).
    public var fix: String
    /// The place to change: the field or file, or profile.md line 1 when the file does not exist yet.
    public var location: SourceLocation

    enum CodingKeys: String, CodingKey { case message, fix, location }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(message, forKey: .message)
        try container.encode(fix, forKey: .fix)
        try container.encode(location.description, forKey: .location)
    }
}

/// Bands on the score: 90 excellent, 80 good, 70 needs work, below that significant work.
public enum QualityBand: String, Sendable, Encodable {
    case excellent, good
    case needsWork = "needs work"
    case significantWork = "significant work"

    public init(score: Int) {
        switch score {
        case 90...: self = .excellent
        case 80...: self = .good
        case 70...: self = .needsWork
        default: self = .significantWork
        }
    }
}

extension QualityCheck {
    /// Failed when anything is missing, else passed with `detail`.
    static func result(_ id: String, _ section: String, _ title: String, findings: [QualityFinding], detail: String) -> QualityCheck {
        QualityCheck(id: id, section: section, title: title, status: findings.isEmpty ? .passed : .failed,
                     detail: findings.isEmpty ? detail : nil, findings: findings)
    }

    static func notApplicable(_ id: String, _ section: String, _ title: String, because detail: String) -> QualityCheck {
        QualityCheck(id: id, section: section, title: title, status: .notApplicable, detail: detail, findings: [])
    }
}

extension PlanQuality {
    /// Runs every check and scores the plan.
    public static func of(_ facts: PlanFacts) -> PlanQuality {
        scored(Checks(facts).all())
    }

    /// The score of `checks`: passed / applicable, rounded half-up (100 when nothing applies).
    public static func scored(_ checks: [QualityCheck]) -> PlanQuality {
        let passed = checks.filter { $0.status == .passed }.count
        let applicable = checks.filter { $0.status != .notApplicable }.count
        let score = applicable == 0 ? 100 : Numbers.roundHalfUp(Double(passed) * 100 / Double(applicable))
        return PlanQuality(checks: checks, passed: passed, applicable: applicable, score: score, band: QualityBand(score: score))
    }
}
