internal import CCmark
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Parses and renders CommonMark through libcmark; the only code that calls its C API.
public enum CommonMark {
    /// Nodes nested deeper than this are flattened into one text node, so that
    /// hostile inline nesting cannot exhaust the stack when copying or freeing.
    public static let maximumDepth = 48

    /// Parses `text` and returns the document tree with source positions.
    public static func parse(_ text: String) -> MarkdownNode {
        // A String's bytes are valid UTF-8 already: libcmark is not asked to check them again.
        guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT) else {
            return MarkdownNode(kind: .document)
        }
        defer { cmark_parser_free(parser) }
        var text = text
        text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                cmark_parser_feed(parser, chars.baseAddress, chars.count)
            }
        }
        guard let root = cmark_parser_finish(parser) else {
            return MarkdownNode(kind: .document)
        }
        defer { cmark_node_free(root) }
        return copy(root, depth: 0)
    }

    /// Renders Markdown to HTML in libcmark's safe mode: raw HTML and
    /// `javascript:`, `vbscript:`, `file:` and most `data:` links are dropped.
    public static func html(_ markdown: String) -> String {
        var markdown = markdown
        let rendered = markdown.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                cmark_markdown_to_html(chars.baseAddress, chars.count, CMARK_OPT_DEFAULT)
            }
        }
        guard let rendered else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }

    private static func copy(_ node: OpaquePointer, depth: Int) -> MarkdownNode {
        var result = MarkdownNode(
            kind: kind(of: node),
            literal: string(cmark_node_get_literal(node)),
            url: string(cmark_node_get_url(node)),
            startLine: Int(cmark_node_get_start_line(node)),
            startColumn: Int(cmark_node_get_start_column(node)),
            endLine: Int(cmark_node_get_end_line(node)),
            endColumn: Int(cmark_node_get_end_column(node))
        )
        if depth >= maximumDepth {
            if !result.isBlock || cmark_node_first_child(node) != nil {
                let text = flattenedText(node)
                result.children = text.isEmpty ? [] : [MarkdownNode(kind: .text, literal: text,
                    startLine: result.startLine, startColumn: result.startColumn,
                    endLine: result.endLine, endColumn: result.endColumn)]
            }
            return result
        }
        // Counted first, so the children are stored once, not regrown as they come.
        var count = 0
        var child = cmark_node_first_child(node)
        while let current = child {
            count += 1
            child = cmark_node_next(current)
        }
        guard count > 0 else { return result }
        result.children.reserveCapacity(count)
        child = cmark_node_first_child(node)
        while let current = child {
            result.children.append(copy(current, depth: depth + 1))
            child = cmark_node_next(current)
        }
        return result
    }

    /// The literal text below `node`, walked with libcmark's iterator (no recursion).
    private static func flattenedText(_ node: OpaquePointer) -> String {
        guard let iterator = cmark_iter_new(node) else { return "" }
        defer { cmark_iter_free(iterator) }
        var out = ""
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let current = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(current) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE: out += string(cmark_node_get_literal(current))
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: out += " "
            default: break
            }
        }
        return out
    }

    private static func kind(of node: OpaquePointer) -> MarkdownNode.Kind {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_DOCUMENT: return .document
        case CMARK_NODE_BLOCK_QUOTE: return .blockQuote
        case CMARK_NODE_LIST: return .list(ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST)
        case CMARK_NODE_ITEM: return .item
        case CMARK_NODE_CODE_BLOCK: return .codeBlock
        case CMARK_NODE_HTML_BLOCK: return .htmlBlock
        case CMARK_NODE_CUSTOM_BLOCK: return .customBlock
        case CMARK_NODE_PARAGRAPH: return .paragraph
        case CMARK_NODE_HEADING: return .heading(level: Int(cmark_node_get_heading_level(node)))
        case CMARK_NODE_THEMATIC_BREAK: return .thematicBreak
        case CMARK_NODE_SOFTBREAK: return .softBreak
        case CMARK_NODE_LINEBREAK: return .lineBreak
        case CMARK_NODE_CODE: return .code
        case CMARK_NODE_HTML_INLINE: return .htmlInline
        case CMARK_NODE_CUSTOM_INLINE: return .customInline
        case CMARK_NODE_EMPH: return .emphasis
        case CMARK_NODE_STRONG: return .strong
        case CMARK_NODE_LINK: return .link
        case CMARK_NODE_IMAGE: return .image
        default: return .text
        }
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }
}
