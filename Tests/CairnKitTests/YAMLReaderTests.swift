import Testing
@testable import CairnKit

/// The YAML reader over libyaml's events: trees with file positions, and what it refuses.
@Suite struct YAMLReaderTests {
    private func read(_ text: String, firstLine: Int = 1) -> (node: YAMLNode?, diagnostics: [Diagnostic]) {
        var diagnostics = Diagnostics()
        let node = YAMLReader.read(text, firstLine: firstLine, in: SourceFile(path: "f.md", text: text), diagnostics: &diagnostics)
        return (node, diagnostics.items)
    }

    /// The problem the event reader finds in `text`, with the line and column it gives.
    private func problem(_ text: String) -> YAMLEvents.Problem? {
        var text = text
        return text.withUTF8 { bytes in
            do throws(YAMLEvents.Problem) {
                _ = try YAMLEvents.read(bytes, firstLine: 1)
                return nil
            } catch {
                return error
            }
        }
    }

    @Test func nodesCarryTheirFileLinesAndColumns() throws {
        // The YAML starts on line 2 of its file (after a front-matter fence).
        let root = try #require(read("name: Ada\nskills:\n  - Go\n  - 'Rust'\n", firstLine: 2).node)
        #expect((root.line, root.column) == (2, 1))
        guard case .mapping(let pairs) = root.value else { Issue.record("not a map"); return }
        #expect(pairs.map { $0.key.scalar } == ["name", "skills"])
        #expect(pairs[0].value.scalar == "Ada")
        #expect((pairs[0].value.line, pairs[0].value.column) == (2, 7))
        guard case .sequence(let skills) = pairs[1].value.value else { Issue.record("not a list"); return }
        #expect((pairs[1].value.line, pairs[1].value.column) == (4, 3))
        #expect(skills.map(\.scalar) == ["Go", "Rust"])
        #expect(skills.map(\.isQuoted) == [false, true])
        #expect((skills[1].line, skills[1].column) == (5, 5))
    }

    @Test func scalarsStayAsWritten() throws {
        let root = try #require(read("a: 007\nb: yes\nc: ~\nd: \"\"\ne: |\n  two\n  lines\n").node)
        guard case .mapping(let pairs) = root.value else { Issue.record("not a map"); return }
        #expect(pairs.map { $0.value.scalar } == ["007", "yes", "~", "", "two\nlines\n"])
        #expect(pairs.map(\.value.isNull) == [false, false, true, false, false])
        #expect(pairs.map(\.value.isQuoted) == [false, false, false, true, true])
    }

    /// A plain scalar is null when it is empty, `~`, `null`, `Null` or `NULL` (found by length
    /// first), and a quoted one never.
    @Test func nullScalarsAreTheFiveWrittenSo() {
        let texts = ["", "~", "null", "Null", "NULL", "nULL", "NUll", "nul", "nulls", "~~", " ~", "none", "Nil", "ñull", "n\u{301}ull", "0"]
        for text in texts {
            let rule = text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
            #expect(YAMLNode(value: .scalar(text), line: 1, column: 1).isNull == rule, "\(text.debugDescription)")
            #expect(!YAMLNode(value: .scalar(text), line: 1, column: 1, isQuoted: true).isNull)
        }
        #expect(texts.filter { YAMLNode(value: .scalar($0), line: 1, column: 1).isNull }.count == 5)
    }

    @Test func noDocumentIsAnEmptyMap() throws {
        let root = try #require(read("# only a comment\n", firstLine: 3).node)
        #expect(root.kindName == "a map")
        #expect((root.line, root.column) == (3, 1))
    }

    @Test func aSecondDocumentIsRefusedWhereItStarts() {
        let (node, diagnostics) = read("a: 1\n---\nb: 2\n")
        #expect(node == nil)
        #expect(diagnostics.map(\.code) == [.yamlSyntax])
        #expect(diagnostics.first?.location.description == "f.md:2:1")
        #expect(diagnostics.first?.message == "invalid YAML: expected a single document in the stream: but found another document")
    }

    @Test func syntaxErrorsKeepLibyamlsContextAndProblem() {
        let (_, diagnostics) = read("title: Staff: Platform\n", firstLine: 2)
        #expect(diagnostics.first?.location.description == "f.md:2:13")  // the second colon
        #expect(diagnostics.first?.message == "invalid YAML: mapping values are not allowed in this context")
        #expect(diagnostics.first?.hint?.contains("must be quoted") == true)
        let (_, unclosed) = read("a: [1, 2\n")
        #expect(unclosed.first?.message == "invalid YAML: while parsing a flow sequence: did not find expected ',' or ']'")
    }

    @Test func aControlCharacterIsReportedOnItsLine() {
        let (_, diagnostics) = read("a: 1\nb: x\u{1}y\n", firstLine: 4)
        #expect(diagnostics.map(\.code) == [.yamlSyntax])
        #expect(diagnostics.first?.location.line == 5)
        #expect(diagnostics.first?.message == "invalid YAML: control characters are not allowed")
    }

