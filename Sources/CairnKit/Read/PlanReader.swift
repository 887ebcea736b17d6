/// Reads a plan's files into a `Plan`: the catalog first, then each file kind,
/// then the references between files. Never throws: problems are diagnostics.
public enum PlanReader {
    /// Reads cairn.yml alone: what `cairn build` needs to know before deciding whether to read the plan.
    public static func settings(_ file: SourceFile) -> (settings: Settings, diagnostics: Diagnostics) {
        var diagnostics = Diagnostics()
        let settings = SettingsReader.read(file, diagnostics: &diagnostics)
        return (settings, diagnostics)
    }

    public static func read(_ input: PlanInput) -> (plan: Plan?, diagnostics: Diagnostics) {
        let read = read(input, remembering: nil, salt: nil)
        return (read.plan, read.diagnostics)
    }

    /// What reading a plan starts from: its settings, taxonomy and roles, read from cairn.yml,
    /// skills.yml and roles/ alone (`catalog(_:)`), so that a caller may read them while it waits
    /// for something else.
    public struct CatalogReading: Sendable {
        let settings: Settings
        let catalog: Catalog
        let skills: SkillResolver
        let diagnostics: Diagnostics
        let files: [String: SourceFile]
    }

    /// `read`, taking each posting and log file that `memory` holds with the same text, in the
    /// same context, from it instead of reading it again. With a `salt` (what else the files are
    /// read with: the caller's binary), also what reading those files gave, for the next memory.
    /// `catalog` is `catalog(input)`, when the caller read it already.
    public static func read(_ input: PlanInput, catalog known: CatalogReading? = nil, remembering memory: RememberedFiles?,
                            salt: String?) -> (plan: Plan?, diagnostics: Diagnostics, readings: FileReadings?) {
        let start = known ?? catalog(input)
        var diagnostics = input.diagnostics
        diagnostics.append(contentsOf: start.diagnostics)
        var files = start.files
        let (settings, catalog, skills) = (start.settings, start.catalog, start.skills)
        let currency = settings.currency

        guard let profileFile = input.profile else {
            if input.profileFound { return (nil, diagnostics, nil) }
            diagnostics.report(.missingProfile, "the plan has no profile.md",
                               at: SourceLocation(path: input.profilePath, line: 1, column: 1),
                               hint: "create it with `cairn init`, or run Cairn on the plan folder that holds profile.md")
            return (nil, diagnostics, nil)
        }
        // Every other file read on all cores in one go, results and diagnostics in this order.
        enum FileJob: Sendable {
            case profile(SourceFile), goal(SourceFile), posting(SourceFile), resource(SourceFile), company(SourceFile), log(SourceFile)

            var path: String {
                switch self {
                case .profile(let file), .goal(let file), .posting(let file), .resource(let file), .company(let file), .log(let file):
                    file.path
                }
            }
        }
        enum Read { case profile(Profile?), goal(Goal?), posting(Posting?), resource(Resource?), company(Company?), log([LogEntry]) }
        var jobs: [FileJob] = [.profile(profileFile)]
        jobs += input.goals.map(FileJob.goal)
        jobs += input.jobs.map(FileJob.posting)
        jobs += input.resources.map(FileJob.resource)
        jobs += input.companies.map(FileJob.company)
        jobs += input.log.map(FileJob.log)
        let roles = catalog
        let context = salt.map { RememberedFiles.context(input, salt: $0) }
        let memory = memory.flatMap { $0.context == context ? $0 : nil }
        // A posting or log file is taken from the memory when its text is the same, else read.
        func remembered(_ file: SourceFile, isLog: Bool, read: (inout Diagnostics) -> Read, taking: (RememberedFiles.Read) -> Read?)
            -> (Read, Diagnostics, FileReadings.Reading?) {
            var found = Diagnostics()
            // A file left unread is taken under the digest the caller vouches is its text's, or not at all.
            let unread = input.unread.contains(file.path)
            let digest = unread ? input.remembered[file.path] : context.map { _ in RememberedFiles.digest(file) }
            if let digest, let known = memory?.file(file, digest: digest), let value = taking(known.read) {
                skills.remember(known.adHoc, madeBy: file.path)
                return (value, Diagnostics(known.diagnostics),
                        .init(isLog: isLog, taken: true, digest: digest, diagnostics: known.diagnostics, adHoc: known.adHoc))
            }
            if unread {
                found.report(.unreadableFile, "the file was not read, and no memory of it stands for it",
                             at: SourceLocation(path: file.path, line: 1), hint: "run the command again")
                return (isLog ? .log([]) : .posting(nil), found, nil)
            }
            let value = read(&found)
            guard let digest else { return (value, found, nil) }
            return (value, found, .init(isLog: isLog, taken: false, digest: digest, diagnostics: found.items,
                                        adHoc: skills.adHoc(madeBy: file.path)))
        }
        let read = Parallel.map(jobs) { (job: FileJob) -> (Read, Diagnostics, FileReadings.Reading?) in
            var found = Diagnostics()
            let read: Read
            switch job {
            case .profile(let file): read = .profile(ProfileReader.read(file, catalog: roles, skills: skills, currency: currency, diagnostics: &found))
            case .goal(let file): read = .goal(GoalReader.read(file, catalog: roles, skills: skills, diagnostics: &found))
            case .posting(let file):
                return remembered(file, isLog: false) { found in
                    .posting(PostingReader.read(file, catalog: roles, skills: skills, currency: currency, diagnostics: &found))
                } taking: { known in
                    if case .posting(let posting) = known { .posting(posting) } else { nil }
                }
            case .resource(let file): read = .resource(ResourceReader.read(file, skills: skills, currency: currency, diagnostics: &found))
            case .company(let file): read = .company(ResourceReader.readCompany(file, skills: skills, diagnostics: &found))
            case .log(let file):
                return remembered(file, isLog: true) { found in
                    .log(LogReader.read(file, catalog: roles, skills: skills, diagnostics: &found))
                } taking: { known in
                    if case .log(let entries) = known { .log(entries) } else { nil }
                }
            }
            return (read, found, nil)
        }
        guard case .profile(let found?) = read[0].get().0 else {
            diagnostics.append(contentsOf: read[0].get().1)
            return (nil, diagnostics, nil)
        }
        let profile = found
        var goals: [Goal] = [], postings: [Posting] = [], resources: [Resource] = [], companies: [Company] = [], entries: [LogEntry] = []
        // Sized once: thousands of postings and log entries grown by doubling would be held twice as they grow.
        postings.reserveCapacity(input.jobs.count)
        entries.reserveCapacity(read.reduce(0) { count, result in
            if case .log(let read) = result.get().0 { count + read.count } else { count }
        })
        var readings = context.map { FileReadings(context: $0) }
        for (job, result) in zip(jobs, read) {
            let (value, found, reading) = result.get()
            diagnostics.append(contentsOf: found)
            if let reading {
                readings?.files[job.path] = reading
                if reading.taken { readings?.taken += 1 }
            }
            switch value {
            case .profile: break
            case .goal(let goal): if let goal { goals.append(goal) }
            case .posting(let posting): if let posting { postings.append(posting) }
            case .resource(let resource): if let resource { resources.append(resource) }
            case .company(let company): if let company { companies.append(company) }
            case .log(let read): entries += read
            }
        }
        let log = Self.byDate(entries)
        goals = Self.uniqueGoals(goals, input: input, diagnostics: &diagnostics)

        let allFiles = [input.profile].compactMap { $0 } + input.goals + input.log
        for file in allFiles { files[file.path] = file }
        References.check(goals: goals, log: log, files: files, diagnostics: &diagnostics)

        let plan = Plan(settings: settings, profile: profile, goals: goals, catalog: catalog, postings: postings,
                        resources: resources, companies: companies, log: log,
                        adHocSkills: skills.adHoc.sorted(), fileCount: input.fileCount)
        return (plan, diagnostics, readings)
    }

