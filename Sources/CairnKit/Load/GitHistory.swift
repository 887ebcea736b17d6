import Foundation

/// One plan file as a commit left it, as git gave it.
public struct FileRevision: Sendable, Equatable {
    public var commit: Commit
    /// Relative to the plan folder, as the file is named now: "profile.md", "goals/staff.md".
    public var path: String
    /// Nil when the file was not UTF-8 text at that commit.
    public var text: String?

    public init(commit: Commit, path: String, text: String?) {
        self.commit = commit
        self.path = path
        self.text = text
    }
}

/// The git history of a plan's profile.md and goals/, read by running the `git` command
/// (three processes: rev-parse, log, cat-file --batch). Never fails: what git cannot give
/// becomes the status.
public enum GitHistory {
    public enum Outcome: Sendable, Equatable {
        case notARepository
        case unavailable(String)
        /// Every revision of the files, oldest commit first.
        case revisions([FileRevision], shallow: Bool)
    }

    /// The paths whose history is read, relative to the plan folder.
    static let paths = ["profile.md", "goals"]

    /// The history of the plan folder at `directory` (a path the process can open).
    public static func read(_ directory: String) -> Outcome {
        // A git that exits early must not end Cairn through SIGPIPE while its input is written.
        signal(SIGPIPE, SIG_IGN)
        let probe: Run
        do {
            probe = try run(["rev-parse", "--is-inside-work-tree", "--is-shallow-repository", "--show-prefix"], in: directory)
        } catch {
            return .unavailable("git could not be run: \(error.reason)")
        }
        guard probe.status == 0 else {
            let message = probe.errorText
            if message.contains("not a git repository") { return .notARepository }
            return .unavailable(message.isEmpty ? "git rev-parse exited with \(probe.status)" : message)
        }
        let lines = probe.outputText.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.count >= 2, lines[0] == "true" else { return .notARepository }
        let shallow = lines[1] == "true"
        let prefix = lines.count > 2 ? lines[2] : ""

        let log: Run
        do {
            log = try run(["log", "--relative", "-M", "--name-status", "--format=%x1e%H%x1f%h%x1f%aI%x1f%s", "--"] + paths,
                          in: directory)
        } catch {
            return .unavailable("git could not be run: \(error.reason)")
        }
        guard log.status == 0 else {
            // A repository without commits has no history yet.
            if log.errorText.contains("does not have any commits") { return .revisions([], shallow: shallow) }
            return .unavailable(log.errorText.isEmpty ? "git log exited with \(log.status)" : log.errorText)
        }
        let wanted = requests(log.outputText)
        guard !wanted.isEmpty else { return .revisions([], shallow: shallow) }
        let request = wanted.map { "\($0.hash):\(prefix)\($0.path)\n" }.joined()
        let batch: Run
        do {
            batch = try run(["cat-file", "--batch"], in: directory, input: Data(request.utf8))
        } catch {
            return .unavailable("git could not be run: \(error.reason)")
        }
        guard batch.status == 0 else {
            return .unavailable(batch.errorText.isEmpty ? "git cat-file exited with \(batch.status)" : batch.errorText)
        }
        let blobs = parseBatch([UInt8](batch.output), count: wanted.count)
        var revisions: [FileRevision] = []
        for (entry, blob) in zip(wanted, blobs) {
            guard let blob else { continue }
            var text: String?
            if case .success(let decoded) = TextDecoding.decode(blob) { text = decoded }
            revisions.append(FileRevision(commit: entry.commit, path: entry.current, text: text))
        }
        // git log lists the newest commit first.
        return .revisions(revisions.reversed(), shallow: shallow)
    }

