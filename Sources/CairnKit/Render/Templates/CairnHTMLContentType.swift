import Mustache

/// How `{{value}}` escapes in HTML templates: the characters swift-mustache's own HTML escaping
/// replaces (`<`, `>`, `&`, `"`, `'`), by the same rule, through `SVG.escape`, which gives text
/// with nothing to escape back as it is instead of rebuilding it a character at a time (most
/// values of a page are such texts).
struct CairnHTMLContentType: MustacheContentType {
    /// The pragma Cairn puts before every HTML template, partials included (swift-mustache starts
    /// each partial with its own HTML escaping). On a line of its own, which the parser drops as a
    /// standalone tag: the template's first line stays the first line rendered.
    static let pragma = "{{% CONTENT_TYPE: CAIRN_HTML }}\n"

    func escapeText(_ text: String) -> String {
        SVG.escape(text)
    }
}
