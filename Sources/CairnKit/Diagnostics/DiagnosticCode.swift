/// Every problem Cairn reports, by stable code. docs/diagnostics.md has a row
/// for each, and Tests/CairnKitTests/Fixtures/diagnostics/<code>/ a plan that produces it.
public enum DiagnosticCode: String, CaseIterable, Sendable, Codable {
    // Files and bytes
    case missingProfile = "missing-profile"
    case emptyFile = "empty-file"
    case binaryFile = "binary-file"
    case notUTF8 = "not-utf8"
    case fileTooLarge = "file-too-large"
    case unreadableFile = "unreadable-file"
    case notAFile = "not-a-file"
    case symlinkSkipped = "symlink-skipped"
    // Front-matter and YAML
    case missingFrontMatter = "missing-front-matter"
    case unterminatedFrontMatter = "unterminated-front-matter"
    case yamlSyntax = "yaml-syntax"
    case yamlAnchor = "yaml-anchor"
    case yamlTag = "yaml-tag"
    case yamlTooDeep = "yaml-too-deep"
    case duplicateKey = "duplicate-key"
    case unknownKey = "unknown-key"
    case missingField = "missing-field"
    case wrongType = "wrong-type"
    case invalidValue = "invalid-value"
    case invalidDate = "invalid-date"
    case levelOutOfRange = "level-out-of-range"
    case invalidWeights = "invalid-weights"
    case tooManyProblems = "too-many-problems"
    // Markdown bodies
    case markdownTooDeep = "markdown-too-deep"
    case invalidDuration = "invalid-duration"
    case entryWithoutDate = "entry-without-date"
    // References between files
    case duplicateID = "duplicate-id"
    case unknownRole = "unknown-role"
    case unknownSkill = "unknown-skill"
    case unknownGoal = "unknown-goal"
    case unknownAction = "unknown-action"
    case prerequisiteCycle = "prerequisite-cycle"
    // Advice from the analysis, once the plan reads without errors
    case planQuality = "plan-quality"

    /// The severity this code is reported with (`--strict` turns warnings into errors).
    public var severity: Severity {
        switch self {
        case .unknownKey, .unknownSkill, .symlinkSkipped, .notAFile, .entryWithoutDate, .planQuality:
            return .warning
        default:
            return .error
        }
    }

    /// Advice about the plan rather than a problem in its files: `--strict` leaves it a warning.
    public var isAdvice: Bool { self == .planQuality }
}

/// How bad a diagnostic is.
public enum Severity: String, Sendable, Codable, Comparable {
    case warning, error

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs == .warning && rhs == .error
    }
}
