#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CairnKit

/// What a build was made from and what it wrote, kept in the output folder as `.cairn-build`:
/// the Cairn binary, the system's boot, the as-of date, the formats, the git commit when the history is read, and
/// every input file's and report's identity (size, modification and change times in
/// nanoseconds, inode), the digest of what the pages `PageReuse` may keep were made from, and the
/// past burn-down days the analysis may take again (`RememberedDays`).
/// When the next build finds the same record, nothing can have changed, and it returns without
/// reading the plan or writing a file.
struct BuildRecord: Equatable {
    static let fileName = ".cairn-build"
    /// The plan's inputs: the files `cairn build` reads, and its template overrides.
    /// The log last: a folder is walked once, and an entry reached through another folder too must
    /// be recorded under that one (`PageReuse` leaves out what is under log/).
    static let folders = ["goals", "roles", "jobs", "resources", "companies", "templates", "log"]
    static let files = ["cairn.yml", "skills.yml", "profile.md"]

    var header: [String]
    var inputs: [String]
    var outputs: [String]
    /// `PageReuse.digest` of each page that may be kept, by `LogFreePage` name.
    var pages: [String: String] = [:]
    /// The past burn-down days the analysis remembered (`RememberedDays`).
    var days: [Day: RememberedDays.Remembered] = [:]
    /// The key the job matches were made under, and the digest of their encoding in the JSON
    /// pages and where it stands in each (`RememberedMatches`), when JSON pages were written.
    var matches: Matches?

    struct Matches: Equatable {
        var key: String
        var digest: UInt64
        var offset: Int
        var count: Int
    }

    /// True when the record is of a build as of `asOf` in `formats`.
    func isFor(asOf: Day, formats: [OutputFormat]) -> Bool {
        header.contains("as-of \(asOf)") && header.contains("formats " + formats.map(\.rawValue).joined(separator: ","))
    }

    /// The record of the plan in `plan` as it is now; `outputs` are the reports to check.
    static func take(plan: String, asOf: Day, formats: [OutputFormat], commit: String?, outputFolder: String,
                     outputs: [String]) -> BuildRecord {
        let header = ["cairn-build 2", "binary " + (binary ?? "unknown"), "boot " + bootID, "as-of \(asOf)",
                      "formats " + formats.map(\.rawValue).joined(separator: ","), "commit " + (commit ?? "-")]
        var inputs: [String] = []
        for name in files { if let id = identity(of: plan + "/" + name) { inputs.append("\(id) \(name)") } }
        var visited: Set<[UInt64]> = []
        for folder in folders { walk(plan, folder, into: &inputs, visited: &visited) }
        return BuildRecord(header: header, inputs: inputs, outputs: reports(outputs, in: outputFolder))
    }

    /// The identity of the running `cairn` binary (`identity(of:)`), nil when it cannot be read.
    static let binary: String? = identity(of: "/proc/self/exe")

    /// The identity of the running system since it started (Linux's boot id), "-" when unknown.
    /// Reports are not flushed to disk as they are written (`StagedFile`): a crash could leave one
    /// torn under the identity the record holds. A record of another boot is therefore no record,
    /// and the first build after a restart writes every report it finds different.
    static let bootID: String = {
        guard let bytes = try? LocalFileSystem().read("/proc/sys/kernel/random/boot_id") else { return "-" }
        // "5f1c...-...\n": printable ASCII but the line break.
        let id = String(decoding: bytes.filter { $0 > 32 && $0 < 127 }, as: UTF8.self)
        return id.isEmpty ? "-" : id
    }()

    /// The record lines of the reports `names` in `folder`, sorted by name.
    static func reports(_ names: [String], in folder: String) -> [String] {
        names.sorted().map { name in "\(identity(of: folder + "/" + name) ?? "missing") \(name)" }
    }

