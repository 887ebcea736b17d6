import Testing
@testable import CairnKit

/// The `---` lines around front-matter.
@Suite struct FrontMatterTests {
    @Test(arguments: [("---", false, true), ("  ---\t", false, true), ("...", false, false), ("...", true, true),
                      ("----", true, false), ("- - -", true, false), ("--", true, false), ("---x", true, false),
                      ("-.-", true, false), ("", true, false)])
    func fences(line: String, dots: Bool, isFence: Bool) {
        #expect(FrontMatter.isFence(Substring(line), dots: dots) == isFence)
    }

    @Test func theYAMLAndTheBodyKeepTheFilesLineNumbers() throws {
        var diagnostics = Diagnostics()
        let file = SourceFile(path: "goals/a.md", text: " --- \ntarget: x\n...\n# Body\n")
        let split = try #require(FrontMatter.split(file, required: true, diagnostics: &diagnostics))
        #expect(split.yaml == "target: x" && split.yamlFirstLine == 2 && split.body == "\n\n\n# Body\n")
    }

    /// The body is the front-matter's lines as line breaks and then the rest as it is, whether
    /// the closing fence is the last line or not.
    @Test(arguments: [("---\na: 1\n---", "\n\n"), ("---\na: 1\n---\n", "\n\n\n"), ("---\n---\nb", "\n\nb"),
                      ("---\na: é\n---\n👩‍💻 b\n\u{301}c", "\n\n\n👩‍💻 b\n\u{301}c")])
    func theBodyFollowsTheFencesLineBreaks(text: String, body: String) throws {
        var diagnostics = Diagnostics()
        let split = try #require(FrontMatter.split(SourceFile(path: "a.md", text: text), required: true, diagnostics: &diagnostics))
        #expect(split.body == body)
    }

    @Test(arguments: [("jobs/acme.md", "acme"), ("acme.md", "acme"), ("a/b/notes.txt", "notes.txt"), ("a/.md", ""),
                      ("a/é.md", "é"), ("a/md", "md"), ("", "")])
    func aDocumentsStemIsItsNameWithoutMd(path: String, stem: String) {
        #expect(Document.stem(of: path) == stem)
    }

    /// The split on bytes against the rule on lines it replaced, word for word, on 3,000 files
    /// made of fences, near-fences, YAML and text lines, with and without a last line break.
    @Test func splitsAsTheLineRuleDid() {
        var random = SeededRandom(state: 606)
        let lines = ["---", "...", " --- ", "---\t", "----", "-- -", "a: 1", "b: é", "", " ", "# Body", "👩‍💻 text", "\u{301}x"]
        for _ in 0..<3_000 {
            var text = (0..<Int.random(in: 1...7, using: &random)).map { _ in lines.randomElement(using: &random)! }.joined(separator: "\n")
            if Bool.random(using: &random) { text += "\n" }
            let file = SourceFile(path: "f.md", text: text)
            for required in [true, false] {
                var new = Diagnostics(), old = Diagnostics()
                let split = FrontMatter.split(file, required: required, diagnostics: &new)
                let expected = Self.lineRule(file, required: required, diagnostics: &old)
                #expect(split?.yaml == expected?.yaml && split?.body == expected?.body && split?.yamlFirstLine == expected?.yamlFirstLine,
                        "\(text.debugDescription)")
                #expect(new.items.map(\.code) == old.items.map(\.code), "\(text.debugDescription)")
            }
        }
    }

    /// `FrontMatter.split` before it read bytes, word for word.
    static func lineRule(_ file: SourceFile, required: Bool, diagnostics: inout Diagnostics) -> SplitDocument? {
        if file.text.allSatisfy(\.isWhitespace) {
            diagnostics.report(.emptyFile, "the file is empty", in: file, line: 1)
            return nil
        }
        guard FrontMatter.isFence(file.line(1), dots: false) else {
            if required {
                diagnostics.report(.missingFrontMatter, "the file has no front-matter", in: file, line: 1)
                return nil
            }
            return SplitDocument(yaml: nil, yamlFirstLine: 1, body: file.text)
        }
        guard file.lineCount >= 2, let closing = (2...file.lineCount).first(where: { FrontMatter.isFence(file.line($0), dots: true) }) else {
            diagnostics.report(.unterminatedFrontMatter, "the front-matter opened on line 1 is never closed", in: file, line: 1)
            return nil
        }
        let yaml = closing > 2 ? String(file.text[file.line(2).startIndex..<file.line(closing - 1).endIndex]) : ""
        let body = closing < file.lineCount
            ? String(repeating: "\n", count: closing) + file.text[file.line(closing + 1).startIndex...]
            : String(repeating: "\n", count: closing - 1)
        return SplitDocument(yaml: yaml[...], yamlFirstLine: 2, body: body)
    }
}
