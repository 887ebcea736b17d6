import Testing
@testable import CommonMark

@Suite struct CommonMarkTests {
    @Test func headingsAndListsKeepTheirSourceLines() {
        let root = CommonMark.parse("\n\n## Actions\n- [ ] one\n- [x] two\n")
        #expect(root.children.count == 2)
        #expect(root.children[0].kind == .heading(level: 2))
        #expect(root.children[0].startLine == 3)
        #expect(root.children[0].plainText == "Actions")
        let items = root.children[1].children
        #expect(items.map(\.startLine) == [4, 5])
        #expect(items.map(\.plainText) == ["[ ] one", "[x] two"])
    }

    @Test func softBreaksBecomeSpaces() {
        let root = CommonMark.parse("a *b*\nc `d`")
        #expect(root.children[0].plainText == "a b c d")
    }

    @Test func htmlIsRenderedInSafeMode() {
        let html = CommonMark.html("<script>alert(1)</script>\n\n[x](javascript:alert(1)) **ok**")
        #expect(!html.contains("<script>"))
        #expect(!html.contains("javascript:"))
        #expect(html.contains("<strong>ok</strong>"))
    }

    @Test func deepInlineNestingIsFlattenedNotOverflowed() {
        let depth = 5_000
        let text = String(repeating: "*a ", count: depth) + "b" + String(repeating: " a*", count: depth)
        let root = CommonMark.parse(text)
        func maxDepth(_ node: MarkdownNode) -> Int { 1 + (node.children.map(maxDepth).max() ?? 0) }
        #expect(maxDepth(root) <= CommonMark.maximumDepth + 2)
        #expect(root.plainText.contains("b"))
    }
}