    /// The settings, taxonomy and roles of `input`, with what reading them found.
    public static func catalog(_ input: PlanInput) -> CatalogReading {
        var diagnostics = Diagnostics()
        var files: [String: SourceFile] = [:]
        let settings = input.settings.map { SettingsReader.read($0, diagnostics: &diagnostics) } ?? Settings()
        let currency = settings.currency
        // The taxonomy (built in, then the plan's skills.yml over it) is read while the role files'
        // YAML is parsed on the other cores: roles need skills only once their fields are read.
        let taxonomyFiles = [BuiltInCatalog.skillsFile, input.skills].compactMap { $0 }
        let builtInRoleFiles = BuiltInCatalog.roleFiles
        enum CatalogJob: Sendable { case taxonomy, role(SourceFile) }
        let parsed = Parallel.map([CatalogJob.taxonomy] + (builtInRoleFiles + input.roles).map(CatalogJob.role)) { job in
            switch job {
            case .taxonomy:
                var found = Diagnostics()
                let skills = taxonomyFiles.map { TaxonomyReader.read($0, diagnostics: &found) }
                return (skills: skills, found: found, role: nil as RoleReader.Parsed?)
            case .role(let file):
                return (skills: [], found: Diagnostics(), role: RoleReader.parse(file))
            }
        }.map { $0.get() }
        var taxonomy = Taxonomy()
        diagnostics.append(contentsOf: parsed[0].found)
        for (file, read) in zip(taxonomyFiles, parsed[0].skills) {
            files[file.path] = file
            for skill in read { taxonomy.add(skill) }
        }
        TaxonomyReader.checkPrerequisites(taxonomy, diagnostics: &diagnostics, files: files)
        let skills = SkillResolver(taxonomy: taxonomy)

        // Roles: built in, then the plan's roles/ over them (each read on all cores, added in order).
        let parsedRoles = parsed.dropFirst().map { $0.role! }
        var catalog = Catalog(taxonomy: taxonomy)
        var planRoleFiles: [String: String] = [:]
        for role in readAll(Array(parsedRoles.prefix(builtInRoleFiles.count)), into: &diagnostics, { role, found in
            RoleReader.read(role, skills: skills, defaultCurrency: "USD", builtIn: true, diagnostics: &found)
        }) {
            if let role { catalog.add(role) }
        }
        let planRoles = readAll(Array(parsedRoles.dropFirst(builtInRoleFiles.count)), into: &diagnostics) { role, found in
            RoleReader.read(role, skills: skills, defaultCurrency: currency, builtIn: false, diagnostics: &found)
        }
        for (file, read) in zip(input.roles, planRoles) {
            guard let role = read else { continue }
            if let other = planRoleFiles[role.id] {
                diagnostics.report(.duplicateID, "the role id '\(role.id)' is also defined in \(other)", at: role.location, in: file,
                                   hint: "give one of them another 'id'")
                continue
            }
            planRoleFiles[role.id] = file.path
            catalog.add(role)
        }
        checkRoleLinks(catalog, input.roles, &diagnostics)
        return CatalogReading(settings: settings, catalog: catalog, skills: skills, diagnostics: diagnostics, files: files)
    }

