import ArgumentParser
import CairnKit

/// A plan read and checked, with the as-of date to compile it for and its report
/// templates: what every report command starts from.
struct CompiledPlan {
    var plan: Plan
    var asOf: Day
    var templates: ReportTemplates
    var warnings: Int

    /// Reads the plan of `options`; on errors prints every diagnostic to stderr and exits 1.
    static func load(_ options: PlanOptions) throws -> CompiledPlan {
        let input = PlanLoader().load(options.directory)
        let (plan, diagnostics) = PlanReader.read(input)
        let items = diagnostics.sorted
        let errors = items.filter { $0.severity == .error }.count
        guard let plan, errors == 0 else {
            let color = Terminal.useColor(for: 2)
            for item in items { Terminal.err(DiagnosticFormatter.text(item, color: color)) }
            Terminal.err(DiagnosticFormatter.summary(files: input.fileCount, errors: max(1, errors), warnings: items.count - errors) + "\n")
            Terminal.err("no report was written: fix the errors above, then run the command again\n")
            throw ExitCode(1)
        }
        let overrides: [TemplateSource]
        do {
            overrides = try TemplateFolder.read(plan: options.directory)
        } catch {
            Terminal.err("\(error.description)\n")
            throw ExitCode(1)
        }
        let templates = ReportTemplates(overrides: overrides)
        for name in templates.additions {
            Terminal.err("\(TemplateFolder.display(options.directory))templates/\(name): warning: no built-in template has this name; "
                + "it is used only where another template includes it [template-unused]\n")
        }
        return CompiledPlan(plan: plan, asOf: options.asOfDay(settings: plan.settings), templates: templates,
                            warnings: items.count - errors)
    }

    /// The analysis for the as-of date, focused on `focusRole` (a role id) when given.
    func analysis(focusRole: String? = nil) -> Analysis {
        Analysis.of(plan, asOf: asOf, focusRole: focusRole)
    }

    /// Renders one report to a string; a template problem prints and exits 1.
    func render(_ report: ReportKind, format: OutputFormat, analysis: Analysis) throws -> String {
        guard let renderer = Reports.renderer(for: format, templates: templates) else {
            throw ValidationError("the \(format.rawValue) format is not written by this version of Cairn")
        }
        do {
            return try renderer.render(report, plan: plan, analysis: analysis)
        } catch {
            Terminal.err("\(error.description)\n")
            throw ExitCode(1)
        }
    }
}

/// The format of a report printed on standard output.
enum PageFormat: String, ExpressibleByArgument, CaseIterable {
    case md, html, json

    var outputFormat: OutputFormat {
        switch self {
        case .md: .md
        case .html: .html
        case .json: .json
        }
    }
}