    /// The record in the output folder, if there is one. Split on bytes: a record lists every
    /// input, thousands of lines.
    static func read(from folder: String) -> BuildRecord? {
        guard let bytes = try? LocalFileSystem().read(folder + "/" + fileName) else { return nil }
        var record = BuildRecord(header: [], inputs: [], outputs: [])
        func starts(_ line: ArraySlice<UInt8>, _ prefix: StaticString) -> Bool {
            line.count >= prefix.utf8CodeUnitCount && prefix.withUTF8Buffer { line.starts(with: $0) }
        }
        func text(_ line: ArraySlice<UInt8>, after prefix: StaticString) -> String {
            String(decoding: line.dropFirst(prefix.utf8CodeUnitCount), as: UTF8.self)
        }
        for line in bytes.split(separator: 10) {
            if starts(line, "in ") { record.inputs.append(text(line, after: "in ")) }
            else if starts(line, "out ") { record.outputs.append(text(line, after: "out ")) }
            else if starts(line, "pages ") {
                let words = text(line, after: "pages ").split(separator: " ")
                if words.count == 2 { record.pages[String(words[0])] = String(words[1]) }
            }
            else if starts(line, "matches ") {
                // "matches KEY DIGEST OFFSET COUNT", the digest in hexadecimal.
                let words = text(line, after: "matches ").split(separator: " ")
                if words.count == 4, let digest = UInt64(words[1], radix: 16), let offset = Int(words[2]), let count = Int(words[3]) {
                    record.matches = Matches(key: String(words[0]), digest: digest, offset: offset, count: count)
                }
            }
            else if starts(line, "day ") {
                // "day 2026-11-02 KEY 12.5 3.0": a line not read whole is a day computed again.
                let words = text(line, after: "day ").split(separator: " ")
                guard words.count >= 2, let day = DatePeriod(String(words[0])).flatMap({ $0.precision == .day ? $0.first : nil })
                else { continue }
                // Hours a day can have: a value no build writes ("nan", "1e300") is no hours.
                let hours = words.dropFirst(2).compactMap { Double($0) }.filter { $0.isFinite && $0 >= 0 && $0 < 1e9 }
                if hours.count == words.count - 2 { record.days[day] = .init(key: String(words[1]), hours: hours) }
            }
            else { record.header.append(String(decoding: line, as: UTF8.self)) }
        }
        return record
    }

    /// The posting files (`.md` under jobs/) recorded in `self` and in `other` with the same
    /// identity, when both are of the same binary; not a folder named so (the record lists what
    /// it holds under its name).
    func postingsUnchanged(since other: BuildRecord) -> Set<String> {
        // Another binary's memory is not taken: its files would all be read again, one by one.
        guard header.first(where: { $0.hasPrefix("binary ") }) == other.header.first(where: { $0.hasPrefix("binary ") })
        else { return [] }
        // On UTF-8 bytes: a substring's hasPrefix and lastIndex(of:) walked characters, and a
        // record has a line for every file of the plan.
        func underJobs(_ name: Substring) -> Bool { name.utf8.starts(with: "jobs/".utf8) }
        let before = Set(other.inputs.filter { $0.hasSuffix(".md") && underJobs(Self.name($0)) })
        let names = inputs.map { Self.name($0) }
        var folders: Set<Substring> = []
        for name in names where underJobs(name) {
            if let slash = name.utf8.lastIndex(of: UInt8(ascii: "/")) { folders.insert(name[..<slash]) }
        }
        return Set(zip(inputs, names).filter { before.contains($0.0) && !folders.contains($0.1) }.map { String($0.1) })
    }

    /// A digest of the inputs' lines: what a build that took the record before reading the plan
    /// knew its files by (`RememberedFiles.inputs`).
    var inputsDigest: UInt64 {
        var digest = Fingerprint()
        for line in inputs { digest.add(line: line) }
        return digest.number
    }

    /// The names of the reports the record lists.
    var reportNames: [String] { outputs.map { String(Self.name($0)) } }

    /// The file a record line names: what follows its size, times and inode (found on bytes: a
    /// record has thousands of lines).
    static func name(_ line: String) -> Substring {
        var line = line
        let start = line.withUTF8 { bytes -> Int? in
            var spaces = 0
            for offset in bytes.indices where bytes[offset] == UInt8(ascii: " ") {
                spaces += 1
                if spaces == 4 { return offset + 1 }
            }
            return nil
        }
        guard let start else { return line[...] }
        return line[line.utf8.index(line.utf8.startIndex, offsetBy: start)...]
    }

    /// True when `other` records the same inputs and reports: a build of the same plan, as-of
    /// date, formats and binary, whose reports are as it left them.
    func sameBuild(as other: BuildRecord) -> Bool {
        header == other.header && inputs == other.inputs && outputs == other.outputs
    }

