#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CairnKit

/// Writes report files into one output folder and nowhere else: each file goes to a
/// temporary file in the same folder, then is renamed over the old one, so a reader
/// never sees half a report; a file whose bytes would not change is left untouched.
/// Pages are compared and written as they stream in, never held twice.
struct ReportWriter: Sendable {
    /// The output folder, absolute, with links resolved.
    let folder: String
    /// The folders `prepare` made, outermost first: removed again when a build writes nothing.
    let created: [String]

    enum Outcome: Equatable { case written, unchanged }

    /// Creates the output folder (and its parents) when missing.
    static func prepare(_ folder: String) throws(WriteError) -> ReportWriter {
        var current = folder.hasPrefix("/") ? "" : "."
        var created: [String] = []
        for part in folder.split(separator: "/") {
            current += "/" + part
            if mkdir(current, 0o755) == 0 {
                created.append(current)
            } else if errno != EEXIST {
                throw WriteError(path: current, message: String(cString: strerror(errno)))
            }
        }
        var info = stat()
        guard stat(folder, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
            throw WriteError(path: folder, message: "not a folder")
        }
        return ReportWriter(folder: folder, created: created)
    }

    /// Writes `page` to a temporary file beside `name`, to be renamed into place by `commit`;
    /// nil, and nothing written, when the file already holds exactly these bytes. Only Cairn's
    /// own files (the build record and the memory of the files read) may have a name starting with
    /// a dot (`hidden`).
    func stage(_ name: String, _ page: ReportText, hidden: Bool = false) throws(WriteError) -> StagedFile? {
        try stage(name, hidden: hidden) { file throws(WriteError) in try page.write(to: &file) }
    }

    /// `stage` of the bytes `produce` gives the file, as it makes them.
    func stage(_ name: String, hidden: Bool = false, _ produce: (inout StagedFile) throws(WriteError) -> Void) throws(WriteError)
        -> StagedFile? {
        precondition(!name.contains("/") && name.hasPrefix(".") == hidden, "report names are plain file names")
        var file = try StagedFile(path: folder + "/" + name, temporaryPrefix: folder + "/." + name)
        do throws(WriteError) {
            try produce(&file)
            return try file.finish() ? file : nil
        } catch {
            file.discard()
            throw error
        }
    }

    /// Renames a staged file over its report. rename replaces a link at the report's path
    /// itself, never the file it points to. The report replaced is held in `replaced`, when given,
    /// to be let go with others.
    func commit(_ staged: StagedFile, holding replaced: ReplacedFiles? = nil) throws(WriteError) {
        replaced?.hold(staged.path)
        if try Self.exchange(staged) { return }
        guard rename(staged.temporary, staged.path) == 0 else {
            let message = String(cString: strerror(errno))
            staged.discard()
            throw WriteError(path: staged.path, message: message)
        }
    }

    /// Puts the staged file in the place of the regular file at its report's path in one step
    /// (Linux's `renameat2` with `RENAME_EXCHANGE`), then removes the old file under the name it
    /// was swapped to. ext4 writes a file renamed over another to disk at once (`auto_da_alloc`),
    /// and the rename waits for that; an exchange does not. False, with nothing changed, when the
    /// report is not a regular file or the system cannot exchange: `rename` does the work then.
    private static func exchange(_ staged: StagedFile) throws(WriteError) -> Bool {
        let (temporary, path) = (staged.temporary, staged.path)
        var info = stat()
        guard let renameExchange, lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG,
              renameExchange(AT_FDCWD, temporary, AT_FDCWD, path, exchangeFlag) == 0 else { return false }
        // Something other than a file put at the report's path meanwhile is put back as it was.
        guard lstat(temporary, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            guard renameExchange(AT_FDCWD, temporary, AT_FDCWD, path, exchangeFlag) == 0 else {
                throw WriteError(path: path, message: "what took the report's place while it was written is now at \(temporary): "
                                 + String(cString: strerror(errno)))
            }
            return false
        }
        guard unlink(temporary) == 0 else {
            throw WriteError(path: path, message: "written, but the old report could not be removed from \(temporary): "
                             + String(cString: strerror(errno)))
        }
        return true
    }

    /// `renameat2`, which the Glibc module does not export; nil where the C library has none.
    private static let renameExchange: (@convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32)? = {
        #if os(Linux)
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32).self)
        #else
        return nil
        #endif
    }()
    private static let exchangeFlag: UInt32 = 2  // RENAME_EXCHANGE in <linux/fs.h>

    /// Writes `text` to `name` in the folder unless the file already holds exactly these bytes.
    func write(_ name: String, _ text: String, hidden: Bool = false) throws(WriteError) -> Outcome {
        guard let staged = try stage(name, ReportText(text), hidden: hidden) else { return .unchanged }
        try commit(staged)
        return .written
    }

    /// Removes the folders `prepare` made, when they are empty: after a build that wrote nothing.
    func removeCreatedFolders() {
        for path in created.reversed() where rmdir(path) != 0 { return }
    }
}
