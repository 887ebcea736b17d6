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
}
