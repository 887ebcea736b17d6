#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a directory entry is, without following it.
public enum EntryKind: Equatable, Sendable {
    case file(size: Int)
    case directory
    case symlink
    case other
}

/// Why a file could not be read.
public struct FileError: Error, Equatable, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
}

/// The read-only file access the loader needs; tests substitute their own.
public protocol FileSystem: Sendable {
    /// The names in a directory (not `.` and `..`).
    func list(_ directory: String) throws(FileError) -> [String]
    /// What `path` is, not following a final symbolic link; nil when it does not exist.
    func kind(_ path: String) -> EntryKind?
    /// The absolute path with every link resolved; nil for loops and dangling links.
    func resolve(_ path: String) -> String?
    /// The bytes of a regular file.
    func read(_ path: String) throws(FileError) -> [UInt8]
}

/// The machine's file system through POSIX calls.
public struct LocalFileSystem: FileSystem {
    public init() {}

    public func list(_ directory: String) throws(FileError) -> [String] {
        guard let handle = opendir(directory) else { throw FileError(String(cString: strerror(errno))) }
        defer { closedir(handle) }
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return TextOrder.sorted(names)
    }

    public func kind(_ path: String) -> EntryKind? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file(size: Int(info.st_size))
        case S_IFDIR: return .directory
        case S_IFLNK: return .symlink
        default: return .other
        }
    }

    public func resolve(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    public func read(_ path: String) throws(FileError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK)
        guard descriptor >= 0 else { throw FileError(String(cString: strerror(errno))) }
        defer { close(descriptor) }
        // Read into an array of the file's size and one byte more (reading it finds the end), not
        // through a zeroed buffer copied from: a plan has thousands of files. One that grew since
        // its size was taken is read on in blocks.
        var info = stat()
        let size = fstat(descriptor, &info) == 0 && info.st_mode & S_IFMT == S_IFREG ? Int(info.st_size) : 0
        var failure: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: size + 1) { buffer, count in
            while count < buffer.count {
                let read = Glibc.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
                if read < 0 { failure = errno; return }
                if read == 0 { return }
                count += read
            }
        }
        if failure != 0 { throw FileError(String(cString: strerror(failure))) }
        guard bytes.count == size + 1 else { return bytes }
        var block = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = block.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 { throw FileError(String(cString: strerror(errno))) }
            if count == 0 { break }
            bytes.append(contentsOf: block[0..<count])
        }
        return bytes
    }
}
