import Testing
@testable import CairnKit

/// The pass that refuses Markdown nested deeper than 32 containers before libcmark reads it.
@Suite struct MarkdownGuardTests {
    private let deepQuote = String(repeating: "> ", count: 33) + "deep"

    @Test func nestingPastTheLimitIsFoundAtItsMarker() {
        #expect(MarkdownGuard.tooDeep("intro\n\n" + deepQuote + "\n")?.line == 3)
        #expect(MarkdownGuard.tooDeep("intro\n\n" + deepQuote + "\n")?.column == 65)
        #expect(MarkdownGuard.tooDeep(String(repeating: "> ", count: 32) + "fine\n") == nil)
        // A line of markers alone is not blank.
        #expect(MarkdownGuard.tooDeep("a\n" + String(repeating: ">", count: 33) + "\n")?.line == 2)
        // Blank lines of spaces and tabs are skipped.
        #expect(MarkdownGuard.tooDeep(" \t \n\t\n" + deepQuote)?.line == 3)
    }

    @Test func codeFencesHideWhatTheyHold() {
        #expect(MarkdownGuard.tooDeep("```\n" + deepQuote + "\n```\n") == nil)
        #expect(MarkdownGuard.tooDeep("~~~swift\n" + deepQuote + "\n~~~\n") == nil)
        // A fence is closed by three of its own byte only.
        #expect(MarkdownGuard.tooDeep("~~~\n```\n" + deepQuote + "\n~~~\n") == nil)
        #expect(MarkdownGuard.tooDeep("```\nx\n```\n" + deepQuote)?.line == 4)
        #expect(MarkdownGuard.tooDeep("~~~\n~~~\n" + deepQuote)?.line == 3)
        // Two backticks or a mixed three open nothing.
        #expect(MarkdownGuard.tooDeep("``\n" + deepQuote)?.line == 2)
        #expect(MarkdownGuard.tooDeep("`~`\n" + deepQuote)?.line == 2)
        // A fence inside a quote or indented still opens and closes one.
        #expect(MarkdownGuard.tooDeep("> ```\n" + deepQuote + "\n  ```\n") == nil)
        #expect(MarkdownGuard.tooDeep("> ```\nx\n  ```\n" + deepQuote)?.line == 4)
    }
}
