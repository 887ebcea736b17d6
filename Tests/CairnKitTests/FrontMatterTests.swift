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
}
