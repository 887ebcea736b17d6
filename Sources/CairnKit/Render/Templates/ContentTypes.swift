import Mustache

/// Cairn's content types (`MARKDOWN`, `CAIRN_HTML`), made known to swift-mustache's template
/// parser once per process, before any template is parsed.
enum ContentTypes {
    private static let registration: Void = {
        MustacheContentTypes.register(MarkdownContentType(), named: "MARKDOWN")
        MustacheContentTypes.register(CairnHTMLContentType(), named: "CAIRN_HTML")
    }()

    static func register() { _ = registration }
}
