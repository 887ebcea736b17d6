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
    /// Posting files listed but not read (`PlanLoader.load(_:leaving:)`): their `SourceFile` in
    /// `jobs` holds no text. Each must be read after all (`PlanLoader.read(_:into:directory:)`), or
    /// have the digest a memory holds its text under in `remembered`, before the input is read.
    public var unread: Set<String> = []
    /// For files of `unread`, the digest of their text in the memory they are to be taken from:
    /// the caller vouches it is their text (`cairn build`: they have the identity they were read with).
    public var remembered: [String: UInt64] = [:]

    public init(profilePath: String) { self.profilePath = profilePath }

    /// How many plan files were read.
    public var fileCount: Int {
        [settings, skills, profile].compactMap { $0 }.count + goals.count + roles.count + jobs.count
            + resources.count + companies.count + log.count
    }
}
