#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CairnKit

/// Writes report files into one output folder and nowhere else: each file goes to a
/// temporary file in the same folder, then is renamed over the old one, so a reader
/// never sees half a report; a file whose bytes would not change is left untouched.
struct ReportWriter {
    /// The output folder, absolute, with links resolved.
    let folder: String

    enum Outcome: Equatable { case written, unchanged }

    /// Creates the output folder (and its parents) when missing.
    static func prepare(_ folder: String) throws(WriteError) -> ReportWriter {
        var current = folder.hasPrefix("/") ? "" : "."
        for part in folder.split(separator: "/") {
            current += "/" + part
            if mkdir(current, 0o755) != 0 && errno != EEXIST {
                throw WriteError(path: current, message: String(cString: strerror(errno)))
            }
        }
        var info = stat()
        guard stat(folder, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
            throw WriteError(path: folder, message: "not a folder")
        }
        return ReportWriter(folder: folder)
    }

    /// Writes `text` to `name` in the folder unless the file already holds exactly these bytes.
    /// Only Cairn's own build record may have a name starting with a dot (`hidden`).
    func write(_ name: String, _ text: String, hidden: Bool = false) throws(WriteError) -> Outcome {
        precondition(!name.contains("/") && name.hasPrefix(".") == hidden, "report names are plain file names")
        let path = folder + "/" + name
        let bytes = Array(text.utf8)
        if current(path) == bytes { return .unchanged }
        var template = Array((folder + "/." + name + ".XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw WriteError(path: path, message: String(cString: strerror(errno))) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        do throws(WriteError) {
            defer { close(descriptor) }
            var written = 0
            while written < bytes.count {
                let count = bytes[written...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
                guard count > 0 else { throw WriteError(path: path, message: String(cString: strerror(errno))) }
                written += count
            }
            guard fchmod(descriptor, 0o644) == 0, fsync(descriptor) == 0 else {
                throw WriteError(path: path, message: String(cString: strerror(errno)))
            }
        } catch {
            unlink(temporary)
            throw error
        }
        // rename replaces a link at `path` itself, never the file it points to.
        guard rename(temporary, path) == 0 else {
            let message = String(cString: strerror(errno))
            unlink(temporary)
            throw WriteError(path: path, message: message)
        }
        return .written
    }

    /// The bytes of the regular file at `path`, or nil (missing, a link, a folder, unreadable).
    private func current(_ path: String) -> [UInt8]? {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return try? LocalFileSystem().read(path)
    }
}
