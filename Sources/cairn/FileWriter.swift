#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A write that did not happen, and why.
struct WriteError: Error {
    var path: String
    var message: String
}

/// Writes every one of `bytes` to `descriptor` (a write may take fewer than it is given).
func writeFully(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32, path: String) throws(WriteError) {
    var written = 0
    while written < bytes.count {
        let count = write(descriptor, bytes.baseAddress! + written, bytes.count - written)
        guard count > 0 else { throw WriteError(path: path, message: String(cString: strerror(errno))) }
        written += count
    }
}

/// Writes files for the CLI: new files only, never replacing one.
struct FileWriter {
    func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// Creates `path` (and its folders); fails if it already exists.
    func createNew(_ path: String, contents: String) throws(WriteError) {
        try makeFolders(for: path)
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else { throw WriteError(path: path, message: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        try writeAll(contents, to: descriptor, path: path)
    }

    /// Adds `contents` at the end of the existing regular file `path`, never following a link.
    func append(_ path: String, contents: String) throws(WriteError) {
        let descriptor = open(path, O_WRONLY | O_APPEND | O_NOFOLLOW)
        guard descriptor >= 0 else { throw WriteError(path: path, message: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        try writeAll(contents, to: descriptor, path: path)
    }

    /// Writes `contents` and flushes them to disk: these are the plan's own files, which no
    /// build can make again.
    private func writeAll(_ contents: String, to descriptor: Int32, path: String) throws(WriteError) {
        try Array(contents.utf8).withUnsafeBytes { bytes in
            Result { () throws(WriteError) in try writeFully(bytes, to: descriptor, path: path) }
        }.get()
        guard fsync(descriptor) == 0 else { throw WriteError(path: path, message: String(cString: strerror(errno))) }
    }

    private func makeFolders(for path: String) throws(WriteError) {
        var parts = path.split(separator: "/", omittingEmptySubsequences: false).dropLast()
        var current = path.hasPrefix("/") ? "" : "."
        if path.hasPrefix("/") { parts = parts.dropFirst() }
        for part in parts where !part.isEmpty && part != "." {
            current += "/" + part
            if mkdir(current, 0o755) != 0 && errno != EEXIST {
                throw WriteError(path: current, message: String(cString: strerror(errno)))
            }
        }
    }
}
