import Testing
@testable import CairnKit

/// A build remembers the posting and log files it read (`RememberedFiles`); the next takes those
/// whose text is the same, in the same context. The plan and diagnostics must be those of reading
/// every file again.
@Suite struct RememberedFilesTests {
    /// A plan whose posting and log files report problems and make ad-hoc skills, one of them
    /// only in a requirement dropped for its level.
    static func fixture() -> PlanFixture {
        var fixture = PlanFixture()
        fixture.add("skills.yml", "- name: Go\n")
        fixture.add("jobs/acme.md", """
            ---
            title: Staff Engineer, Payments
            company: Acme
            salary: {min: 100000, max: 130000, currency: GBP}
            posted: 2026-10-02
            experience: 5+
            requires: {Go: 3, Quantum Basket Weaving: 2, Zorbing: 7}
            prefers: [Go, Go]
            ---
            """)
        fixture.add("jobs/broken.md", "---\ntitle: [unclosed\n---\n")
        fixture.add("log/2026-11.md", """
            ## 2026-11-02
            - 90m Go: practice #go #yodelling +staff
            - level Interpretive Dance 9
            - [x] Ship it
            - review: monthly

            ## 2026-11-31
            - 1h nothing
            """)
        fixture.add("log/2026-10.md", "## 2026-10-30\n- 2h #go kata\n")
        // Headings newest first, and a day shared with another file: the log's order by date.
        fixture.add("log/notes.md", "## 2026-11-02\n- 1h #go pairing\n\n## 2026-10-30\n- 30m #go review\n")
        return fixture
    }

    static func read(_ input: PlanInput, _ memory: RememberedFiles?, salt: String = "binary 1")
        -> (plan: Plan?, diagnostics: [Diagnostic], readings: FileReadings) {
        let (plan, diagnostics, readings) = PlanReader.read(input, remembering: memory, salt: salt)
        return (plan, diagnostics.sorted, readings!)
    }

