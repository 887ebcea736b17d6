/// One node of a parsed CommonMark document, copied out of libcmark's tree.
///
/// Lines and columns are 1-based and those of the text that was parsed.
/// libcmark's inline positions are imprecise; anchor diagnostics on blocks.
public struct MarkdownNode: Sendable, Equatable {
    /// What kind of node this is.
    public enum Kind: Sendable, Equatable {
        case document, blockQuote, list(ordered: Bool), item, codeBlock, htmlBlock
        case paragraph, heading(level: Int), thematicBreak, customBlock
        case text, softBreak, lineBreak, code, htmlInline, customInline
        case emphasis, strong, link, image
    }

    public var kind: Kind
    /// Literal content of text, code, code blocks and HTML nodes; empty otherwise.
    public var literal: String
    /// Destination of links and images; empty otherwise.
    public var url: String
    public var startLine: Int
    public var startColumn: Int
    public var endLine: Int
    public var endColumn: Int
    public var children: [MarkdownNode]

    public init(
        kind: Kind, literal: String = "", url: String = "",
        startLine: Int = 0, startColumn: Int = 0, endLine: Int = 0, endColumn: Int = 0,
        children: [MarkdownNode] = []
    ) {
        self.kind = kind
        self.literal = literal
        self.url = url
        self.startLine = startLine
        self.startColumn = startColumn
        self.endLine = endLine
        self.endColumn = endColumn
        self.children = children
    }

    /// The node's text with markup removed; breaks become single spaces.
    public var plainText: String {
        var out = ""
        appendPlainText(to: &out)
        return out
    }

    private func appendPlainText(to out: inout String) {
        switch kind {
        case .text, .code, .htmlInline: out += literal
        case .softBreak, .lineBreak: out += " "
        default: for child in children { child.appendPlainText(to: &out) }
        }
    }

    /// True for block-level nodes.
    public var isBlock: Bool {
        switch kind {
        case .document, .blockQuote, .list, .item, .codeBlock, .htmlBlock,
             .paragraph, .heading, .thematicBreak, .customBlock:
            return true
        default:
            return false
        }
    }
}
