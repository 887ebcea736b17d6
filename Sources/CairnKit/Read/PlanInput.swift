/// The files of a plan folder, decoded and sorted by kind, before they are read.
public struct PlanInput: Sendable {
    public var settings: SourceFile?
    public var skills: SourceFile?
    public var profile: SourceFile?
    public var goals: [SourceFile] = []
    public var roles: [SourceFile] = []
    public var jobs: [SourceFile] = []
    public var resources: [SourceFile] = []
    public var companies: [SourceFile] = []
    public var log: [SourceFile] = []
    /// Where profile.md is expected, for the diagnostic when it is missing.
    public var profilePath: String
    /// Whether a profile.md entry exists, even if it could not be used (the loader says why).
    public var profileFound = false
    /// Problems found while listing and decoding the files.
    public var diagnostics = Diagnostics()

    public init(profilePath: String) { self.profilePath = profilePath }

    /// How many plan files were read.
    public var fileCount: Int {
        [settings, skills, profile].compactMap { $0 }.count + goals.count + roles.count + jobs.count
            + resources.count + companies.count + log.count
    }
}
