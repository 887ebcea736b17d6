import Foundation
@testable import CairnKit

/// A plan folder made into a git repository in a temporary folder, committed step by step with
/// the author and committer dates set, so its history is the same on every machine.
struct GitFixture {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("cairn-git-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try git("init", "-q", "-b", "main")
    }

    func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Commits everything with both dates at noon UTC of `day` ("2026-10-05").
    func commit(_ message: String, on day: String) throws {
        try git("add", "-A")
        try git("commit", "-q", "-m", message, date: "\(day)T12:00:00+00:00")
    }

    @discardableResult
    func git(_ arguments: String..., date: String? = nil, in folder: URL? = nil) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = folder ?? root
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_AUTHOR_NAME"] = "Cairn Test"
        environment["GIT_AUTHOR_EMAIL"] = "test@example.com"
        environment["GIT_COMMITTER_NAME"] = "Cairn Test"
        environment["GIT_COMMITTER_EMAIL"] = "test@example.com"
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        environment["HOME"] = root.path
        if let date {
            environment["GIT_AUTHOR_DATE"] = date
            environment["GIT_COMMITTER_DATE"] = date
        }
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        guard process.terminationStatus == 0 else { throw FixtureError(message: "git \(arguments.joined(separator: " ")): \(text)") }
        return text
    }

    /// The plan read from the folder, with its git history when `history` is true.
    func plan(at folder: URL? = nil, history: Bool = true) throws -> Plan {
        let path = (folder ?? root).path
        let (read, diagnostics) = PlanReader.read(PlanLoader(fileSystem: RootedFileSystem(directory: path)).load("."))
        guard var plan = read, diagnostics.errorCount == 0 else {
            throw FixtureError(message: "the fixture plan does not read: \(diagnostics.sorted.map(\.message))")
        }
        if history { plan.history = PlanHistory.read(GitHistory.read(path), plan: plan) }
        return plan
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    struct FixtureError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}