    /// The goals, each id once: a goal's id is its file's name, so goals/staff.md and
    /// goals/later/staff.md would be one goal twice; the second is reported and left out.
    static func uniqueGoals(_ goals: [Goal], input: PlanInput, diagnostics: inout Diagnostics) -> [Goal] {
        var first: [String: String] = [:]
        return goals.filter { goal in
            guard let other = first[goal.id] else {
                first[goal.id] = goal.location.path
                return true
            }
            diagnostics.report(.duplicateID, "the goal id '\(goal.id)' is also the id of \(other)",
                               at: SourceLocation(path: goal.location.path, line: 1),
                               in: input.goals.first { $0.path == goal.location.path },
                               hint: "a goal's id is its file's name: rename one of the two files")
            return false
        }
    }

    /// Log entries by date, those of a day in file order: as they are when they already are (log
    /// files named by month are read in order), else their indices sorted, so the entries are
    /// copied once.
    static func byDate(_ entries: [LogEntry]) -> [LogEntry] {
        if zip(entries, entries.dropFirst()).allSatisfy({ $0.date <= $1.date }) { return entries }
        return entries.indices.sorted { (entries[$0].date, $0) < (entries[$1].date, $1) }.map { entries[$0] }
    }

    /// `read` of every file on all cores, results and diagnostics in file order.
    private static func readAll<Input: Sendable, Value: Sendable>(_ files: [Input], into diagnostics: inout Diagnostics,
                                                                  _ read: @escaping @Sendable (Input, inout Diagnostics) -> Value) -> [Value] {
        let results = Parallel.map(files) { file -> (Value, Diagnostics) in
            var found = Diagnostics()
            let value = read(file, &found)
            return (value, found)
        }
        return results.map { result in
            let (value, found) = result.get()
            diagnostics.append(contentsOf: found)
            return value
        }
    }

    private static func checkRoleLinks(_ catalog: Catalog, _ roleFiles: [SourceFile], _ diagnostics: inout Diagnostics) {
        let byPath = Dictionary(roleFiles.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        for role in catalog.sortedRoles {
            for link in role.next where catalog.roles[link.roleID] == nil {
                diagnostics.report(.unknownRole, "'\(role.title)' leads to the unknown role '\(link.roleID)'",
                                   at: link.location, in: byPath[link.location.path],
                                   hint: Suggestions.didYouMean(link.roleID, in: catalog.roles.keys) ?? "use a role id of the catalog or roles/")
            }
        }
    }
}
