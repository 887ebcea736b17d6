import Testing
@testable import CairnKit

/// The lexical guard, which names what Cairn refuses in YAML that libyaml could not parse.
@Suite struct YAMLGuardTests {
    @Test func findsAnchorsAliasesAndTagsAtNodeStarts() {
        #expect(YAMLGuard.scan("a: &x 1\nb: *x")?.code == .yamlAnchor)
        #expect(YAMLGuard.scan("a: &x 1")?.column == 4)
        #expect(YAMLGuard.scan("a:\n  - *x")?.line == 2)
        #expect(YAMLGuard.scan("a: [1, *x]")?.code == .yamlAnchor)
        #expect(YAMLGuard.scan("? *x\n: 1")?.code == .yamlAnchor)
        #expect(YAMLGuard.scan("a: !!int 5")?.code == .yamlTag)
        #expect(YAMLGuard.scan("- !custom x")?.code == .yamlTag)
    }

    @Test func countsColumnsInCharactersAfterTextThatIsNotASCII() {
        // "é" is two bytes and "👩‍💻" eleven; the column counts each as one character.
        let finding = YAMLGuard.scan("name: café\n\"👩‍💻\": [é, *x]")
        #expect(finding?.code == .yamlAnchor)
        #expect(finding?.line == 2)
        #expect(finding?.column == 10)  // " 👩‍💻 " : space [ é , space *: the tenth character
        #expect(finding?.message == "YAML aliases ('*x') are not supported")
        #expect(YAMLGuard.scan("\"ünïcödé: *x\"") == nil)
    }

    @Test func leavesTextThatOnlyLooksLikeThem() {
        #expect(YAMLGuard.scan("a: \"&x *y !z\"") == nil)
        #expect(YAMLGuard.scan("a: 'it''s *fine*'") == nil)
        #expect(YAMLGuard.scan("note: a *b and &c!") == nil)
        #expect(YAMLGuard.scan("note: |\n  *literal\n  &text\nb: 1") == nil)
        #expect(YAMLGuard.scan("a: 1 # *comment") == nil)
        #expect(YAMLGuard.scan("url: https://x.example/#!/a") == nil)
    }

    @Test func refusesDeepNesting() {
        #expect(YAMLGuard.scan("a: " + String(repeating: "[", count: 40))?.code == .yamlTooDeep)
        #expect(YAMLGuard.scan(String(repeating: "- ", count: 40) + "x")?.code == .yamlTooDeep)
        #expect(YAMLGuard.scan("a: [[1, 2], {b: [3]}]") == nil)
    }

    /// Through the reader: an alias libyaml stops at with a syntax error is named as an alias.
    @Test func namesWhatTheParserCouldNotParse() {
        var diagnostics = Diagnostics()
        let text = "a: {*x : 1}\n"
        _ = YAMLReader.read(text, firstLine: 1, in: SourceFile(path: "f.yml", text: text), diagnostics: &diagnostics)
        #expect(diagnostics.items.map(\.code) == [.yamlAnchor])
        #expect(diagnostics.items.first?.message == "YAML aliases ('*x') are not supported")
    }
}
