/// The job matches of an earlier analysis as its JSON pages hold them, taken again by an analysis
/// whose matches are made from the same (`key(_:asOf:base:)`): the matches read the plan on
/// as_of, which the log changes only by its level changes and ticks, so a log entry of hours or a
/// note leaves them as they were. They are the largest part of an analysis and of its encoding.
public struct RememberedMatches: Sendable {
    /// The key they were made under.
    public let key: String
    /// Their encoding, as the value of the analysis's `matches` member.
    let json: JSONBytes
    /// `json`'s digest (`AnalysisEncoding.digest`).
    public let digest: UInt64

    /// The key of the matches of `plan` on `asOf`: a digest of `base` (what the caller knows the
    /// plan's files but the log by: `cairn build`'s binary, boot, git commit and inputs), the
    /// date, and every level change, tick and review of the log (`ByteSink.add(factsOf:)`).
    public static func key(_ plan: Plan, asOf: Day, base: String) -> String {
        var key = Fingerprint()
        key.add(text: "cairn-matches 1")
        key.add(text: base)
        key.add(asOf.ordinal)
        for entry in plan.log where entry.levelChange != nil || entry.tickedAction != nil || entry.review != nil {
            key.add(factsOf: entry)
        }
        return key.hex
    }

    /// The matches a JSON page (`page`, its bytes) holds, if their digest is `digest`; nil for a
    /// page not laid out as a build writes it.
    public init?(key: String, digest: UInt64, page: [UInt8]) {
        let opening = Array("{\n  \"analysis\" : ".utf8), closing = Array(",\n  \"report\" : ".utf8)
        let found: JSONBytes? = page.withUnsafeBytes { bytes in
            guard bytes.starts(with: opening),
                  let end = AnalysisEncoding.lastOffset(of: closing, in: bytes), end > opening.count else { return nil }
            let analysis = UnsafeRawBufferPointer(rebasing: bytes[opening.count..<end])
            guard let range = AnalysisEncoding.members(in: analysis)["matches"] else { return nil }
            let value = UnsafeRawBufferPointer(rebasing: analysis[range])
            guard AnalysisEncoding.digest(value) == digest else { return nil }
            return JSONBytes(copying: Array(value))
        }
        guard let found else { return nil }
        (self.key, json, self.digest) = (key, found, digest)
    }
}
