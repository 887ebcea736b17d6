#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The job matches of an earlier analysis as its JSON pages hold them, taken again by an analysis
/// whose matches are made from the same (`key(_:asOf:base:)`): the matches read the plan on
/// as_of, which the log changes only by its level changes and ticks, so a log entry of hours or a
/// note leaves them as they were. They are the largest part of an analysis and of its encoding.
public struct RememberedMatches: Sendable {
    /// The key they were made under.
    public let key: String
    /// Their encoding, as the value of the analysis's `matches` member.
    let json: SharedBytes
    /// `json`'s digest (`Fingerprint.number(of:)`).
    public let digest: UInt64

    /// The key of the matches of `plan` on `asOf`: a digest of `base` (what the caller knows the
    /// plan's files but the log by: `cairn build`'s binary, boot, git commit and inputs), the
    /// date, and every level change, tick and review of the log (`ByteSink.add(factsOf:)`).
    public static func key(_ plan: Plan, asOf: Day, base: String) -> String {
        var key = Fingerprint()
        key.add(text: "cairn-matches 1")
        key.add(text: base)
        key.add(asOf.ordinal)
        key.add(planChangesIn: plan.log)
        return key.hex
    }

    /// The matches the JSON page at `path` holds at `offset`, `count` bytes, if their digest is
    /// `digest` (`AnalysisEncoding.matches` of the encoding the page was written from): read
    /// straight into the buffer they are kept in, not with the rest of the page.
    public init?(key: String, digest: UInt64, path: String, offset: Int, count: Int) {
        guard offset >= 0, count > 0, count < 1 << 32 else { return nil }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, offset + count <= Int(info.st_size), let buffer = malloc(count) else { return nil }
        var read = 0
        while read < count {
            let got = pread(descriptor, buffer + read, count - read, off_t(offset + read))
            guard got > 0 else { break }
            read += got
        }
        let json = SharedBytes(adopting: buffer, count: count)
        guard read == count, Fingerprint.number(of: json.bytes) == digest else { return nil }
        (self.key, self.json, self.digest) = (key, json, digest)
    }
}
