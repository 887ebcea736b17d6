import Testing
@testable import CairnKit

/// The YAML subset read without libyaml: what it reads, it reads as libyaml does (values, lines,
/// columns, quoting, the key written twice), and it gives up on the rest.
@Suite struct YAMLSubsetTests {
    /// The subset's reading of `text`, or nil when it gives up.
    static func subset(_ text: String, firstLine: Int = 1) -> Result<YAMLNode?, YAMLEvents.Problem>? {
        var text = text
        return text.withUTF8 { YAMLSubset.read($0, firstLine: firstLine) }
    }

    /// libyaml's reading of `text`.
    static func libyaml(_ text: String, firstLine: Int = 1) -> Result<YAMLNode?, YAMLEvents.Problem> {
        var text = text
        return text.withUTF8 { bytes in
            Result { () throws(YAMLEvents.Problem) in try YAMLEvents.readWithLibYAML(bytes, firstLine: firstLine) }
        }
    }

    /// Both readings as text, every node with its place and quoting, to compare and to show.
    static func describe(_ result: Result<YAMLNode?, YAMLEvents.Problem>) -> String {
        switch result {
        case .success(nil): return "no document"
        case .success(let node?): return describe(node)
        case .failure(let problem):
            return "\(problem.code) \(problem.line):\(problem.column) \(problem.message) / \(problem.hint ?? "")"
        }
    }

    static func describe(_ node: YAMLNode) -> String {
        let place = "@\(node.line):\(node.column)"
        switch node.value {
        case .scalar(let text): return (node.isQuoted ? "q" : "p") + "\(text.debugDescription)\(place)"
        case .sequence(let items): return "[" + items.map(describe).joined(separator: ", ") + "]\(place)"
        case .mapping(let pairs): return "{" + pairs.map { describe($0.key) + ": " + describe($0.value) }.joined(separator: ", ") + "}\(place)"
        }
    }

    /// The texts on which the subset reads something else than libyaml.
    static func disagreements(_ texts: [String], firstLine: Int = 1) -> (read: Int, differing: [String]) {
        var read = 0, differing: [String] = []
        for text in texts {
            guard let mine = subset(text, firstLine: firstLine) else { continue }
            read += 1
            let expected = describe(libyaml(text, firstLine: firstLine)), got = describe(mine)
            if got != expected { differing.append("\(text.debugDescription)\n  subset:  \(got)\n  libyaml: \(expected)") }
        }
        return (read, differing)
    }

    @Test func readsAPostingAsLibYAMLDoes() throws {
        let posting = """
            title: Mobile Engineer 5
            company: Company 188
            location: Berlin, Germany
            salary: {min: 136000, max: 162000, currency: USD}
            posted: 2025-12-18
            requires:
              Model Analytics 1: 2
              C#: 3
            tags: [remote, team]
            links:
            - https://example.com/a?b=c
            - 'quoted: yes'
            notes: "a # b"   # a comment
            empty:
            après: Zürich café 😀

            """
        let mine = try #require(Self.subset(posting, firstLine: 2))
        #expect(Self.describe(mine) == Self.describe(Self.libyaml(posting, firstLine: 2)))
        guard case .success(let root?) = mine, case .mapping(let pairs) = root.value else { Issue.record("not a map"); return }
        #expect(pairs.count == 11)
    }

    @Test func readsNestedBlocksAndComments() {
        let texts = [
            "- id: a\n  name: A\n  hours: [1, 2]\n- id: b\n  name: B\n",
            "evidence:\n  - title: T\n    date: 2026-01\n  -   title: U\n      skills:\n      - Go\nnext: 1\n",
            "# only a comment\n\n",
            "",
            "a:\n  b:\n    c: 1\n  d:\n  - x\n  - y\ne: 2\n",
            "  a: 1\n  b:\n      - 1\n      - 2\n",
            "a: b\n   # indented comment\nc: d\n",
            "a: # comment\n  - 1\n",
            "a: [ ]\nb: {}\nc: [x,y]\nd: { k: v }\n", "a: [\"1:1s\", 'b\\c', one-on-ones ]\n",
            "a: ''\nb: \"\"\n",
        ]
        let (read, differing) = Self.disagreements(texts)
        #expect(differing.isEmpty, "\(differing)")
        #expect(read == texts.count)
    }

    /// A key written twice is found as libyaml's reading finds it: in the first map to end.
    @Test func findsTheKeyWrittenTwice() throws {
        for text in ["a: 1\nb: {x: 1, x: 2}\na: 3\n", "a:\n  k: 1\n  k: 2\na: 3\n", "a: 1\na: 2\n"] {
            let mine = try #require(Self.subset(text))
            guard case .failure = mine else { Issue.record("no duplicate in \(text)"); continue }
            #expect(Self.describe(mine) == Self.describe(Self.libyaml(text)))
        }
    }

