import Foundation
import Testing

/// `cairn build` takes the job matches from the last build's JSON pages when they are made under
/// the same key (`RememberedMatches`): the same plan files but the log, the same as-of date, and
/// the same level changes, ticks and reviews in the log.
@Suite struct RememberedMatchesBuildTests {
    /// The value of the analysis's `matches` member in a JSON page.
    static func matches(_ page: String) throws -> Range<String.Index> {
        let start = try #require(page.range(of: "\n    \"matches\" : "))
        let end = try #require(page.range(of: ",\n    \"position\" : ", range: start.upperBound..<page.endIndex))
        return start.upperBound..<end.lowerBound
    }

    /// FNV-1a, 64 bits: the digest the record keeps of the matches' bytes.
    /// The digest the record keeps (CairnKit's `Fingerprint`, worked again here): eight bytes at a
    /// time as a little-endian word, each through xxHash64's round, the last fewer as one more
    /// word, then the count xored in and xxHash64's avalanche.
    static func digest(_ text: Substring) -> String {
        let (prime1, prime2, prime3): (UInt64, UInt64, UInt64) = (0x9e37_79b1_85eb_ca87, 0xc2b2_ae3d_27d4_eb4f, 0x1656_67b1_9e37_79f9)
        let bytes = Array(text.utf8)
        var value: UInt64 = 0x27d4_eb2f_1656_67c5, index = 0
        while index < bytes.count {
            let word = bytes[index ..< min(index + 8, bytes.count)].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
            let sum = value &+ word &* prime2
            value = (sum << 31 | sum >> 33) &* prime1
            index += 8
        }
        var digest = value ^ UInt64(bytes.count)
        digest = (digest ^ digest >> 33) &* prime2
        digest = (digest ^ digest >> 29) &* prime3
        return String(digest ^ digest >> 32, radix: 16)
    }

    @Test func theMatchesAreTakenFromTheLastPagesUntilALevelChanges() throws {
        let plan = try BuildCommandTests.copy("senior-to-staff")
        let reports = plan.appendingPathComponent("reports")
        #expect(try CLI.run(["build", plan.path]).status == 0)
        // A title changed in the matches of one page, and the record's digest of them made to fit:
        // only a build that takes the matches from that page shows it.
        let position = reports.appendingPathComponent("position.json")
        var page = try String(contentsOf: position, encoding: .utf8)
        let range = try Self.matches(page)
        let value = page[range].replacingOccurrences(of: "\"title\" : \"", with: "\"title\" : \"Remembered ")
        #expect(value != String(page[range]))
        let recordFile = reports.appendingPathComponent(".cairn-build")
        let record = try String(contentsOf: recordFile, encoding: .utf8)
        let line = try #require(record.split(separator: "\n").first { $0.hasPrefix("matches ") })
        let key = line.split(separator: " ")[1]
        let offset = page.utf8.distance(from: page.startIndex, to: range.lowerBound)
        #expect(line == "matches \(key) \(Self.digest(page[range])) \(offset) \(page[range].utf8.count)",
                "the record keeps the digest of the matches' bytes, and where they stand")
        page.replaceSubrange(range, with: value)
        try Data(page.utf8).write(to: position)
        let tampered = "matches \(key) \(Self.digest(value[...])) \(offset) \(value.utf8.count)"
        try Data(record.replacingOccurrences(of: String(line), with: tampered).utf8).write(to: recordFile)

        let log = plan.appendingPathComponent("log/2026-11.md")
        try LogEditBuildTests.append("- 30m Kubernetes: one more practice question +staff-engineer\n", to: log)
        #expect(try CLI.run(["build", plan.path]).status == 0)
        for name in ["plan.json", "market.json", "progress-2026-11.json"] {
            let written = try String(contentsOf: reports.appendingPathComponent(name), encoding: .utf8)
            #expect(written[try Self.matches(written)] == value[...], "\(name) holds the matches taken")
        }
        // A level change is a new key: the matches are made again, as a build from nothing makes them.
        try LogEditBuildTests.append("\n## 2026-11-22\n- level Kubernetes 3\n", to: log)
        _ = try LogEditBuildTests.buildAndCompare(plan)
    }

    @Test func aMarketPageRenderedAgainShowsTheMatchesMadeAgain() throws {
        let plan = try BuildCommandTests.copy("senior-to-staff")
        #expect(try CLI.run(["build", plan.path]).status == 0)
        try FileManager.default.removeItem(at: plan.appendingPathComponent("reports/market.md"))
        try LogEditBuildTests.append("- 30m Kubernetes: one more practice question +staff-engineer\n",
                                     to: plan.appendingPathComponent("log/2026-11.md"))
        #expect(try LogEditBuildTests.buildAndCompare(plan).stdout.contains("wrote \(plan.path)/reports/market.md\n"))
    }

    @Test func matchesWhoseBytesAreNotTheRecordedOnesAreMadeAgain() throws {
        let plan = try BuildCommandTests.copy("senior-to-staff")
        let reports = plan.appendingPathComponent("reports")
        #expect(try CLI.run(["build", plan.path]).status == 0)
        for name in try FileManager.default.contentsOfDirectory(atPath: reports.path) where name.hasSuffix(".json") {
            let file = reports.appendingPathComponent(name)
            let page = try String(contentsOf: file, encoding: .utf8)
            try Data(page.replacingOccurrences(of: "\"title\" : \"", with: "\"title\" : \"Edited ").utf8).write(to: file)
        }
        try LogEditBuildTests.append("- 30m Kubernetes: one more practice question +staff-engineer\n",
                                     to: plan.appendingPathComponent("log/2026-11.md"))
        _ = try LogEditBuildTests.buildAndCompare(plan)
    }
}
