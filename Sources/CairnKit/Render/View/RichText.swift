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

    /// `text` HTML-escaped, with backtick pairs as `<code>`; a backtick without a partner stays a
    /// backtick. The backticks pair in order, so only the last of an odd number has none. Cut at
    /// the backticks (characters, as the escaping counts them) and each piece escaped whole: a
    /// string made and escaped for every character cost 70,000 instructions a line.
    static func html(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "`")) else { return SVG.escape(text) }
        var pieces = text.split(separator: "`", omittingEmptySubsequences: false).map(String.init)
        if pieces.count % 2 == 0 {
            let last = pieces.removeLast()
            pieces[pieces.count - 1] += "`" + last
        }
        var out = ""
        for (index, piece) in pieces.enumerated() {
            out += index % 2 == 1 ? "<code>" + SVG.escape(piece) + "</code>" : SVG.escape(piece)
        }
        return out
    }
}
