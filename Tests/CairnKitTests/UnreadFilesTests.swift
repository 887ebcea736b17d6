import Foundation
import Synchronization
import Testing
@testable import CairnKit

/// `cairn build` leaves unread the posting files whose identity is the one its last build read
/// them with (`PlanLoader.load(_:leaving:)`) and takes them from the memory of that build under
/// the digest it holds (`PlanInput.remembered`); any it cannot take is read after all.
@Suite struct UnreadFilesTests {
    /// The local file system rooted at a plan folder, noting every path it is asked about.
    final class NotingFileSystem: FileSystem {
        let rooted: RootedFileSystem
        let asked = Mutex<[String]>([])

        init(directory: String) { rooted = RootedFileSystem(directory: directory) }

        func list(_ path: String) throws(FileError) -> [String] { try rooted.list(path) }
        func kind(_ path: String) -> EntryKind? { note(path); return rooted.kind(path) }
        func resolve(_ path: String) -> String? { rooted.resolve(path) }
        func read(_ path: String) throws(FileError) -> [UInt8] { note(path); return try rooted.read(path) }

        private func note(_ path: String) { asked.withLock { $0.append(path) } }
    }

    static let sample = GoldenReportTests.packageRoot.appendingPathComponent("samples/senior-to-staff").path

    @Test func postingsLeftUnreadAreNotLookedAtAndAreReadAfterAllOnAsking() throws {
        let whole = PlanLoader(fileSystem: RootedFileSystem(directory: Self.sample)).load(".")
        let postings = Set(whole.jobs.map(\.path))
        #expect(postings.count >= 3)
        let files = NotingFileSystem(directory: Self.sample)
        let loader = PlanLoader(fileSystem: files)
        var input = loader.load(".", leaving: postings.union(["log/2026-11.md", "profile.md"]))
        #expect(input.unread == postings, "only posting files are left unread")
        #expect(input.jobs.map(\.path) == whole.jobs.map(\.path) && input.jobs.allSatisfy { $0.text.isEmpty })
        #expect(input.log.map(\.text) == whole.log.map(\.text) && input.profile?.text == whole.profile?.text)
        #expect(!files.asked.withLock { $0 }.contains { $0.contains("/jobs/") }, "no posting is looked at")
        let one = try #require(postings.sorted().first)
        loader.read([one, "jobs/none.md"], into: &input, directory: ".")
        #expect(input.unread == postings.subtracting([one]))
        #expect(input.jobs.first { $0.path == one }?.text == whole.jobs.first { $0.path == one }?.text)
        #expect(input.jobs.count == whole.jobs.count)
    }

    @Test func unreadPostingsAreTakenFromTheMemoryUnderTheDigestGiven() throws {
        let fixture = RememberedFilesTests.fixture()
        let first = RememberedFilesTests.read(fixture.input, nil)
        let memory = try RememberedFilesTests.memory(first)
        var input = fixture.input
        input.jobs = input.jobs.map { SourceFile(path: $0.path, text: "") }
        input.unread = Set(input.jobs.map(\.path))
        for path in input.unread { input.remembered[path] = memory.postingDigest(path) }
        #expect(input.remembered.count == 2)
        let second = RememberedFilesTests.read(input, memory)
        #expect(second.readings.taken == 5)
        #expect(second.plan == first.plan && second.diagnostics == first.diagnostics)
        #expect(try RememberedFilesTests.bytes(second) == RememberedFilesTests.bytes(first))
    }

    @Test func anUnreadPostingWithoutItsMemoryIsAnErrorNotAnEmptyFile() throws {
        let fixture = RememberedFilesTests.fixture()
        let memory = try RememberedFilesTests.memory(RememberedFilesTests.read(fixture.input, nil))
        var input = fixture.input
        input.jobs[0] = SourceFile(path: input.jobs[0].path, text: "")
        input.unread = [input.jobs[0].path]
        for (memory, digest) in [(memory, nil), (nil, memory.postingDigest(input.jobs[0].path)), (memory, 1)] as [(RememberedFiles?, UInt64?)] {
            input.remembered[input.jobs[0].path] = digest
            let read = RememberedFilesTests.read(input, memory)
            let errors = read.diagnostics.filter { $0.severity == .error && $0.code == .unreadableFile }
            #expect(errors.map(\.location.path) == [input.jobs[0].path])
        }
    }
}
