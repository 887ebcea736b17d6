import Foundation
import Testing
@testable import CairnKit

/// The diagnostic catalogue: every `DiagnosticCode` is produced by a committed
/// fixture plan (Fixtures/diagnostics/<code>/) or by a generated case in
/// HostileInputTests, and explained by a row of docs/diagnostics.md.
///
/// Path convention: each fixture is loaded as the relative folder `<code>`
/// below Fixtures/diagnostics (through `FixtureFileSystem`, which roots relative
/// paths there, like a `cd` without changing the process's directory), so
/// diagnostics read `<code>/profile.md:3:1: ...` exactly as
/// `cd Tests/CairnKitTests/Fixtures/diagnostics && cairn check <code>` prints them.
///
/// Advice codes (`plan-quality`) come from the analysis, which runs only on a plan without
/// errors: their fixtures go through `cairn check`'s whole pipeline (`PlanCheck.run`), as of
/// the fixture's `as_of`; the others through the reader alone.
///
/// Re-record with `CAIRN_RECORD=1 swift test --filter DiagnosticCatalogueTests`:
/// every fixture test then rewrites its expected.txt and fails, so that a
/// re-record can never pass silently; run again without it to check.
@Suite struct DiagnosticCatalogueTests {
    /// Codes whose input cannot be committed as text; each is produced by the named test.
    static let generatedCases: [DiagnosticCode: String] = [
        .emptyFile: "HostileInputTests.emptyFile",
        .binaryFile: "HostileInputTests.binaryFile",
        .notUTF8: "HostileInputTests.notUTF8",
        .fileTooLarge: "HostileInputTests.fileTooLarge",
        .unreadableFile: "HostileInputTests.unreadableFile",
        .notAFile: "HostileInputTests.notAFile",
        .symlinkSkipped: "HostileInputTests.symlinkSkipped",
        .tooManyProblems: "HostileInputTests.tooManyProblems",
    ]

    /// The as-of date of an advice fixture whose cairn.yml gives none.
    static let adviceAsOf = Day(year: 2026, month: 11, day: 23)!

    /// The fixture folders, by name (each named after the code it produces).
    static let fixtureNames: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: CairnTestPaths.fixtures)) ?? []
        return names.filter { !$0.hasPrefix(".") && CairnTestPaths.isDirectory(CairnTestPaths.fixtures + "/" + $0) }.sorted()
    }()

    @Test(arguments: fixtureNames)
    func fixtureOutputMatchesExpected(_ name: String) throws {
        let folder = CairnTestPaths.fixtures + "/" + name
        let expectedPath = folder + "/expected.txt"
        let input = PlanLoader(fileSystem: FixtureFileSystem(base: CairnTestPaths.fixtures)).load(name)
        let diagnostics = DiagnosticCode(rawValue: name)?.isAdvice == true
            ? PlanCheck.run(input) { $0.asOf ?? Self.adviceAsOf }.diagnostics
            : PlanReader.read(input).diagnostics
        let sorted = diagnostics.sorted
        let output = sorted.map { DiagnosticFormatter.text($0, color: false) }.joined()

        if ProcessInfo.processInfo.environment["CAIRN_RECORD"] == "1" {
            try Data(output.utf8).write(to: URL(fileURLWithPath: expectedPath))
            Issue.record("re-recorded \(name)/expected.txt (CAIRN_RECORD=1); review the diff, then run the tests again without CAIRN_RECORD")
            return
        }

        let expected = try #require(FileManager.default.contents(atPath: expectedPath), "\(name)/expected.txt is missing; record it with CAIRN_RECORD=1")
        #expect(Array(output.utf8) == Array(expected), "output of \(name) differs from expected.txt:\n\(output)")
        #expect(sorted.map(\.code.rawValue).allSatisfy { $0 == name }, "\(name) should produce only [\(name)], got \(sorted.map(\.code.rawValue))")
        #expect(!sorted.isEmpty, "\(name) produced no diagnostic at all")
    }

    @Test func everyCodeHasAFixtureOrAGeneratedCase() throws {
        let fixtures = Set(Self.fixtureNames)
        for code in DiagnosticCode.allCases {
            let hasFixture = fixtures.contains(code.rawValue)
            let generated = Self.generatedCases[code]
            #expect(hasFixture || generated != nil, "\(code.rawValue) has neither Fixtures/diagnostics/\(code.rawValue)/ nor a generated case")
            #expect(!(hasFixture && generated != nil), "\(code.rawValue) has both a fixture and a generated case; keep one")
        }
        for name in fixtures {
            #expect(DiagnosticCode(rawValue: name) != nil, "Fixtures/diagnostics/\(name) is not named after a diagnostic code")
        }
        // Each generated case names a test that exists.
        let hostile = try String(contentsOfFile: CairnTestPaths.testsFolder + "/HostileInputTests.swift", encoding: .utf8)
        for (code, test) in Self.generatedCases {
            let function = test.split(separator: ".").last.map(String.init) ?? test
            #expect(hostile.contains("func \(function)("), "\(code.rawValue): \(test) does not exist")
        }
    }

    @Test func everyCodeHasARowInTheCatalogue() throws {
        let doc = try String(contentsOfFile: CairnTestPaths.packageRoot + "/docs/diagnostics.md", encoding: .utf8)
        let rows = doc.split(separator: "\n").filter { $0.hasPrefix("| `") }
        for code in DiagnosticCode.allCases {
            let row = rows.first { $0.hasPrefix("| `\(code.rawValue)` |") }
            guard let row else {
                Issue.record("docs/diagnostics.md has no row for \(code.rawValue)")
                continue
            }
            #expect(row.contains("| \(code.severity.rawValue) |"), "the row of \(code.rawValue) should give its severity \(code.severity.rawValue)")
            if let test = Self.generatedCases[code] {
                #expect(row.contains("generated in \(test)"), "the row of \(code.rawValue) should say: generated in \(test)")
            } else {
                #expect(row.contains("Tests/CairnKitTests/Fixtures/diagnostics/\(code.rawValue)/"),
                        "the row of \(code.rawValue) should name its fixture folder")
            }
        }
        #expect(rows.count == DiagnosticCode.allCases.count, "docs/diagnostics.md should have exactly one row per code")
    }
}

/// Where the package and its test files are, from this file's path.
enum CairnTestPaths {
    /// …/Tests/CairnKitTests
    static let testsFolder: String = URL(fileURLWithPath: #filePath).deletingLastPathComponent().path
    /// The folder that holds Package.swift.
    static let packageRoot: String = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path
    static let fixtures: String = testsFolder + "/Fixtures/diagnostics"

    static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}

/// The local file system with relative paths taken below `base`, so a plan
/// loaded as "name" shows paths such as "name/profile.md" whatever the
/// process's working directory.
struct FixtureFileSystem: FileSystem {
    let base: String
    private let local = LocalFileSystem()

    init(base: String) { self.base = base }

    private func absolute(_ path: String) -> String { path.hasPrefix("/") ? path : base + "/" + path }

    func list(_ directory: String) throws(FileError) -> [String] { try local.list(absolute(directory)) }
    func kind(_ path: String) -> EntryKind? { local.kind(absolute(path)) }
    func resolve(_ path: String) -> String? { local.resolve(absolute(path)) }
    func read(_ path: String) throws(FileError) -> [UInt8] { try local.read(absolute(path)) }
}
