/// One block of a parsed CommonMark document, copied out of libcmark's tree: its kind, where
/// it stands, the blocks in it, and for a paragraph or heading the text of its inlines.
///
/// Lines and columns are 1-based and those of the text that was parsed.
public struct MarkdownNode: Sendable, Equatable {
    /// What kind of block this is.
    public enum Kind: Sendable, Equatable {
        case document, blockQuote, list(ordered: Bool), item, codeBlock, htmlBlock
        case paragraph, heading(level: Int), thematicBreak, customBlock
    }

    public var kind: Kind
    /// A paragraph's or heading's text with markup removed (text, code spans and inline HTML as
    /// written, breaks as single spaces); for a block nested deeper than
    /// `CommonMark.maximumDepth`, the text below it, which is then not copied as blocks. Empty
    /// otherwise (a code block's content is not kept).
    public var text: String
    public var startLine: Int
    public var startColumn: Int
    public var endLine: Int
    public var endColumn: Int
    /// The blocks in it.
    public var children: [MarkdownNode]

    public init(kind: Kind, text: String = "", startLine: Int = 0, startColumn: Int = 0, endLine: Int = 0, endColumn: Int = 0,
                children: [MarkdownNode] = []) {
        self.kind = kind
        self.text = text
        self.startLine = startLine
        self.startColumn = startColumn
        self.endLine = endLine
        self.endColumn = endColumn
        self.children = children
    }

    /// The node's text with markup removed; breaks become single spaces. A block's is its
    /// blocks' texts one after the other.
    public var plainText: String {
        if children.isEmpty { return text }
        var out = ""
        appendPlainText(to: &out)
        return out
    }

    private func appendPlainText(to out: inout String) {
        if children.isEmpty { out += text }
        for child in children { child.appendPlainText(to: &out) }
    }
}
