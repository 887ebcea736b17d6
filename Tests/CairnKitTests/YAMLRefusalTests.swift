import Testing
@testable import CairnKit

/// What Cairn's YAML subset leaves out (anchors, aliases, tags) and nesting too deep for it,
/// refused by the event reader as the parse meets them.
@Suite struct YAMLRefusalTests {
    /// The first diagnostic of reading `text` as YAML starting on line 1.
    private func refusal(_ text: String) -> Diagnostic? {
        var diagnostics = Diagnostics()
        _ = YAMLReader.read(text, firstLine: 1, in: SourceFile(path: "f.yml", text: text), diagnostics: &diagnostics)
        return diagnostics.items.first
    }

    @Test func findsAnchorsAliasesAndTagsAtNodeStarts() {
        #expect(refusal("a: &x 1\nb: *x")?.code == .yamlAnchor)
        #expect(refusal("a: &x 1")?.location.column == 4)
        #expect(refusal("a: &x 1")?.message == "YAML anchors ('&x') are not supported")
        #expect(refusal("a: &x 1")?.hint == "write the value out in full; if '&' belongs to the text, put the value in quotes")
        #expect(refusal("a:\n  - *x")?.location.line == 2)
        #expect(refusal("a: [1, *x]")?.code == .yamlAnchor)
        #expect(refusal("? *x\n: 1")?.code == .yamlAnchor)
        #expect(refusal("a: !!int 5")?.code == .yamlTag)
        #expect(refusal("a: !!int 5")?.message == "YAML tags ('!!int') are not supported")
        #expect(refusal("- !custom x")?.message == "YAML tags ('!custom') are not supported")
        #expect(refusal("a: !!str 5")?.code == .yamlTag, "even a tag naming the node's own kind")
        #expect(refusal("a: ! 5") == nil, "the non-specific tag changes nothing")
        // Anchor and tag on one node: the one written first.
        #expect(refusal("a: &x !!str 5")?.code == .yamlAnchor)
        #expect(refusal("a: !!str &x 5")?.code == .yamlTag)
    }

    @Test func countsColumnsInCharactersAfterTextThatIsNotASCII() {
        // "é" is two bytes and "👩‍💻" eleven (three scalars); the column counts each as one character.
        let finding = refusal("name: café\n\"👩‍💻\": [é, *x]")
        #expect(finding?.code == .yamlAnchor)
        #expect(finding?.location.line == 2)
        #expect(finding?.location.column == 10)  // " 👩‍💻 " : space [ é , space *: the tenth character
        #expect(finding?.message == "YAML aliases ('*x') are not supported")
        #expect(refusal("\"ünïcödé: *x\"") == nil)
    }

    @Test func leavesTextThatOnlyLooksLikeThem() {
        #expect(refusal("a: \"&x *y !z\"") == nil)
        #expect(refusal("a: 'it''s *fine*'") == nil)
        #expect(refusal("note: a *b and &c!") == nil)
        #expect(refusal("note: |\n  *literal\n  &text\nb: 1") == nil)
        #expect(refusal("a: 1 # *comment") == nil)
        #expect(refusal("url: https://x.example/#!/a") == nil)
    }

    /// Refused at the collection that nests one level too deep: the root is one level.
    @Test func refusesDeepNesting() {
        let flow = refusal("a: " + String(repeating: "[", count: 40))
        #expect(flow?.code == .yamlTooDeep && flow?.location.column == 35, "the 32nd '[' under the root map")
        #expect(flow?.message == "the YAML is nested more than 32 levels deep")
        let block = refusal(String(repeating: "- ", count: 40) + "x")
        #expect(block?.code == .yamlTooDeep && block?.location.column == 65, "the 33rd '-'")
        #expect(refusal(String(repeating: "- ", count: 31) + "[x]") == nil)
        #expect(refusal(String(repeating: "- ", count: 32) + "[x]")?.code == .yamlTooDeep)
        #expect(refusal("a: [[1, 2], {b: [3]}]") == nil)
    }

    /// An anchor or tag is reported where the parse meets it: before a syntax error or a
    /// duplicate key further on.
    @Test func theFirstRefusalStopsTheParse() {
        #expect(refusal("a: &x 1\nb: [\n")?.code == .yamlAnchor)
        #expect(refusal("a: &x 1\na: 2\n")?.code == .yamlAnchor)
        #expect(refusal("a: 1\na: 2\nb: &x 3\n")?.code == .yamlAnchor)
    }
}
