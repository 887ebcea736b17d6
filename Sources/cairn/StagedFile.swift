#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CairnKit

/// A report's new bytes on their way to a temporary file beside it. While they match the file
/// already there, they are only compared with it, a block at a time; at the first difference
/// the temporary file is made, the equal start copied from the old file, and the rest written
/// as it comes. A page is thus never held twice, and an unchanged report is never written.
struct StagedFile: ReportSink, Sendable {
    /// The report's path.
    let path: String
    /// The temporary file's path once it is made ("" before).
    private(set) var temporary = ""
    private let temporaryPrefix: String
    /// The report as it is, open for reading while the new bytes still match it (-1: none).
    private var old: Int32 = -1
    /// How many new bytes matched the old file's start.
    private var matched = 0
    /// The temporary file, open for writing (-1: not made yet).
    private var new: Int32 = -1

    /// Starts staging `path`; a regular file there is compared with, a link or anything else replaced.
    init(path: String, temporaryPrefix: String) throws(WriteError) {
        self.path = path
        self.temporaryPrefix = temporaryPrefix
        // Not blocking: a FIFO at the report's path is no report to compare with (nor to wait on).
        old = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        var info = stat()
        if old >= 0, fstat(old, &info) != 0 || info.st_mode & S_IFMT != S_IFREG {
            close(old)
            old = -1
        }
        if old < 0 { try makeTemporary() }
    }

    mutating func append(_ bytes: UnsafeRawBufferPointer) throws(WriteError) {
        guard new < 0 else { return try writeFully(bytes, to: new, path: path) }
        var offset = 0
        var block = [UInt8](repeating: 0, count: min(bytes.count, 1 << 16))
        while offset < bytes.count {
            let wanted = min(block.count, bytes.count - offset)
            let count = block.withUnsafeMutableBytes { read(old, $0.baseAddress, wanted) }
            let same = count > 0 && block.withUnsafeBytes { memcmp($0.baseAddress!, bytes.baseAddress! + offset, count) == 0 }
            guard same else {
                try diverge()
                return try writeFully(UnsafeRawBufferPointer(rebasing: bytes[offset...]), to: new, path: path)
            }
            offset += count
            matched += count
        }
    }

    /// True when the temporary file holds the new bytes, ready to be renamed; false, with nothing
    /// written, when they are the old file's bytes exactly.
    mutating func finish() throws(WriteError) -> Bool {
        if new < 0 {
            var byte: UInt8 = 0
            if read(old, &byte, 1) == 0 {
                close(old)
                old = -1
                return false
            }
            try diverge()
        }
        // Not flushed to disk, nor its writeback started: the system writes it out when it will.
        // Reports are made again by the first build after a restart (the build record names the
        // boot it was made in), and a flush per page costs a build milliseconds. Flushed when the
        // boot is not known.
        let descriptor = new
        new = -1
        let done = fchmod(descriptor, 0o644) == 0 && (BuildRecord.bootID != "-" || fsync(descriptor) == 0)
        let failure = done ? 0 : errno
        // A file system that writes late may say only now that it could not.
        guard close(descriptor) == 0, done else {
            throw WriteError(path: path, message: String(cString: strerror(done ? errno : failure)))
        }
        return true
    }

    /// Closes what is open and removes the temporary file, if any.
    func discard() {
        if old >= 0 { close(old) }
        if new >= 0 { close(new) }
        if !temporary.isEmpty { unlink(temporary) }
    }

    /// The new bytes differ from the old file after `matched` bytes: the temporary file is made
    /// and those bytes copied into it from the old file.
    private mutating func diverge() throws(WriteError) {
        try makeTemporary()
        var block = [UInt8](repeating: 0, count: 1 << 16)
        var copied = 0
        while copied < matched {
            let count = block.withUnsafeMutableBytes { pread(old, $0.baseAddress, min($0.count, matched - copied), off_t(copied)) }
            guard count > 0 else { throw WriteError(path: path, message: count < 0 ? String(cString: strerror(errno)) : "changed while it was read") }
            try block.withUnsafeBytes { bytes in
                Result { () throws(WriteError) in try writeFully(UnsafeRawBufferPointer(rebasing: bytes[..<count]), to: new, path: path) }
            }.get()
            copied += count
        }
        close(old)
        old = -1
    }

    private mutating func makeTemporary() throws(WriteError) {
        var template = Array((temporaryPrefix + ".XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw WriteError(path: path, message: String(cString: strerror(errno))) }
        new = descriptor
        temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
