/// Lists a plan folder and decodes its files into a `PlanInput`. Symbolic
/// links are followed only inside the folder; other problems are diagnostics.
public struct PlanLoader {
    /// Files larger than this are refused.
    public static let maximumFileSize = 1 << 20

    let fileSystem: FileSystem

    public init(fileSystem: FileSystem = LocalFileSystem()) { self.fileSystem = fileSystem }

    /// Loads the plan in `directory`; paths in diagnostics start with `directory` as written.
    /// The posting files (under jobs/) named in `unread` are listed but not read: `PlanInput.unread`.
    public func load(_ directory: String, leaving unread: Set<String> = []) -> PlanInput {
        let display = Self.display(directory)
        var input = PlanInput(profilePath: display + "profile.md")
        guard let root = fileSystem.resolve(directory) else { return input }
        var walk = Walk(fileSystem: fileSystem, root: root, display: display)
        input.settings = walk.file("cairn.yml")
        input.skills = walk.file("skills.yml")
        input.profile = walk.file("profile.md")
        input.profileFound = fileSystem.kind(root + "/profile.md") != nil
        input.goals = walk.folder("goals")
        input.roles = walk.folder("roles")
        walk.leaving = unread
        input.jobs = walk.folder("jobs")
        input.unread = walk.unread
        walk.leaving = []
        input.resources = walk.folder("resources")
        input.companies = walk.folder("companies")
        input.log = walk.folder("log")
        input.diagnostics = walk.diagnostics
        return input
    }

    /// Reads the files of `input.unread` named in `paths` after all, in their place in
    /// `input.jobs` (one that cannot be read now is dropped, with its diagnostic).
    public func read(_ paths: Set<String>, into input: inout PlanInput, directory: String) {
        let paths = paths.intersection(input.unread)
        guard !paths.isEmpty else { return }
        let display = Self.display(directory)
        input.unread.subtract(paths)
        guard let root = fileSystem.resolve(directory) else {
            input.jobs.removeAll { paths.contains($0.path) }  // no text to stand for them
            return
        }
        var walk = Walk(fileSystem: fileSystem, root: root, display: display)
        input.jobs = input.jobs.compactMap { file in
            guard paths.contains(file.path) else { return file }
            return walk.readEntry(String(file.path.dropFirst(display.count)))
        }
        input.diagnostics.append(contentsOf: walk.diagnostics)
    }

    /// What paths in messages start with for `directory`: "" for ".", else with a final "/".
    static func display(_ directory: String) -> String {
        directory == "." ? "" : (directory.hasSuffix("/") ? directory : directory + "/")
    }

    private struct Walk {
        let fileSystem: FileSystem
        let root: String
        let display: String
        var diagnostics = Diagnostics()
        var visitedFolders: Set<String> = []
        /// Files to list without reading them, as paths are shown, and those so listed.
        var leaving: Set<String> = []
        var unread: Set<String> = []

        init(fileSystem: FileSystem, root: String, display: String) {
            self.fileSystem = fileSystem
            self.root = root
            self.display = display
        }

        /// A top-level file, if present.
        mutating func file(_ name: String) -> SourceFile? {
            guard fileSystem.kind(root + "/" + name) != nil else { return nil }
            return readEntry(name)
        }

        /// The `.md` files below a folder, depth first, in name order; hidden names skipped.
        mutating func folder(_ relative: String) -> [SourceFile] {
            guard let (target, kind) = followedEntry(relative), case .directory = kind ?? .other else { return [] }
            guard visitedFolders.insert(target).inserted else { return [] }
            let names: [String]
            do {
                names = try fileSystem.list(target)
            } catch {
                diagnostics.report(.unreadableFile, "the folder cannot be read: \(error.message)",
                                   at: SourceLocation(path: display + relative, line: 1), hint: "check its permissions")
                return []
            }
            var files: [SourceFile] = []
            for name in names where name.utf8.first != UInt8(ascii: ".") {
                let path = relative + "/" + name
                // Not even looked at: the caller knows it as the file it was (one read after all is looked at then).
                let isMarkdown = Self.isMarkdown(name)
                if isMarkdown, leaving.contains(display + path) {
                    files.append(SourceFile(path: display + path, text: ""))
                    unread.insert(display + path)
                    continue
                }
                let entry = followedEntry(path)
                switch entry?.kind {
                case .directory?: files += folder(path)
                case .file? where isMarkdown: if let entry, let file = readEntry(path, entry) { files.append(file) }
                case .other? where isMarkdown:
                    diagnostics.report(.notAFile, "'\(name)' is not a regular file and is skipped",
                                       at: SourceLocation(path: display + path, line: 1), hint: "plan files must be ordinary files")
                default: break
                }
            }
            return files
        }

