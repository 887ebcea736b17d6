import Mustache

/// How `{{value}}` escapes in Markdown templates: a `|` becomes `\|` and a line
/// break a space, so any text can sit in a table cell or a list item without
/// breaking it. `{{{value}}}` inserts text as it is (for Markdown written by the user).
struct MarkdownContentType: MustacheContentType {
    /// The pragma Cairn puts before every Markdown template, partials included
    /// (swift-mustache starts each partial in HTML mode).
    static let pragma = "{{% CONTENT_TYPE: MARKDOWN }}"

    func escapeText(_ text: String) -> String {
        Self.escape(text)
    }

    /// The bytes `escape` replaces.
    static let escaped = ByteScan.Targets("|\n\r")

    /// `text` safe for a table cell: pipes escaped, line breaks as spaces.
    static func escape(_ text: String) -> String {
        // Most text has nothing to escape: kept as it is, not rebuilt a character at a time.
        guard ByteScan.contains(text, anyOf: escaped) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var previousWasBreak = false
        for character in text {
            switch character {
            case "|":
                out += "\\|"
                previousWasBreak = false
            case "\n", "\r", "\r\n":
                if !previousWasBreak { out += " " }
                previousWasBreak = true
            default:
                out.append(character)
                previousWasBreak = false
            }
        }
        return out
    }
}