    @Test func givesUpOnWhatIsNotInTheSubset() {
        let texts = [
            "a: |\n  x\n", "a: >\n  x\n", "a: &x 1\n", "a: *x\n", "a: !t 1\n", "a: \"x\\ny\"\n", "a: 'it''s'\n",
            "a: b\n  continued\n", "a: [x, [y]]\n", "a: {x: 1,}\n", "a: [x,]\n", "x\n", "a: b: c\n",
            "a: b:\n", "a:\tb\n", "a: b\r\n", "a: \u{85}\n", "a: x\u{2028}y\n", "\u{FEFF}a: 1\n", "a: \u{1}\n",
            "- - x\n", "-\n  a: 1\n", "- a: 1\n b: 2\n", "- a: 1\n   b: 2\n",
            "---\na: 1\n", "a: 1\n...\n", "? a\n: b\n", "\"a\": 1\n", "a : 1\n", "a:1\n", "a: -1\n", "a: @x\n",
            "a: `x`\n", "a: %x\n", "a:\n  -\n", "a:\n- \n", "a:\n  b: 1\n c: 2\n",
            "a: [x] y\n", "a: \"x\"y\n", "a: {x:1}\n", "a #b: 1\n", "a[b]: 1\n",
            String(repeating: "k", count: 1_100) + ": 1\n",
            // libyaml's 1,024 characters from a key to its colon count the spaces before the colon.
            "a: {k" + String(repeating: " ", count: 1_024) + ": v}\n",
            (0 ..< 40).map { String(repeating: "  ", count: $0) + "a:" }.joined(separator: "\n") + " 1\n",
        ]
        for text in texts {
            #expect(Self.subset(text) == nil, "read \(text.debugDescription)")
        }
    }

    /// Random texts made of front-matter's pieces and of the characters that could fool a reader:
    /// whatever the subset reads, libyaml reads the same (or refuses the same key written twice).
    @Test func agreesWithLibYAMLOnRandomTexts() {
        var random = SeededRandom(state: 20261206)
        let texts = (0 ..< 20_000).map { _ in Self.randomText(&random) }
            + (0 ..< 20_000).map { _ in Self.mutated(Self.randomDocument(&random), &random) }
        let (read, differing) = Self.disagreements(texts, firstLine: 3)
        #expect(differing.isEmpty, "\(differing.count) differ:\n\(differing.prefix(8).joined(separator: "\n"))")
        // Enough texts must be read for the comparison to mean something.
        #expect(read > 10_000, "only \(read) read")
    }

    static let keys = ["title", "a", "b", "Model Analytics 1", "C#", "C++", "é", "a b", "a:b", "x ", "-a", "?a",
                       "a #b", "Zürich", "k\u{2028}", "O'Reilly", "a\"b", "ü😀", "a,b", "%a", "a.b", "1", "_x", "a{b"]
    static let values = ["1", "Berlin, Germany", "a: b", "a:", "a #c", "a#c", "'q'", "\"d\"", "\"a\\nb\"", "'it''s'",
                         "~", "null", "", "-5", "- x", "&a x", "*a", "!t x", "|", ">", "%x", "@x", "`x", "[a, b]",
                         "{a: 1, b: 2}", "[a, [b]]", "{a: 1,}", "[]", "{}", "[ ]", "{a:1}", "x\ty", "\u{85}", "\u{A0}x",
                         "ü", "😀", "\u{FEFF}x", "a  b  ", "[a, b] # c", "\"x\"#c", "\"x\" # c", "a'b", "{a: b c, d: e}",
                         "[a b, c]", "[a:b]", "{a: b: c}", "a, b", "x ? y", "x - y", "{a: 1, a: 2}", "[a, 'b']",
                         "\"a # b\"", "x: ", "x\\y", "'a\"b'", "[a,b", "{a: [b]}", "a ]", "-", "?", ":", "a\u{1}",
                         "\u{2029}", "\u{FFFE}", "'x", "\"", "{ }", "[a , b ]", "{a : b}", "x\u{85}y", "... x", "--- x"]
    static let risky: [Character] = [" ", " ", "a", "b", ":", "#", "-", "'", "\"", "[", "]", "{", "}", ",", "?", "\t",
                                     "\\", "&", "*", "!", "|", ">", "é", "\u{85}", "\r", "\n", "%", "@", "`", "."]

