import ArgumentParser
import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import CairnKit

/// `cairn build`: write every report in every format into the output folder.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Write every report of a plan into its output folder.",
        discussion: """
            Writes the position, market and plan reports as Markdown, standalone HTML and JSON \
            (position.md, position.html, position.json, market.md, ...), the progress report \
            of the month and of the quarter of the as-of date (progress-2026-11.md, \
            progress-2026-Q4.md, ...), and the plan's \
            milestones, due dates, goal dates and review reminders as an iCalendar file \
            (calendar.ics, format ics), into DIR/reports, or \
            the folder named by 'out' in cairn.yml (relative to the plan), or --out. Each file \
            is written to a temporary file in the same folder and renamed into place, and only \
            when its bytes change, so unchanged reports keep their modification time. When only \
            files under log/ changed since the last build, the pages that do not show them are \
            not rendered again, and the summary says how many. Nothing \
            is written outside the output folder, and an output folder inside the plan's input \
            folders (goals/, jobs/, ...) is refused.

            Refuses to run when the plan has errors: they are printed to standard error and \
            the exit code is 1. The same plan and as-of date always give the same bytes.
            """
    )

    @OptionGroup var plan: PlanOptions

    @Option(name: .customLong("out"), help: ArgumentHelp(
        "The output folder (relative to the current folder). Default: 'out' in cairn.yml, else DIR/reports.", valueName: "dir"),
            completion: .directory)
    var out: String?

    @Option(name: .customLong("format"), help: ArgumentHelp(
        "Formats to write, comma-separated: md, html, json, ics. Default: 'formats' in cairn.yml, else all.", valueName: "formats"))
    var formatList: String?

    func validate() throws {
        _ = try requestedFormats()
    }

    /// The --format list, or nil when not given.
    func requestedFormats() throws -> [OutputFormat]? {
        guard let formatList else { return nil }
        var formats: [OutputFormat] = []
        for word in formatList.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !word.isEmpty {
            guard let format = OutputFormat(word: word) else {
                throw ValidationError("--format takes md, html, json and ics, comma-separated; '\(word)' is not one of them")
            }
            if !formats.contains(format) { formats.append(format) }
        }
        guard !formats.isEmpty else { throw ValidationError("--format needs at least one of md, html, json, ics") }
        return formats
    }

    func run() throws {
        Self.tuneAllocator()
        // The first work shared between cores would wait for the thread pool's first thread to
        // start, a millisecond or more: it is started now, while this one checks the inputs.
        DispatchQueue.global().async {}
        var last: LastBuild?
        if let settings = Self.settings(plan.directory) {
            if try upToDate(settings, last: &last) { return }
        }
        // Posting files whose identity is the one the last build recorded are not read again, but
        // taken from its memory of them, if that memory is the one made with that record.
        let unread = last.flatMap { last in last.previous.flatMap { last.now?.postingsUnchanged(since: $0) } } ?? []
        let compiled = try CompiledPlan.load(plan, remembering: { last.flatMap { RememberedFiles.read(from: $0.folder) } },
                                             salt: RememberedFiles.salt, unread: unread, inputs: last?.previous?.inputsDigest ?? 0)
        let formats = try requestedFormats() ?? compiled.plan.settings.formats
        let (shown, folder) = try outputFolder(compiled.plan.settings)
        guard !formats.isEmpty else {
            Terminal.out("nothing to write: cairn.yml lists no format (md, html, json, ics)\n")
            return
        }
        let previous = last?.folder == folder ? last?.previous : BuildRecord.read(from: folder)
        // The inputs as they are before reading them: an edit made during the build means a new one.
        // The record `upToDate` took is that, when it was taken for the same folder, date and formats.
        let taken = (last?.folder == folder ? last?.now : nil).flatMap { $0.isFor(asOf: compiled.asOf, formats: formats) ? $0 : nil }
        let record = taken
            ?? BuildRecord.take(plan: plan.directory, asOf: compiled.asOf, formats: formats,
                                commit: compiled.plan.settings.readsHistory ? GitHistory.head(plan.directory) : nil,
                                outputFolder: folder, outputs: [])
        let writer: ReportWriter
        do {
            writer = try ReportWriter.prepare(folder)
        } catch {
            Terminal.err("\(error.path): error: \(error.message) [build-write]\n")
            throw ExitCode(1)
        }
        // The memory of the files read is staged on a thread of its own: it needs only what reading
        // gave. When this build took files from the last one's memory (an everyday build, whose
        // analysis leaves a core idle), beside the analysis; else (a first build, whose analysis of
        // a large plan is its peak of memory) beside the renames, once the analysis is let go.
        func stageMemory() -> Pending<Result<StagedFile?, WriteError>> {
            Pending { Result { () throws(WriteError) -> StagedFile? in
                guard let readings = compiled.readings else { return nil }
                return try writer.stage(RememberedFiles.fileName, hidden: true) { file throws(WriteError) in
                    // Known by the record's inputs only when it was taken before the plan was read.
                    try RememberedFiles.write(readings, plan: compiled.plan, inputs: taken?.inputsDigest ?? 0, to: &file)
                }
            } }
        }
        var memory = (compiled.readings?.taken ?? 0) > 0 ? stageMemory() : nil
        // Days computed by another binary are not taken: without its identity, none are.
        let base = PageReuse.dayBase(record), knowsBinary = RememberedFiles.salt != nil
        let days = knowsBinary ? RememberedDays(base: base, days: previous?.days ?? [:]) : nil
        // So are the job matches, taken from the last build's JSON pages when made under the same key.
        let matchesKey = RememberedMatches.key(compiled.plan, asOf: compiled.asOf, base: base)
        let matches = knowsBinary ? previous.flatMap { PageReuse.matches($0, key: matchesKey, in: folder) } : nil
        var analysis = compiled.analysis(alsoOver: Reports.progressPeriods(asOf: compiled.asOf), remembering: days, matches: matches)
        // Each page goes to a temporary file as soon as it is rendered; all are renamed into place
        // once every page is rendered and staged, so a failed build changes no report.
        func render(_ formats: [OutputFormat], keeping kept: Set<String>, encoding: AnalysisEncoding?)
            -> RenderedPages<Result<StagedFile?, WriteError>> {
            Reports.render(plan: compiled.plan, analysis: analysis, formats: formats, templates: compiled.templates,
                           keeping: kept, encoding: encoding) { name, page in
                Result { () throws(WriteError) in try writer.stage(name, page) }
            }
        }
        // The progress pages in Markdown and HTML show the log, so they are always rendered: while
        // the analysis is encoded to tell which other pages to keep.
        let names = Reports.fileNames(asOf: compiled.asOf, formats: formats)
        let progress = Set(Reports.progressPeriods(asOf: compiled.asOf).flatMap { period in
            [OutputFormat.md, .html].filter(formats.contains).map { "\(period.fileStem).\($0.rawValue)" }
        })
        let ((kept, digests, reused), first) = Parallel.both({
            PageReuse.keep(previous: previous, now: record, analysis: analysis, formats: formats, folder: folder)
        }, {
            render(formats.filter { $0 == .md || $0 == .html }, keeping: Set(names).subtracting(progress), encoding: nil)
        })
        // The market's pages show the matches themselves: made when those pages are rendered again.
        if !LogFreePage.market.files(formats).allSatisfy(kept.contains) { analysis.rankMatches(of: compiled.plan) }
        let second = render(formats, keeping: kept.union(progress), encoding: reused)
        let order = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        let rendered = (pages: (first.pages + second.pages).sorted { order[$0.name, default: 0] < order[$1.name, default: 0] },
                        encoding: second.encoding)
        var staged: [(name: String, file: StagedFile?)] = kept.sorted().map { ($0, nil) }
        var failure: String?
        for page in rendered.pages {
            switch page.outcome {
            case .success(.success(let file)): staged.append((page.name, file))
            case .success(.failure(let error)): failure = failure ?? "\(error.path): error: \(error.message) [build-write]"
            case .failure(let error): failure = failure ?? error.description
            }
        }
        if failure == nil, formats.contains(.ics), !kept.contains(ICalendar.fileName) {
            let calendar = ICalendar.render(plan: compiled.plan, analysis: analysis)
            do {
                staged.append((ICalendar.fileName, try writer.stage(ICalendar.fileName, ReportText(calendar))))
            } catch {
                failure = "\(error.path): error: \(error.message) [build-write]"
            }
        }
        if let failure {
            for file in staged.compactMap(\.file) { file.discard() }
            if case .success(let file?) = memory?.wait() { file.discard() }
            writer.removeCreatedFolders()
            Terminal.err(failure + "\n")
            throw ExitCode(1)
        }
        var written = 0
        // The reports replaced are let go together once all are renamed (`ReplacedFiles`).
        let replaced = ReplacedFiles()
        defer { replaced.wait() }
        do throws(WriteError) {
            if memory == nil { memory = stageMemory() }
            let committed = Result { () throws(WriteError) -> Int in
                var written = 0
                for (index, page) in staged.enumerated() {
                    guard let file = page.file else { continue }
                    do throws(WriteError) {
                        try writer.commit(file, holding: replaced)
                    } catch {
                        for later in staged[(index + 1)...].compactMap(\.file) { later.discard() }
                        throw error
                    }
                    Terminal.out("wrote \(shown)/\(page.name)\n")
                    written += 1
                }
                return written
            }
            let remembered = memory?.wait() ?? .success(nil)
            switch committed {
            case .success(let count): written = count
            case .failure(let error):
                if case .success(let file?) = remembered { file.discard() }
                throw error
            }
            if let file = try remembered.get() { try writer.commit(file, holding: replaced) }
            replaced.release()
            var done = record
            done.outputs = BuildRecord.reports(staged.map(\.name), in: folder)
            done.days = analysis.remembered?.days ?? [:]
            if !digests.isEmpty {
                done.pages = digests
            } else if !PageReuse.candidates(formats).isEmpty, let encoding = rendered.encoding ?? (try? AnalysisEncoding.of(analysis)) {
                done.pages = PageReuse.digests(record, formats: formats, analysis: encoding)
            }
            if formats.contains(.json), let place = (reused ?? rendered.encoding)?.matches {
                done.matches = BuildRecord.Matches(key: matchesKey, digest: place.digest, offset: place.offset, count: place.count)
            }
            _ = try writer.write(BuildRecord.fileName, done.text, hidden: true)
        } catch {
            Terminal.err("\(error.path): error: \(error.message) [build-write]\n")
            throw ExitCode(1)
        }
        Terminal.out(Self.summary(staged.count, asOf: compiled.asOf, shown: shown, written: written, kept: kept.count))
        Unfreed.keep((compiled, analysis, rendered))
    }

    /// Sets glibc's allocator for a build (`mallopt`, which the Glibc module does not export).
    /// - Pages and encoded analyses of megabytes are made and let go one after another. glibc
    ///   raises its mmap threshold to the size of each mapped block freed, so later ones would come
    ///   from the heap, whose freed room stays resident; a fixed threshold (`M_MMAP_THRESHOLD`)
    ///   maps each on its own and gives it back when it is freed.
    /// - A thread that finds its arena busy is given a new one, up to eight a core; what each holds
    ///   stays apart, and the build's peak of memory depended on how threads happened to meet
    ///   (one build of the bench's 5x plan in eight peaked 9 MB higher). Two arenas (`M_ARENA_MAX`)
    ///   bound that.
    static func tuneAllocator() {
        #if canImport(Glibc)
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        let mmapThreshold: Int32 = -3, arenaMax: Int32 = -8  // M_MMAP_THRESHOLD, M_ARENA_MAX in <malloc.h>
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
        let mallopt = unsafeBitCast(symbol, to: Mallopt.self)
        _ = mallopt(mmapThreshold, 256 << 10)
        _ = mallopt(arenaMax, 2)
        #endif
    }

    /// "16 reports as of 2026-11-23 in reports: 9 written, 7 unchanged", and how many of the
    /// unchanged were kept without rendering them (`PageReuse`).
    static func summary(_ count: Int, asOf: Day, shown: String, written: Int, kept: Int = 0) -> String {
        "\(Format.count(count, "report")) as of \(asOf) in \(shown): \(written) written, \(count - written) unchanged"
            + (kept == 0 ? "" : " (\(kept) not rendered again: what they show is unchanged)") + "\n"
    }

    /// The output folder as shown and as resolved; refuses one inside the plan's input folders.
    func outputFolder(_ settings: Settings) throws -> (shown: String, folder: String) {
        let configured = settings.out
        let shown = out ?? (configured.hasPrefix("/") ? configured : plan.displayPrefix + configured)
        let folder = OutputFolder.resolve(shown)
        if let reason = OutputFolder.refusal(folder, planRoot: OutputFolder.resolve(plan.directory)) {
            Terminal.err("error: will not write reports to \(shown): \(reason) [build-out]\n")
            throw ExitCode(1)
        }
        return (shown, folder)
    }

    /// What `upToDate` found, for the build to start from: the output folder, the record in it, and
    /// the record of the plan as it was then, when one was taken.
    struct LastBuild {
        var folder: String
        var previous: BuildRecord?
        var now: BuildRecord?
    }

    /// True, after printing the summary, when the output folder's build record matches the plan
    /// as it is: nothing changed since the last build, so nothing is read or written. `last` is
    /// set to what was read and taken.
    func upToDate(_ settings: Settings, last: inout LastBuild?) throws -> Bool {
        let formats = try requestedFormats() ?? settings.formats
        guard !formats.isEmpty else { return false }
        let (shown, folder) = try outputFolder(settings)
        let previous = BuildRecord.read(from: folder)
        let asOf = plan.asOfDay(settings: settings)
        let names = Reports.fileNames(asOf: asOf, formats: formats)
        // Taken before anything is read, also for a first build: the build starts from it, so an
        // input edited while the plan is read is recorded as it was, and the next build sees it.
        let now = BuildRecord.take(plan: plan.directory, asOf: asOf, formats: formats,
                                   commit: settings.readsHistory ? GitHistory.head(plan.directory) : nil,
                                   outputFolder: folder, outputs: names)
        last = LastBuild(folder: folder, previous: previous, now: now)
        guard let previous, Set(previous.reportNames) == Set(names), now.sameBuild(as: previous) else { return false }
        Terminal.out(Self.summary(names.count, asOf: asOf, shown: shown, written: 0))
        return true
    }

    /// cairn.yml alone, when it reads without errors (no cairn.yml: the defaults).
    static func settings(_ directory: String) -> Settings? {
        let path = (directory.hasSuffix("/") ? directory : directory + "/") + "cairn.yml"
        guard LocalFileSystem().kind(path) != nil else { return Settings() }
        guard let bytes = try? LocalFileSystem().read(path), case .success(let text) = TextDecoding.decode(bytes) else { return nil }
        let (settings, diagnostics) = PlanReader.settings(SourceFile(path: "cairn.yml", text: text))
        return diagnostics.errorCount == 0 ? settings : nil
    }
}
