import ArgumentParser
import CairnKit

/// A plan read and checked, with the as-of date to compile it for and its report
/// templates: what every report command starts from.
struct CompiledPlan {
    var plan: Plan
    var asOf: Day
    var templates: ReportTemplates
    var warnings: Int
    /// What reading the posting and log files gave, when a `salt` was given to `load`.
    var readings: FileReadings?

    /// Reads the plan of `options`; on errors prints every diagnostic to stderr and exits 1. The
    /// posting and log files the memory `remembering` gives (made while the files are loaded) holds
    /// with the same text are taken from it; with a `salt`, what reading them gave is kept for the
    /// next memory (`RememberedFiles`). The posting files named in `unread` are not read but
    /// taken from the memory when it was made with the same `inputs` (`RememberedFiles.inputs`):
    /// the caller vouches they are then the same files.
    static func load(_ options: PlanOptions, remembering: () -> RememberedFiles? = { nil }, salt: String? = nil,
                     unread: Set<String> = [], inputs: UInt64 = 0) throws -> CompiledPlan {
        // Read with paths relative to the plan folder, so that reports (JSON carries evidence
        // locations) are the same bytes however the folder was named on the command line;
        // diagnostics get the folder back in front so that they stay clickable.
        let loader = PlanLoader(fileSystem: PlanRootedFileSystem(directory: options.directory))
        // The catalog is read while the memory is decoded.
        var ((input, catalog), memory) = Parallel.both({ () -> (PlanInput, PlanReader.CatalogReading) in
            let input = loader.load(".", leaving: unread)
            return (input, PlanReader.catalog(input))
        }, remembering)
        if !input.unread.isEmpty {
            // Taken only from the memory of the files as they were known by `inputs`, read in the same
            // context; else read now.
            let usable = memory.map { memory in
                inputs != 0 && memory.inputs == inputs && salt.map { memory.context == RememberedFiles.context(input, salt: $0) } == true
            } ?? false
            var again: Set<String> = []
            for path in input.unread {
                if usable, let digest = memory?.postingDigest(path) { input.remembered[path] = digest } else { again.insert(path) }
            }
            loader.read(again, into: &input, directory: ".")
        }
        let (plan, diagnostics, readings) = PlanReader.read(input, catalog: catalog, remembering: memory, salt: salt)
        memory = nil  // megabytes on a large plan, not needed past reading
        let prefix = options.displayPrefix
        let items = diagnostics.sorted.map { diagnostic in
            var shown = diagnostic
            if !shown.location.path.hasPrefix(BuiltInCatalog.prefix) { shown.location.path = prefix + shown.location.path }
            return shown
        }
        let errors = items.filter { $0.severity == .error }.count
        guard var plan, errors == 0 else {
            let color = Terminal.useColor(for: 2)
            for item in items { Terminal.err(DiagnosticFormatter.text(item, color: color)) }
            Terminal.err(DiagnosticFormatter.summary(files: input.fileCount, errors: max(1, errors), warnings: items.count - errors) + "\n")
            Terminal.err("no report was written: fix the errors above, then run the command again\n")
            throw ExitCode(1)
        }
        if plan.settings.readsHistory {
            plan.history = PlanHistory.read(GitHistory.read(options.directory), plan: plan)
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
            Terminal.err("\(options.displayPrefix)templates/\(name): warning: no built-in template has this name; "
                + "it is used only where another template includes it [template-unused]\n")
        }
        return CompiledPlan(plan: plan, asOf: options.asOfDay(settings: plan.settings), templates: templates,
                            warnings: items.count - errors, readings: readings)
    }

    /// The analysis for the as-of date, focused on `focusRole` (a role id) when given, with
    /// progress over `period` (default: the month of the as-of date), and over `alsoOver` too,
    /// taking what it can of the burn-down days in `remembering`, and the matches `matches`.
    func analysis(focusRole: String? = nil, period: ReportPeriod? = nil, alsoOver: [ReportPeriod] = [],
                  remembering: RememberedDays? = nil, matches: RememberedMatches? = nil) -> Analysis {
        Analysis.of(plan, asOf: asOf, focusRole: focusRole, period: period, alsoOver: alsoOver, remembering: remembering,
                    matches: matches)
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

/// The machine's file system with "." standing for the plan folder: the loader then names
/// every plan file relative to the plan ("goals/staff.md"), whatever the current folder.
struct PlanRootedFileSystem: FileSystem {
    let directory: String
    let base = LocalFileSystem()

    func list(_ path: String) throws(FileError) -> [String] { try base.list(path) }
    func kind(_ path: String) -> EntryKind? { base.kind(path) }
    func resolve(_ path: String) -> String? { base.resolve(path == "." ? directory : path) }
    func read(_ path: String) throws(FileError) -> [UInt8] { try base.read(path) }
}

extension PlanOptions {
    /// The plan folder as paths in messages start with it: "" for ".", else with a final "/".
    static func displayPrefix(_ directory: String) -> String {
        directory == "." ? "" : (directory.hasSuffix("/") ? directory : directory + "/")
    }

    var displayPrefix: String { Self.displayPrefix(directory) }
}