    static func randomText(_ random: inout SeededRandom) -> String {
        var lines: [String] = []
        let count = Int.random(in: 1 ... 8, using: &random)
        for _ in 0 ..< count {
            let indent = String(repeating: " ", count: [0, 0, 0, 1, 2, 2, 4].randomElement(using: &random)!)
            let key = keys.randomElement(using: &random)!, value = values.randomElement(using: &random)!
            let line: String
            switch Int.random(in: 0 ..< 12, using: &random) {
            case 0 ... 4: line = "\(key): \(value)"
            case 5: line = "\(key):"
            case 6, 7: line = "- \(value)"
            case 8: line = ["# note", "", "   ", "---", "...", "-", "key:value"].randomElement(using: &random)!
            case 9: line = "\(key):   \(value)  # c"
            default: line = String((0 ..< Int.random(in: 1 ... 6, using: &random)).map { _ in risky.randomElement(using: &random)! })
            }
            lines.append(indent + line)
        }
        var text = lines.joined(separator: "\n")
        if Bool.random(using: &random) { text += "\n" }
        return text
    }

    static let plainKeys = ["title", "company", "Model Analytics 1", "C#", "C++", "é", "a b", "O'Reilly", "x1", "_k"]
    static let plainValues = ["1", "Berlin, Germany", "2025-12-18", "a#c", "'q'", "\"d\"", "~", "null", "x - y",
                              "Zürich 😀", "https://e.com/a?b=c", "[a, b]", "{min: 1, max: 2}", "[]", "{}", "a  b",
                              "\"a # b\"", "x ? y", "a'b", "''", "\"\"", "[\"1:1s\", b]", "['it''s']", "[\"a\\\\b\"]", "[a, \"b\" ]", "[é, 'ü', 😀 x]", "{é: ü, k: 😀}"]

    /// A front-matter of nested maps and lists, comments and blank lines, mostly in the subset.
    static func randomDocument(_ random: inout SeededRandom) -> String {
        var lines: [String] = []
        func value() -> String {
            Int.random(in: 0 ..< 10, using: &random) == 0 ? values.randomElement(using: &random)!
                                                          : plainValues.randomElement(using: &random)!
        }
        func block(_ indent: Int, depth: Int) {
            let pad = String(repeating: " ", count: indent)
            for _ in 0 ..< Int.random(in: 1 ... 4, using: &random) {
                let key = plainKeys.randomElement(using: &random)!
                switch Int.random(in: 0 ..< (depth < 3 ? 10 : 6), using: &random) {
                case 0: lines.append(pad + "# comment")
                case 1: lines.append("")
                case 2 ... 5: lines.append(pad + "\(key): \(value())")
                case 6, 7:
                    lines.append(pad + "\(key):")
                    block(indent + Int.random(in: 1 ... 4, using: &random), depth: depth + 1)
                case 8 where Bool.random(using: &random):
                    lines.append(pad + "\(key):")
                    let dash = indent + [0, 2].randomElement(using: &random)!
                    for _ in 0 ..< Int.random(in: 1 ... 3, using: &random) {
                        let gap = [1, 1, 1, 3].randomElement(using: &random)!
                        lines.append(String(repeating: " ", count: dash) + "-" + String(repeating: " ", count: gap)
                            + "\(plainKeys.randomElement(using: &random)!): \(value())")
                        for _ in 0 ..< Int.random(in: 0 ... 2, using: &random) {
                            let shift = [0, 0, 0, 0, -1, 1].randomElement(using: &random)!
                            lines.append(String(repeating: " ", count: dash + 1 + gap + shift)
                                + "\(plainKeys.randomElement(using: &random)!): \(value())")
                        }
                    }
                default:
                    lines.append(pad + "\(key):" + (Bool.random(using: &random) ? "" : "  # list"))
                    let dash = String(repeating: " ", count: indent + [0, 2, 3].randomElement(using: &random)!)
                    for _ in 0 ..< Int.random(in: 1 ... 3, using: &random) { lines.append(dash + "- \(value())") }
                }
            }
        }
        let indent = [0, 0, 0, 2].randomElement(using: &random)!
        if Int.random(in: 0 ..< 5, using: &random) == 0 {
            // A list of maps, as a taxonomy is written.
            for _ in 0 ..< Int.random(in: 1 ... 3, using: &random) {
                lines.append(String(repeating: " ", count: indent) + "- id: \(value())")
                block(indent + 2, depth: 2)
            }
        } else {
            block(indent, depth: 1)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `text`, half the time with a character put in, taken out or changed, or a line doubled.
    static func mutated(_ text: String, _ random: inout SeededRandom) -> String {
        var characters = Array(text)
        guard !characters.isEmpty, Bool.random(using: &random) else { return text }
        let at = Int.random(in: 0 ..< characters.count, using: &random)
        switch Int.random(in: 0 ..< 4, using: &random) {
        case 0: characters.insert(risky.randomElement(using: &random)!, at: at)
        case 1: characters.remove(at: at)
        case 2: characters[at] = risky.randomElement(using: &random)!
        default:
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let line = Int.random(in: 0 ..< lines.count, using: &random)
            return (lines[...line] + lines[line...]).joined(separator: "\n")
        }
        return String(characters)
    }
}
