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

    /// `text` safe for a table cell: pipes escaped, each run of line breaks one space. A pipe is
    /// escaped even with a combining mark after it (as one `Character` the two are not a pipe,
    /// but a table reads the byte).
    static func escape(_ text: String) -> String { ByteScan.escaped(text, escaped, by: escape) }

    /// `bytes` as `escape(_:)` gives them, handed to `write` a stretch at a time.
    static func escape(_ bytes: UnsafeBufferPointer<UInt8>, into write: (UnsafeBufferPointer<UInt8>) -> Void) {
        var previousWasBreak = false
        ByteScan.split(bytes, at: escaped) { run in
            previousWasBreak = false
            write(run)
        } target: { byte in
            let written: StaticString = byte == UInt8(ascii: "|") ? "\\|" : previousWasBreak ? "" : " "
            previousWasBreak = byte != UInt8(ascii: "|")
            write(UnsafeBufferPointer(start: written.utf8Start, count: written.utf8CodeUnitCount))
        }
    }
}
