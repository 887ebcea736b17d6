import Foundation
import Testing
@testable import CairnKit

/// The job matches written straight (`JSONRenderer.encodeMatches`) are the bytes the coding
/// containers write, and Foundation's JSONEncoder, at any indentation.
@Suite struct MatchesJSONTests {
    static func part(_ points: Double, _ maximum: Double, _ reason: String) -> MatchPart {
        MatchPart(points: points, maximum: maximum, reason: reason)
    }

    /// Matches with and without a company, fractional, integral, negative and zero points, and
    /// texts that need escaping.
    static let made: [JobMatch] = [
        JobMatch(postingID: "p-1", title: "Staff \"Platform\" Engineer", company: "Acme\\Co", status: "interested",
                 titleFit: part(20, 20, "names the role"), location: part(7.5, 20, "remote\tonly"), skills: part(22.5, 30, "3 of 5; é 👩‍💻"),
                 experience: part(0, 15, "line\nbreak"), salary: part(-0.0, 15, "\u{1}"), total: 50),
        JobMatch(postingID: "p-2", title: "", company: nil, status: "applied", titleFit: part(1e-7, 20, ""), location: part(123456789.25, 1e21, "big"),
                 skills: part(-3, 30, "/slash/"), experience: part(15, 15, "x"), salary: part(0.1 + 0.2, 15, "y"), total: -2),
    ]

    /// A copy of `json`'s bytes, made while it holds them.
    static func copy(_ json: SharedBytes) -> [UInt8] { withExtendedLifetime(json) { Array(json.bytes) } }

    static func viaContainers(_ matches: [JobMatch], level: Int) throws -> [UInt8] {
        copy(try JSONEncoding.encodeBytes(matches, indent: level, convertingKeys: { SnakeCaseKey($0).stringValue }))
    }

    static func straight(_ matches: [JobMatch], level: Int) throws -> [UInt8] {
        copy(try JSONRenderer.encodeMatches(matches, level: level, for: .position))
    }

    @Test(arguments: [0, 1, 2])
    func madeMatchesAreWrittenAsTheContainersWriteThem(level: Int) throws {
        for matches in [Self.made, [], [Self.made[1]]] {
            #expect(try Self.straight(matches, level: level) == Self.viaContainers(matches, level: level))
        }
        var foundation = Array(Data(try JSONWriterTests.foundation(Self.made).utf8))
        for _ in 0..<level { foundation = JSONRenderer.indented(foundation) }
        #expect(try Self.straight(Self.made, level: level) == foundation)
    }

    @Test(arguments: ["senior-to-staff", "engineer-to-manager", "backend-to-platform"])
    func aSamplesMatchesAreWrittenAsTheContainersWriteThem(sample: String) throws {
        let (_, analysis) = try AnalysisEncodingTests.sample(sample)
        #expect(!analysis.matches.isEmpty)
        #expect(try Self.straight(analysis.matches, level: 2) == Self.viaContainers(analysis.matches, level: 2))
    }

    @Test func aNumberThatIsNotFiniteIsRefusedAsByTheContainers() {
        var match = Self.made[0]
        match.skills.points = .nan
        #expect(throws: ReportError.self) { try JSONRenderer.encodeMatches([match], level: 1, for: .position) }
    }
}
