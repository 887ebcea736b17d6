import Foundation

/// One plan file as a commit left it, as git gave it.
public struct FileRevision: Sendable, Equatable {
    public var commit: Commit
    /// Relative to the plan folder: "profile.md", "goals/staff.md".
    public var path: String
    public var text: String

    public init(commit: Commit, path: String, text: String) {
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
            log = try run(["log", "--relative", "--no-renames", "--name-only", "--format=%x1e%H%x1f%h%x1f%aI%x1f%s", "--"] + paths,
                          in: directory)
        } catch {
            return .unavailable("git could not be run: \(error.reason)")
        }
        guard log.status == 0 else {
            // A repository without commits has no history yet.
            if log.errorText.contains("does not have any commits") { return .revisions([], shallow: shallow) }
            return .unavailable(log.errorText.isEmpty ? "git log exited with \(log.status)" : log.errorText)
        }
        var wanted: [(hash: String, commit: Commit, path: String)] = []
        for record in log.outputText.split(separator: "\u{1e}") {
            let lines = record.split(separator: "\n").map(String.init)
            guard let header = lines.first else { continue }
            let fields = header.split(separator: "\u{1f}", maxSplits: 3, omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 4, let day = DatePeriod(String(fields[2].prefix(10)))?.first else { continue }
            let commit = Commit(hash: fields[1], day: day, subject: fields[3])
            for path in lines.dropFirst() where path == "profile.md" || (path.hasPrefix("goals/") && path.hasSuffix(".md")) {
                wanted.append((fields[0], commit, path))
            }
        }
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
            guard let blob, case .success(let text) = TextDecoding.decode(blob) else { continue }
            revisions.append(FileRevision(commit: entry.commit, path: entry.path, text: text))
        }
        // git log lists the newest commit first.
        return .revisions(revisions.reversed(), shallow: shallow)
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
        process.arguments = ["git", "-c", "core.quotepath=off", "-c", "log.showSignature=false", "-c", "color.ui=false",
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
