import Foundation
import Testing
@testable import CairnKit

/// `LocalFileSystem.read` reads a file into an array of its size: every byte, whatever the size,
/// and files whose size `stat` does not know (the kernel's) too.
@Suite struct FileSystemTests {
    @Test(arguments: [0, 1, 4095, 65_535, 65_536, 65_537, 200_000])
    func aFileIsReadWhole(size: Int) throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cairn-read-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: url) }
        var random = SeededRandom(state: UInt64(size) + 1)
        let bytes = (0..<size).map { _ in UInt8.random(in: 0...255, using: &random) }
        try Data(bytes).write(to: url)
        #expect(try LocalFileSystem().read(url.path) == bytes)
    }

    @Test func aFileOfUnknownSizeIsReadToItsEnd() throws {
        // /proc files report a size of 0.
        let status = try LocalFileSystem().read("/proc/self/status")
        #expect(String(decoding: status, as: UTF8.self).hasPrefix("Name:") && status.last == 10)
    }

    @Test func aMissingFileIsAnError() {
        #expect(throws: FileError.self) { try LocalFileSystem().read("/nonexistent/cairn/file.md") }
    }
}
