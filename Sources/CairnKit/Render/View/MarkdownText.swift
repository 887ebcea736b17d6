import CommonMark

/// Markdown the person wrote, carried into a report: as written for Markdown pages,
/// through libcmark's safe renderer (raw HTML and dangerous links dropped) for HTML.
public struct MarkdownText: Sendable, Equatable {
    public var markdown: String
    public var html: String

    public init(_ markdown: String) {
        self.markdown = markdown.hasSuffix("\n") ? markdown : markdown + "\n"
        self.html = CommonMark.html(markdown)
    }
}

/// A headed section of the person's own words (a profile section, a role's behaviours).
public struct QuotedSection: Sendable, Equatable {
    public var title: String
    public var body: MarkdownText
}