    /// The files to fetch from `git log --name-status -M` output (newest commit first): each
    /// profile.md or goal file a commit added or changed, named by its path now, so that a goal
    /// file renamed later keeps its older revisions (`R100 goals/a.md goals/b.md`: what was
    /// `goals/a.md` before is `goals/b.md`). Deleted files have no content to read.
    static func requests(_ output: String) -> [(hash: String, commit: Commit, path: String, current: String)] {
        var wanted: [(hash: String, commit: Commit, path: String, current: String)] = []
        var renamed: [String: String] = [:]
        func current(_ path: String) -> String { renamed[path] ?? path }
        func isPlanFile(_ path: String) -> Bool { path == "profile.md" || (path.hasPrefix("goals/") && path.hasSuffix(".md")) }
        for record in output.split(separator: "\u{1e}") {
            let lines = record.split(separator: "\n").map(String.init)
            guard let header = lines.first else { continue }
            let fields = header.split(separator: "\u{1f}", maxSplits: 3, omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 4, let day = DatePeriod(String(fields[2].prefix(10)))?.first else { continue }
            let commit = Commit(hash: fields[1], day: day, subject: fields[3])
            for line in lines.dropFirst() {
                let parts = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                guard let status = parts.first?.first, parts.count >= 2 else { continue }
                if status == "R" || status == "C", parts.count == 3 {
                    let now = current(parts[2])
                    if status == "R" { renamed[parts[1]] = now }
                    if isPlanFile(parts[2]) { wanted.append((fields[0], commit, parts[2], now)) }
                } else if status != "D", isPlanFile(parts[1]) {
                    wanted.append((fields[0], commit, parts[1], current(parts[1])))
                }
            }
        }
        return wanted
    }

    /// The commit checked out in the repository holding `directory`; nil outside git or before
    /// the first commit.
    public static func head(_ directory: String) -> String? {
        guard let result = try? run(["rev-parse", "-q", "--verify", "HEAD"], in: directory), result.status == 0 else { return nil }
        return result.outputText.trimmingWhitespace
    }

    /// The objects of `git cat-file --batch` output, in request order; nil for a missing one.
    static func parseBatch(_ bytes: [UInt8], count: Int) -> [[UInt8]?] {
        var result: [[UInt8]?] = []
        var index = 0
        while result.count < count, index < bytes.count {
            guard let newline = bytes[index...].firstIndex(of: 10) else { break }
            let header = String(decoding: bytes[index..<newline], as: UTF8.self).split(separator: " ")
            index = newline + 1
            guard header.count == 3, let size = Int(header[2]), index + size <= bytes.count else {
                result.append(nil)
                continue
            }
            result.append(header[1] == "blob" ? Array(bytes[index..<(index + size)]) : nil)
            index += size + 1
        }
        return result + Array(repeating: nil, count: max(0, count - result.count))
    }

    struct Run {
        var status: Int32
        var output: Data
        var error: Data
        var outputText: String { String(decoding: output, as: UTF8.self) }
        /// The first line of standard error.
        var errorText: String {
            String(String(decoding: error, as: UTF8.self).split(separator: "\n").first ?? "")
                .replacingOccurrences(of: "fatal: ", with: "")
        }
    }

    struct LaunchError: Error { var reason: String }

    /// Runs git with settings that make its output the same on every machine.
    static func run(_ arguments: [String], in directory: String, input: Data? = nil) throws(LaunchError) -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-c", "core.quotepath=off", "-c", "log.showSignature=false", "-c", "color.ui=false", "-c", "log.showRoot=true", "-c", "diff.renames=true",
                             "-C", directory] + arguments
        var environment = ProcessInfo.processInfo.environment
        for key in ["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE"] { environment[key] = nil }
        environment["GIT_OPTIONAL_LOCKS"] = "0"
        environment["GIT_PAGER"] = "cat"
        environment["LC_ALL"] = "C"
        process.environment = environment
        let output = Pipe(), errors = Pipe(), feed = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = input == nil ? FileHandle.nullDevice : feed
        do {
            try process.run()
        } catch {
            throw LaunchError(reason: "\(error.localizedDescription)")
        }
        if let input {
            let writer = feed.fileHandleForWriting
            Thread.detachNewThread {
                try? writer.write(contentsOf: input)
                try? writer.close()
            }
        }
        // Standard error is drained on its own thread so that neither pipe can fill up and block git.
        let errorBox = DataBox()
        let errorReader = errors.fileHandleForReading
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            errorBox.data = errorReader.readDataToEndOfFile()
            done.signal()
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        done.wait()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: data, error: errorBox.data)
    }

    private final class DataBox: @unchecked Sendable { var data = Data() }
}