    var text: String {
        let days = days.sorted { $0.key < $1.key }.map { day, remembered in
            (["day \(day) \(remembered.key)"] + remembered.hours.map { "\($0)" }).joined(separator: " ")
        }
        let matches = matches.map { ["matches \($0.key) \(String($0.digest, radix: 16)) \($0.offset) \($0.count)"] } ?? []
        return (header + pages.sorted { $0.key < $1.key }.map { "pages \($0) \($1)" } + matches + days + inputs.map { "in " + $0 }
                + outputs.map { "out " + $0 }).joined(separator: "\n") + "\n"
    }

    /// "size mtime ctime inode" of what `path` names, following links; nil when it does not exist.
    static func identity(of path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return identity(info)
    }

    /// "size modified changed inode", then a space and `name`'s pieces when there are any: made in
    /// one buffer, as a plan's thousands of entries each have one.
    static func identity(_ info: stat, naming name: String...) -> String {
        let modified = Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec)
        let changed = Int(info.st_ctim.tv_sec) * 1_000_000_000 + Int(info.st_ctim.tv_nsec)
        // Written straight into the string's storage: four numbers of at most 20 digits and a
        // sign each, their spaces, and the name.
        return String(unsafeUninitializedCapacity: 4 * 22 + 1 + name.reduce(0) { $0 + $1.utf8.count }) { out in
            var count = 0
            func put(_ byte: UInt8) {
                out[count] = byte
                count += 1
            }
            func put(_ number: UInt, negative: Bool) {
                count += ByteStream.write(digits: number, negative: negative, into: out.baseAddress! + count)
            }
            for (index, number) in [Int(info.st_size), modified, changed].enumerated() {
                if index > 0 { put(UInt8(ascii: " ")) }
                put(number.magnitude, negative: number < 0)
            }
            put(UInt8(ascii: " "))
            put(UInt(info.st_ino), negative: false)
            if !name.isEmpty { put(UInt8(ascii: " ")) }
            for piece in name { for byte in piece.utf8 { put(byte) } }
            return count
        }
    }

    /// Every entry below `plan/relative`, in name order, hidden ones included (a new file of any
    /// kind means a new build); links are followed, each folder walked once. One `stat` an entry
    /// (a plan has thousands), and one more for each folder, to walk it.
    private static func walk(_ plan: String, _ relative: String, into inputs: inout [String], visited: inout Set<[UInt64]>) {
        var info = stat()
        guard stat(plan + "/" + relative, &info) == 0 else { return }
        walk(plan, relative, info, into: &inputs, visited: &visited)
    }

    /// The entries below `plan/relative`, whose `stat` is `info`, when it is a folder not walked yet.
    private static func walk(_ plan: String, _ relative: String, _ info: stat, into inputs: inout [String],
                             visited: inout Set<[UInt64]>) {
        let directory = plan + "/" + relative
        guard info.st_mode & S_IFMT == S_IFDIR, visited.insert([UInt64(info.st_dev), UInt64(info.st_ino)]).inserted,
              let names = try? LocalFileSystem().list(directory) else { return }
        let folder = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard folder >= 0 else { return }
        defer { close(folder) }
        for (name, entry) in zip(names, entries(names, in: folder, relative: relative)) {
            guard let (line, isFolder) = entry else { continue }
            inputs.append(line)
            if isFolder { walk(plan, relative + "/" + name, into: &inputs, visited: &visited) }
        }
    }

    /// The record line of each of `names` in the open `folder`, and whether it is a folder (to
    /// walk); nil for one that is gone. Looked up from the folder, not by whole paths; a folder
    /// of hundreds (the postings) is split between two cores.
    private static func entries(_ names: [String], in folder: Int32, relative: String) -> [(String, Bool)?] {
        func entries(_ part: ArraySlice<String>) -> [(String, Bool)?] {
            part.map { name in
                var info = stat()
                guard fstatat(folder, name, &info, 0) == 0 else { return nil }
                return (identity(info, naming: relative, "/", name), info.st_mode & S_IFMT == S_IFDIR)
            }
        }
        guard names.count >= 256 else { return entries(names[...]) }
        let half = names.count / 2
        let (first, second) = Parallel.both({ entries(names[..<half]) }, { entries(names[half...]) })
        return first + second
    }
}