    /// The bytes a build writes of a reading.
    static func bytes(_ read: (plan: Plan?, diagnostics: [Diagnostic], readings: FileReadings)) throws -> [UInt8] {
        var buffer = ByteBuffer()
        RememberedFiles.write(read.readings, plan: try #require(read.plan), to: &buffer)
        return buffer.bytes
    }

    /// The memory of a reading, through its bytes.
    static func memory(_ read: (plan: Plan?, diagnostics: [Diagnostic], readings: FileReadings)) throws -> RememberedFiles {
        try #require(RememberedFiles(bytes: try bytes(read)))
    }

    @Test func aPlanReadFromMemoryIsThePlanReadAgain() throws {
        let input = Self.fixture().input
        let first = Self.read(input, nil)
        #expect(first.readings.taken == 0)
        #expect(first.plan?.adHocSkills == ["interpretive-dance", "quantum-basket-weaving", "yodelling", "zorbing"])
        #expect(first.diagnostics.contains { $0.location.path == "jobs/broken.md" })
        let memory = try Self.memory(first)
        #expect(memory.count == 5)
        let second = Self.read(input, memory)
        #expect(second.readings.taken == 5)
        #expect(second.plan == first.plan)
        #expect(second.diagnostics == first.diagnostics)
        // What it remembers is what it was given: the bytes are the same.
        #expect(try Self.bytes(second) == Self.bytes(first))
    }

    @Test(arguments: ["senior-to-staff", "engineer-to-manager", "backend-to-platform"])
    func aSampleReadFromMemoryIsTheSampleReadAgain(sample: String) throws {
        let folder = GoldenReportTests.packageRoot.appendingPathComponent("samples/\(sample)").path
        let input = PlanLoader(fileSystem: RootedFileSystem(directory: folder)).load(".")
        let first = Self.read(input, nil)
        let second = Self.read(input, try Self.memory(first))
        #expect(second.readings.taken == input.jobs.count + input.log.count)
        #expect(second.plan == first.plan)
        #expect(second.diagnostics == first.diagnostics)
    }

    @Test func aMemoryWrittenInManyPiecesReadsWhole() throws {
        var fixture = Self.fixture()
        for index in 0..<400 {
            fixture.add("jobs/posting-\(index).md", "---\ntitle: Staff Engineer \(index)\nrequires: {Go: 2, Rust: 1, Kubernetes: 3}\n---\n")
        }
        let first = Self.read(fixture.input, nil)
        let bytes = try Self.bytes(first)
        #expect(bytes.count > 1 << 16, "more than one piece of 64 KiB")
        let second = Self.read(fixture.input, RememberedFiles(bytes: bytes))
        #expect(second.readings.taken == 405)
        #expect(second.plan == first.plan && second.diagnostics == first.diagnostics)
        #expect(try Self.bytes(second) == bytes, "each file written again as the memory held it, across its pieces")
    }

    @Test func onlyAChangedFileIsReadAgain() throws {
        var fixture = Self.fixture()
        let memory = try Self.memory(Self.read(fixture.input, nil))
        fixture.input.log[1] = SourceFile(path: "log/2026-10.md", text: fixture.input.log[1].text + "- 3h #zumba\n")
        let again = Self.read(fixture.input, memory)
        #expect(again.readings.taken == 4)
        let fresh = Self.read(fixture.input, nil)
        #expect(again.plan == fresh.plan && again.diagnostics == fresh.diagnostics)
        #expect(again.plan?.adHocSkills.contains("zumba") == true)
        // The files taken are written again as the memory held them.
        #expect(try Self.bytes(again) == Self.bytes(fresh))
    }

    @Test func anotherContextTakesNothing() throws {
        var fixture = Self.fixture()
        let memory = try Self.memory(Self.read(fixture.input, nil))
        #expect(Self.read(fixture.input, memory, salt: "binary 2").readings.taken == 0, "another binary")
        fixture.add("skills.yml", "- name: Go\n- name: Zorbing\n")
        let again = Self.read(fixture.input, memory)
        #expect(again.readings.taken == 0, "another taxonomy")
        #expect(again.plan?.adHocSkills.contains("zorbing") == false)
        #expect(PlanReader.read(fixture.input, remembering: memory, salt: nil).readings == nil, "no salt, nothing remembered")
    }

    /// `bytes` with the digest a memory ends with.
    static func sealed(_ bytes: [UInt8]) -> [UInt8] {
        var digest = Fingerprint()
        bytes.withUnsafeBytes { digest.add($0) }
        return bytes + withUnsafeBytes(of: digest.number.littleEndian) { Array($0) }
    }

    /// A memory of one log file holding one entry, dated `ordinal`, `minutes` long, at `line`.
    static func logMemory(ordinal: Int, minutes: Int, line: Int) -> [UInt8] {
        var writer = ByteWriter()
        writer.add(text: RememberedFiles.magic)
        writer.add(UInt64(7))
        writer.add(UInt64(9))  // the inputs
        writer.add(1)  // one file
        writer.add(text: "log/2026-11.md")
        writer.add(UInt64(42))
        writer.add(0)  // no diagnostics
        writer.add(0)  // no ad-hoc skills
        writer.add(1)  // a log file
        writer.add(1)  // one entry
        writer.add(ordinal)
        writer.add(minutes) { $0.add($1) }
        for _ in 0..<2 { writer.add(0) }  // no skills, no goals
        for _ in 0..<3 { writer.add(false) }  // no level change, tick or review
        writer.add(text: "- 30m Go")
        writer.add(text: "log/2026-11.md")
        writer.add(line)
        writer.add(1)
        return sealed(writer.bytes)
    }

    @Test func valuesNoFileGivesAreNoMemory() throws {
        let november = Day(uncheckedYear: 2026, month: 11, day: 2).ordinal
        let memory = try #require(RememberedFiles(bytes: Self.logMemory(ordinal: november, minutes: 30, line: 2)))
        #expect(memory.count == 1 && memory.context == 7 && memory.inputs == 9)
        #expect(RememberedFiles(bytes: Self.logMemory(ordinal: Int.max, minutes: 30, line: 2)) == nil, "a date past year 9999")
        #expect(RememberedFiles(bytes: Self.logMemory(ordinal: november, minutes: 25 * 60, line: 2)) == nil, "more than a day")
        #expect(RememberedFiles(bytes: Self.logMemory(ordinal: november, minutes: 30, line: 0)) == nil, "a line before the first")
    }

    @Test func bytesThatDoNotReadWholeAreNoMemory() throws {
        let bytes = try Self.bytes(Self.read(Self.fixture().input, nil))
        #expect(RememberedFiles(bytes: bytes) != nil)
        #expect(RememberedFiles(bytes: Array(bytes.dropLast())) == nil)
        var damaged = bytes
        damaged[bytes.count / 2] ^= 0x20
        #expect(RememberedFiles(bytes: damaged) == nil, "the digest at the end tells")
        #expect(RememberedFiles(bytes: bytes + [0]) == nil)
        #expect(RememberedFiles(bytes: []) == nil)
        #expect(RememberedFiles(bytes: Array("cairn-build 2\n".utf8)) == nil)
    }
}
