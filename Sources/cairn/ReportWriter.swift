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
    /// itself, never the file it points to.
    func commit(_ staged: StagedFile) throws(WriteError) {
        guard rename(staged.temporary, staged.path) == 0 else {
            let message = String(cString: strerror(errno))
            staged.discard()
            throw WriteError(path: staged.path, message: message)
        }
    }

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