    @Test func aDuplicateKeyIsReportedAtItsSecondOccurrence() {
        // The inner map ends first, so its duplicate is the one reported.
        let (_, diagnostics) = read("a: {x: 1, x: 2}\na: 3\n")
        #expect(diagnostics.map(\.code) == [.duplicateKey])
        #expect(diagnostics.first?.location.description == "f.md:1:11")
        #expect(diagnostics.first?.hint == "keep one 'x'; the first is on line 1")
        // Quoting does not make a key another key.
        #expect(read("name: a\n'name': b\n").diagnostics.first?.location.description == "f.md:2:1")
        // Keys that are lists compare by value.
        let lists = read("? [a, b]\n: 1\n? [a, b]\n: 2\n").diagnostics
        #expect(lists.first?.message == "the key a list appears twice in the same map")
        #expect(read("? [a, b]\n: 1\n? [a, c]\n: 2\n").diagnostics.isEmpty)
    }

    @Test func aDuplicateInALongMapIsFoundToo() {
        // Maps of more than 16 keys are checked through a dictionary of their scalar keys.
        let text = (1...20).map { "k\($0): \($0)\n" }.joined() + "k5: again\n"
        let diagnostics = read(text).diagnostics
        #expect(diagnostics.map(\.code) == [.duplicateKey])
        #expect(diagnostics.first?.location.description == "f.md:21:1")
        #expect(diagnostics.first?.hint == "keep one 'k5'; the first is on line 5")
        #expect(read((1...20).map { "k\($0): \($0)\n" }.joined()).diagnostics.isEmpty)
    }

    @Test func keysOfOtherBytesButTheSameCharactersAreTheSameKey() {
        // "café" composed and decomposed: other bytes, one text. The key signatures pass such keys
        // to the comparing of texts.
        let diagnostics = read("caf\u{E9}: 1\ncafe\u{301}: 2\n").diagnostics
        #expect(diagnostics.map(\.code) == [.duplicateKey])
        #expect(diagnostics.first?.location.description == "f.md:2:1")
        #expect(read("caf\u{E9}: 1\ncafe: 2\n").diagnostics.isEmpty)
    }

    @Test func keySignaturesSendToTheComparingWhatTheyCannotTellApart() {
        func signatures(_ keys: [String], collection: Bool = false) -> YAMLKeySignatures {
            var signatures = YAMLKeySignatures()
            for var key in keys { key.withUTF8 { signatures.add(scalar: $0) } }
            if collection { signatures.addCollection() }
            return signatures
        }
        #expect(!signatures(["title", "company", "", "requires", "prefers", "a", "b"]).mustCompare)
        #expect(signatures(["title", "company", "title"]).mustCompare)
        #expect(signatures(["", "x", ""]).mustCompare)
        #expect(signatures(["caf\u{E9}"]).mustCompare)
        #expect(signatures(["a"], collection: true).mustCompare)
        #expect(!signatures((1...16).map { "k\($0)" }).mustCompare)
        #expect(signatures((1...17).map { "k\($0)" }).mustCompare)
        // Equal bytes make equal numbers whatever came before; different ones, different numbers here.
        let names = (0..<2_000).map { "Skill \($0 % 300) \($0 / 300)" }
        for start in stride(from: 0, to: names.count, by: 16) {
            #expect(!signatures(Array(names[start ..< min(start + 16, names.count)])).mustCompare)
        }
    }

    /// Whatever `duplicateKey(in:)` counts as one key, the signatures never let pass: keys of
    /// a tiny alphabet (so that many maps hold a key twice), in ASCII and not, composed and
    /// decomposed, of every length up to the slots and past them.
    @Test func keySignaturesLetPassOnlyMapsWithoutADuplicate() {
        var random = SeededRandom(state: 29)
        let pieces = ["a", "b", "A", " ", "-", "1", "~", "null", "caf\u{E9}", "cafe\u{301}", "\u{212A}", "K", "\u{0}"]
        var passed = 0, duplicated = 0
        for _ in 0 ..< 20_000 {
            let keys = (0 ..< Int(random.next() % 19)).map { _ in
                (0 ..< 1 + Int(random.next() % 2)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            }
            var signatures = YAMLKeySignatures()
            for var key in keys { key.withUTF8 { signatures.add(scalar: $0) } }
            let pairs = keys.enumerated().map { index, key in
                (key: YAMLNode(value: .scalar(key), line: index + 1, column: 1), value: YAMLNode(value: .scalar("v"), line: index + 1, column: 4))
            }
            let duplicate = YAMLEvents.duplicateKey(in: pairs)
            if duplicate != nil { duplicated += 1 }
            if !signatures.mustCompare {
                passed += 1
                #expect(duplicate == nil, "\(keys)")
            }
        }
        // Both kinds of map were met many times.
        #expect(passed > 1_000 && duplicated > 1_000)
    }

    @Test func aSyntaxErrorWinsOverAnEarlierDuplicate() {
        #expect(read("a: 1\na: 2\nb: [\n").diagnostics.map(\.code) == [.yamlSyntax])
    }

    @Test func anchorsAliasesAndTagsAreRefusedByTheEvents() {
        #expect(problem("a: &x 1\nb: *x\n")?.code == .yamlAnchor)
        #expect(problem("a: &x 1\nb: *x\n")?.message == "YAML anchors ('&x') are not supported")
        #expect(problem("a: *x\n")?.message == "YAML aliases ('*x') are not supported")
        #expect(problem("a: !!int 5\n")?.message == "YAML tags ('!!int') are not supported")
        #expect(problem("a: !!int 5\n")?.column == 4)
        // An anchor is reported before a duplicate key, as the parse stops at it.
        #expect(problem("a: &x 1\na: 2\n")?.code == .yamlAnchor)
    }
}
