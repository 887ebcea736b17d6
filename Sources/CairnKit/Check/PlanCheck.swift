/// What `cairn check` reports: the reader's diagnostics and, when the plan reads without errors,
/// one `plan-quality` warning for everything a failed plan-quality check finds missing.
public enum PlanCheck {
    /// Reads `input`; without errors, analyses the plan for the day `asOf` gives from its settings
    /// and adds the plan-quality warnings.
    public static func run(_ input: PlanInput, asOf: (Settings) -> Day) -> (plan: Plan?, diagnostics: Diagnostics) {
        var (plan, diagnostics) = PlanReader.read(input)
        guard let plan, diagnostics.errorCount == 0 else { return (plan, diagnostics) }
        let quality = Analysis.quality(plan, asOf: asOf(plan.settings))
        for diagnostic in advice(quality, files: input.sourceFiles) { diagnostics.append(diagnostic) }
        return (plan, diagnostics)
    }

    /// One warning per finding of each failed check, at the place to change, quoting its line;
    /// the message names the check, the hint says what to add.
    public static func advice(_ quality: PlanQuality, files: [SourceFile]) -> [Diagnostic] {
        let byPath = Dictionary(files.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        return quality.failed.flatMap { check in
            check.findings.map { finding in
                let file = byPath[finding.location.path]
                let line = file.flatMap { f in
                    finding.location.line >= 1 && finding.location.line <= f.lineCount ? String(f.line(finding.location.line)) : nil
                }
                return Diagnostic(.planQuality, "\(finding.message) (check \(check.id))", at: finding.location,
                                  sourceLine: line, hint: finding.fix)
            }
        }
    }
}

extension PlanInput {
    /// Every file of the plan that was read.
    public var sourceFiles: [SourceFile] {
        [settings, skills, profile].compactMap { $0 } + goals + roles + jobs + resources + companies + log
    }
}
