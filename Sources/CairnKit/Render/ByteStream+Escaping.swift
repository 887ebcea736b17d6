/// Texts of a page written escaped as its content type escapes `{{value}}`.
extension ByteStream {
    /// Appends a text as Cairn's Markdown content type escapes `{{value}}` (`MarkdownContentType`).
    func append(markdown text: String) {
        append(text, escaping: MarkdownContentType.escaped, with: MarkdownContentType.escape)
    }

    /// Appends a text as Cairn's HTML content type escapes `{{value}}` (`SVG.escape`).
    func append(html text: String) {
        append(text, escaping: SVG.escaped, with: SVG.escape)
    }

    /// Appends `text` as `escape` writes it: its bytes as they are when it holds none of `targets`
    /// (the bytes `escape` replaces), which most texts do, else `escape`'s stretches, straight
    /// from the text's bytes.
    private func append(_ text: String, escaping targets: ByteScan.Targets,
                        with escape: (UnsafeBufferPointer<UInt8>, (UnsafeBufferPointer<UInt8>) -> Void) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            if ByteScan.contains(bytes, anyOf: targets) {
                escape(bytes) { append($0) }
            } else {
                append(bytes)
            }
        }
    }
}
