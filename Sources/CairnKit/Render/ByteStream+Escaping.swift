/// Texts of a page written escaped as its content type escapes `{{value}}`.
extension ByteStream {
    /// Appends a text as Cairn's Markdown content type escapes `{{value}}` (`MarkdownContentType`).
    func append(markdown text: String) {
        append(text, escaping: MarkdownContentType.escaped, with: MarkdownContentType.escape)
    }

    /// Appends a text as swift-mustache's HTML content type escapes `{{value}}` (`SVG.escape`
    /// escapes the same five characters with the same entities).
    func append(html text: String) {
        append(text, escaping: SVG.escaped, with: SVG.escape)
    }

    /// Appends `text` as `escape` gives it: its bytes as they are when it holds none of `targets`
    /// (the bytes `escape` replaces), which most texts do, else `escape`'s string.
    private func append(_ text: String, escaping targets: ByteScan.Targets, with escape: (String) -> String) {
        var text = text
        let clean = text.withUTF8 { bytes in
            if ByteScan.contains(bytes, anyOf: targets) { return false }
            append(bytes)
            return true
        }
        if !clean { append(text: escape(text)) }
    }
}
