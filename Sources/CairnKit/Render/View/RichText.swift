/// A line Cairn wrote about the plan that may name file keys as `code` spans
/// ("add `by:` to goals/staff.md"): as written for Markdown pages, and for HTML escaped
/// first, then each pair of backticks made a `<code>` element (nothing else becomes markup).
public struct RichText: Sendable, Equatable, Encodable {
    public var text: String
    public var html: String

    public init(_ text: String) {
        self.text = text
        html = Self.html(text)
    }

    /// `text` HTML-escaped, with backtick pairs as `<code>`; a backtick without a partner stays a backtick.
    static func html(_ text: String) -> String {
        let characters = Array(text)
        var out = ""
        var open = false
        for (index, character) in characters.enumerated() {
            if character == "`" {
                if open {
                    out += "</code>"
                    open = false
                    continue
                }
                if characters[(index + 1)...].contains("`") {
                    out += "<code>"
                    open = true
                    continue
                }
            }
            out += SVG.escape(String(character))
        }
        return out
    }
}
