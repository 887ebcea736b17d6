/// The posting and log files of a plan as a build read them, each under the digest of its text,
/// with what reading it reported: the next build reads again only those whose text changed (the
/// everyday edit is one log entry, among thousands of files). All is kept under the digest of what
/// every file is read with besides its own text (`context`); another context remembers nothing.
public struct RememberedFiles: Sendable {
    /// What each file was read with: the caller's salt (`cairn build`: its binary), cairn.yml,
    /// skills.yml and the plan's roles.
    public var context: UInt64
    /// What the caller knew the files by when it read them, before reading them (`cairn build`: a
    /// digest of its record's inputs); 0 when nothing.
    public var inputs: UInt64 = 0
    var files: [String: File]

    struct File: Sendable {
        /// The digest of the file's text (line endings made LF).
        var digest: UInt64
        var diagnostics: [Diagnostic]
        /// The ad-hoc skills reading it made.
        var adHoc: [String]
        var read: Read
    }

    enum Read: Sendable {
        case posting(Posting?)
        case log([LogEntry])
    }

    /// The files read with `context`, of which none is remembered yet.
    init(context: UInt64) {
        self.context = context
        files = [:]
    }

    /// How many files it remembers.
    public var count: Int { files.count }

    /// What reading `file` gave, if the file is remembered with that text.
    func file(_ file: SourceFile, digest: UInt64) -> File? {
        files[file.path].flatMap { $0.digest == digest ? $0 : nil }
    }

    /// The digest of the text of the posting file `path` as remembered, if it is.
    public func postingDigest(_ path: String) -> UInt64? {
        guard let file = files[path], case .posting = file.read else { return nil }
        return file.digest
    }

    /// The digest of a file's text.
    static func digest(_ file: SourceFile) -> UInt64 {
        var text = file.text
        return text.withUTF8 { Fingerprint.number(of: UnsafeRawBufferPointer($0)) }
    }

    /// The context of a plan's files: `salt`, then the path and text of cairn.yml, skills.yml and
    /// each role file.
    public static func context(_ input: PlanInput, salt: String) -> UInt64 {
        var digest = Fingerprint()
        digest.add(text: "cairn-read 1")
        digest.add(text: salt)
        let files: [SourceFile?] = [input.settings, input.skills] + input.roles.map { $0 }
        for file in files {
            digest.add(file) { digest, file in
                digest.add(text: file.path)
                digest.add(text: file.text)
            }
        }
        return digest.number
    }
}

/// What reading a plan's posting and log files gave but their values, which are in the plan:
/// `RememberedFiles.write(_:plan:to:)` writes both together.
public struct FileReadings: Sendable {
    public var context: UInt64
    var files: [String: Reading] = [:]
    /// How many files were taken from a memory instead of read.
    public internal(set) var taken = 0

    struct Reading: Sendable {
        var isLog: Bool
        /// Taken from a memory, not read.
        var taken: Bool
        var digest: UInt64
        var diagnostics: [Diagnostic]
        var adHoc: [String]
    }

    init(context: UInt64) { self.context = context }
}

// MARK: - Bytes

extension RememberedFiles {
    static let magic = "cairn-read 2"

    /// Writes the files `readings` tell of, with the postings and log entries `plan` was read
    /// with, and what they were known by before they were read (`inputs`), as `init?(bytes:)`
    /// reads them, in path order (the same files give the same bytes),
    /// then the digest of all the bytes before it. A few files at a time go to `sink`, so that
    /// neither the bytes nor a copy of the values are ever all held: for a plan of 10,000 postings
    /// they are megabytes.
    public static func write<Sink: ReportSink>(_ readings: FileReadings, plan: Plan, inputs: UInt64 = 0, to sink: inout Sink)
        throws(Sink.Failure) {
        let postings = Dictionary(plan.postings.indices.map { (plan.postings[$0].location.path, $0) }, uniquingKeysWith: { first, _ in first })
        var entries: [String: [Int]] = [:]
        for index in plan.log.indices { entries[plan.log[index].location.path, default: []].append(index) }
        var writer = ByteWriter(), digest = Fingerprint()
        func flush() throws(Sink.Failure) {
            writer.withBytes { digest.add($0) }
            try writer.flush(to: &sink)
        }
        writer.add(text: magic)
        writer.add(readings.context)
        writer.add(inputs)
        writer.add(readings.files.count)
        for path in TextOrder.sorted(Array(readings.files.keys)) {
            let reading = readings.files[path]!
            writer.add(text: path)
            writer.add(reading.digest)
            writer.add(all: reading.diagnostics) { $0.add($1) }
            writer.add(all: reading.adHoc) { $0.add(text: $1) }
            if reading.isLog {
                writer.add(1)
                writer.add(all: entries[path] ?? []) { $0.add(plan.log[$1]) }
            } else {
                writer.add(0)
                writer.add(postings[path]) { $0.add(plan.postings[$1]) }
            }
            if writer.count >= 1 << 16 { try flush() }
        }
        try flush()
        withUnsafeBytes(of: digest.number.littleEndian) { writer.add($0) }
        try writer.flush(to: &sink)
    }

    /// The files `bytes` hold; nil for anything `write` did not write (other bytes, a cut or
    /// damaged file: the digest at the end must be that of the bytes before it), and for values
    /// later code could trip on: a date outside the years 1 to 9999, an entry of more than a day,
    /// a line or column before the first, a salary or years that are not finite.
    public init?(bytes: [UInt8]) {
        guard bytes.count >= 8 else { return nil }
        var digest = Fingerprint()
        bytes.withUnsafeBytes { digest.add(UnsafeRawBufferPointer(rebasing: $0[..<(bytes.count - 8)])) }
        guard bytes.suffix(8).reversed().reduce(0, { $0 << 8 | UInt64($1) }) == digest.number else { return nil }
        var reader = ByteReader(bytes, count: bytes.count - 8)
        do throws(ByteReader.Malformed) {
            guard try reader.text() == Self.magic else { return nil }
            self.init(context: try reader.uint64())
            inputs = try reader.uint64()
            for (path, file) in try reader.all(Self.file) { files[path] = file }
            guard reader.isAtEnd else { return nil }
        } catch {
            return nil
        }
    }

    private static func file(_ reader: inout ByteReader) throws(ByteReader.Malformed) -> (String, File) {
        let path = try reader.text()
        let digest = try reader.uint64()
        let diagnostics = try reader.all { reader throws(ByteReader.Malformed) in try reader.diagnostic(in: path) }
        let adHoc = try reader.all { reader throws(ByteReader.Malformed) in try reader.text() }
        let read: Read
        switch try reader.int() {
        case 0: read = .posting(try reader.optional { reader throws(ByteReader.Malformed) in try reader.posting(in: path) })
        case 1: read = .log(try reader.all { reader throws(ByteReader.Malformed) in try reader.logEntry(in: path) })
        default: throw ByteReader.Malformed()
        }
        return (path, File(digest: digest, diagnostics: diagnostics, adHoc: adHoc, read: read))
    }
}
