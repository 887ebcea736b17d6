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

    /// Parses `text` and returns the document's blocks with source positions, and the text of
    /// each paragraph and heading.
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

    /// The block `node` with its blocks below it. A paragraph's or heading's inlines are kept as
    /// their text only (`MarkdownNode.text`): nothing reads more of them, and a node copied for
    /// each word, emphasis and break was most of the reading of a long log.
    private static func copy(_ node: OpaquePointer, depth: Int) -> MarkdownNode {
        var result = MarkdownNode(
            kind: kind(of: node),
            startLine: Int(cmark_node_get_start_line(node)),
            startColumn: Int(cmark_node_get_start_column(node)),
            endLine: Int(cmark_node_get_end_line(node)),
            endColumn: Int(cmark_node_get_end_column(node))
        )
        guard let first = cmark_node_first_child(node) else { return result }
        if cmark_node_get_type(first).rawValue > CMARK_NODE_LAST_BLOCK.rawValue || depth >= maximumDepth {
            // Inlines, or blocks nested too deep to copy: their text, flattened.
            result.text = text(below: node)
            return result
        }
        // Counted first, so the children are stored once, not regrown as they come.
        var count = 0
        var child: OpaquePointer? = first
        while let current = child {
            count += 1
            child = cmark_node_next(current)
        }
        result.children.reserveCapacity(count)
        child = first
        while let current = child {
            result.children.append(copy(current, depth: depth + 1))
            child = cmark_node_next(current)
        }
        return result
    }

    /// The text of the inlines below `node`, markup removed and breaks as single spaces, walked
    /// with libcmark's iterator (no recursion, however deep the nesting).
    private static func text(below node: OpaquePointer) -> String {
        // Most paragraphs and headings are one text node.
        if let only = cmark_node_first_child(node), cmark_node_next(only) == nil, cmark_node_get_type(only) == CMARK_NODE_TEXT {
            return string(cmark_node_get_literal(only))
        }
        guard let iterator = cmark_iter_new(node) else { return "" }
        defer { cmark_iter_free(iterator) }
        var bytes: [UInt8] = []
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let current = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(current) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE:
                if let literal = cmark_node_get_literal(current) {
                    bytes.append(contentsOf: UnsafeRawBufferPointer(start: literal, count: strlen(literal)))
                }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: bytes.append(UInt8(ascii: " "))
            default: break
            }
        }
        return String(decoding: bytes, as: UTF8.self)
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
        default: return .customBlock
        }
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }
}
