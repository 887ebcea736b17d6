import Testing
@testable import CairnKit

/// An ASCII log entry's duration, skill and inline fields are read on its bytes
/// (`LogReader.asciiFields`); any text can be read by the general rules (`LogReader.fields`).
/// Both must give the same entry and the same diagnostics.
@Suite struct LogEntryBytesTests {
    static let skills = SkillResolver(taxonomy: Taxonomy([
        "Go", "Kubernetes", "Model Analytics 1", "C#", "Rust", "Distributed Systems Design Basics", "One Two Three Four Five",
    ].map { SkillDefinition(id: Taxonomy.slug($0), name: $0, location: SourceLocation(path: "skills.yml", line: 1)) }))

    /// Both readings of `text` (trimmed, as an entry's text is), as text to compare.
    static func readings(_ text: String) -> (bytes: String, general: String) {
        let file = SourceFile(path: "log/2026-11.md", text: "## 2026-11-03\n- \(text)\n")
        let entry = LogEntry(date: Day(year: 2026, month: 11, day: 3)!, text: text, location: file.location(line: 2, column: 3))
        func shown(_ read: (Reporter) -> LogEntry) -> String {
            let reporter = Reporter(file: file)
            let result = read(reporter)
            return "\(result.minutes.map(String.init) ?? "-") \(result.skillIDs) \(result.goalIDs) \(reporter.collected.items)"
        }
        let bytes = shown { reporter in
            ByteScan.withBytes(of: text) { LogReader.asciiFields(of: entry, $0, line: 2, reporter: reporter, skills: skills) }
        }
        let general = shown { LogReader.fields(of: entry, text: text, line: 2, reporter: $0, skills: skills) }
        return (bytes, general)
    }

    @Test func readsEntriesAsTheGeneralRulesDo() {
        let texts = ["", "30m Go: practice", "2h Kubernetes: module 3 +staff", "90min Go: x", "25h Go: too long",
                     "1h30m model  analytics 1 : tuning #rust ~2h", "45m #go: tagged", "1h a b c d e: five words",
                     "1h Distributed Systems Design Basics: four words", "1h One Two Three Four Five: five words", "1h Rst: a typo", "1h Kubernete: a typo of two",
                     "3h\tGo: tab", "1.5h C#: dotnet", "Go: no duration", "plain note", "30m", "30m :", "1h ::x", "h Go: x"]
        for text in texts {
            let (bytes, general) = Self.readings(text)
            #expect(bytes == general, "\(text.debugDescription)")
        }
        // What the texts say, so that the comparison is of something.
        #expect(Self.readings("2h Kubernetes: module 3 +staff").bytes.hasPrefix("120 [\"kubernetes\"] [\"staff\"]"))
        #expect(Self.readings("25h Go: too long").bytes.contains("invalidDuration"))
        #expect(Self.readings("1h Rst: a typo").bytes.contains("unknownSkill"))
    }

    @Test func readsRandomEntriesAsTheGeneralRulesDo() {
        var random = SeededRandom(state: 31)
        let durations = ["30m", "1h30m", "2h", "90min", "2hrs", "25h", "1.5h", "0m", "h", "30", "1441m", "45M", "1h:", ""]
        let names = ["Go", "go", "Kubernetes", "Kubernete", "Model Analytics 1", "model  analytics 1", "C#", "#go", "Rust",
                     "Rst", "a b c d e", "One Two Three Four Five", "Distributed Systems Design Basics", "", "x\ty", " Go "]
        let colons = [":", " :", ": ", "::", "", ":\t"]
        let tails = ["practice session 625 +goal-5", "#go ~2h", "due:2026-01-01", "x:y", "", "+staff", "read #rust", "\tGo: again"]
        let alphabet: [Character] = [" ", "\t", ":", "#", "+", "~", "1", "3", "h", "m", "G", "o", "a"]
        var differing: [String] = []
        for round in 0 ..< 6_000 {
            var text: String
            if round % 3 == 0 {
                text = String((0 ..< Int.random(in: 0 ... 14, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
            } else {
                text = durations.randomElement(using: &random)! + [" ", "  ", "\t", " \t"].randomElement(using: &random)!
                    + names.randomElement(using: &random)! + colons.randomElement(using: &random)! + " "
                    + tails.randomElement(using: &random)!
            }
            text = text.trimmingBlanks
            let (bytes, general) = Self.readings(text)
            if bytes != general { differing.append("\(text.debugDescription): \(bytes) / \(general)") }
        }
        #expect(differing.isEmpty, "\(differing.prefix(5))")
    }
}
