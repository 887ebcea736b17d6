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

    /// A paragraph's text: emphasis, strong, links and images by their text, code spans and
    /// inline HTML as written, entities decoded, soft and hard breaks as one space each.
    @Test func inlinesAreKeptAsTheirText() {
        let root = CommonMark.parse("*a* **b** [c](http://x) ![d](y.png) `e` <span>f</span> &amp;  \ng\\\nh\n")
        #expect(root.children.count == 1 && root.children[0].kind == .paragraph && root.children[0].children.isEmpty)
        #expect(root.children[0].text == "a b c d e <span>f</span> & g h")
        #expect(root.plainText == root.children[0].text)
    }

    /// A block's text is its blocks' texts one after the other: an item's paragraphs and nested
    /// list, a quote's paragraph; a code block and an HTML block add nothing.
    @Test func blocksJoinTheirBlocksTexts() {
        let root = CommonMark.parse("- one\n\n  two\n\n      code\n  - three\n\n> four *five*\n\n<div>six</div>\n")
        #expect(root.children.map(\.kind) == [.list(ordered: false), .blockQuote, .htmlBlock])
        let item = root.children[0].children[0]
        #expect(item.children.map(\.kind) == [.paragraph, .paragraph, .codeBlock, .list(ordered: false)])
        #expect(item.plainText == "onetwothree" && item.children[2].plainText.isEmpty)
        #expect(root.children[1].plainText == "four five" && root.children[2].plainText.isEmpty)
        #expect(root.plainText == "onetwothreefour five")
    }

    /// Quotes nested deeper than `maximumDepth` are not copied as blocks: the deepest copied one
    /// holds the text below it.
    @Test func deepBlockNestingIsFlattenedIntoText() {
        let root = CommonMark.parse(String(repeating: ">", count: 200) + " deep *text*\n")
        func depth(_ node: MarkdownNode) -> Int { 1 + (node.children.map(depth).max() ?? 0) }
        #expect(depth(root) == CommonMark.maximumDepth + 1)
        #expect(root.plainText == "deep text")
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