        /// Whether a file's name ends in `.md`, told by its last bytes (`hasSuffix` compares
        /// characters, for each of thousands of names).
        static func isMarkdown(_ name: String) -> Bool { ByteScan.withBytes(of: name, ByteScan.endsInMarkdown) }

        /// The real path of a plan entry and what is there (nil when nothing), or nil (with a
        /// warning) for links that loop or leave the plan. One `lstat` for an entry that is no link.
        mutating func followedEntry(_ relative: String) -> (path: String, kind: EntryKind?)? {
            let path = root + "/" + relative
            guard let kind = fileSystem.kind(path) else { return nil }
            guard kind == .symlink else { return (path, kind) }
            guard let target = fileSystem.resolve(path) else {
                diagnostics.report(.symlinkSkipped, "the link '\(relative)' loops or points nowhere; it is not followed",
                                   at: SourceLocation(path: display + relative, line: 1), hint: "replace the link with the file itself")
                return nil
            }
            guard target == root || target.hasPrefix(root + "/") else {
                diagnostics.report(.symlinkSkipped, "the link '\(relative)' points outside the plan folder; it is not followed",
                                   at: SourceLocation(path: display + relative, line: 1), hint: "copy the file into the plan folder")
                return nil
            }
            return (target, fileSystem.kind(target))
        }

        /// Reads and decodes one file, reporting why it cannot be used.
        mutating func readEntry(_ relative: String) -> SourceFile? {
            guard let entry = followedEntry(relative) else { return nil }
            return readEntry(relative, entry)
        }

        /// Reads and decodes the file `followedEntry(relative)` gave.
        mutating func readEntry(_ relative: String, _ entry: (path: String, kind: EntryKind?)) -> SourceFile? {
            let shown = display + relative
            let path = entry.path
            switch entry.kind {
            case .file(let size)?:
                guard size <= PlanLoader.maximumFileSize else {
                    diagnostics.report(.fileTooLarge, "the file is \(size / 1024) KiB; plan files may be at most \(PlanLoader.maximumFileSize / 1024) KiB",
                                       at: SourceLocation(path: shown, line: 1), hint: "split it, for example one log file per month")
                    return nil
                }
            case .other?:
                diagnostics.report(.notAFile, "'\(relative)' is not a regular file and is skipped",
                                   at: SourceLocation(path: shown, line: 1), hint: "plan files must be ordinary files")
                return nil
            default:
                return nil
            }
            let bytes: [UInt8]
            do {
                bytes = try fileSystem.read(path)
            } catch {
                diagnostics.report(.unreadableFile, "the file cannot be read: \(error.message)",
                                   at: SourceLocation(path: shown, line: 1), hint: "check its permissions (chmod u+r)")
                return nil
            }
            switch TextDecoding.decode(bytes) {
            case .success(let text):
                return SourceFile(path: shown, text: text)
            case .failure(.binary(let line, let column)):
                diagnostics.report(.binaryFile, "the file is binary (it has a NUL byte), not text",
                                   at: SourceLocation(path: shown, line: line, column: column),
                                   hint: "plan files are Markdown or YAML text; move this file out of the plan folder")
            case .failure(.notUTF8(let line, let column)):
                diagnostics.report(.notUTF8, "the file is not valid UTF-8",
                                   at: SourceLocation(path: shown, line: line, column: column),
                                   hint: "save it as UTF-8 (for example `iconv -f latin1 -t utf-8`)")
            }
            return nil
        }
    }
}
