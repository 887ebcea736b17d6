import CommonMark

/// Markdown the person wrote, carried into a report: as written for Markdown pages,
/// through libcmark's safe renderer (raw HTML and dangerous links dropped) for HTML.
public struct MarkdownText: Sendable, Equatable, Encodable {
    public var markdown: String
    public var html: String

    /// `markdown` with its headings moved down so the highest is at `headingLevel`
    /// (the text is quoted below a report heading of the level above).
    public init(_ markdown: String, headingLevel: Int = 4) {
        let demoted = Self.demote(markdown, to: headingLevel)
        self.markdown = demoted.hasSuffix("\n") ? demoted : demoted + "\n"
        self.html = CommonMark.html(demoted)
    }

    /// Moves every ATX heading (`## Title`) outside fenced code down by one amount, so
    /// that the highest heading is at `level` (at most 6); other lines are left as written.
    static func demote(_ markdown: String, to level: Int) -> String {
        var lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var fence: Character?
        var headings: [(index: Int, level: Int)] = []
        for (index, line) in lines.enumerated() {
            let trimmed = line.drop { $0 == " " }
            guard line.count - trimmed.count <= 3 else { continue }
            if let marker = trimmed.first, marker == "`" || marker == "~", trimmed.prefix(3).allSatisfy({ $0 == marker }) {
                if fence == nil { fence = marker } else if fence == marker { fence = nil }
                continue
            }
            guard fence == nil else { continue }
            let hashes = trimmed.prefix { $0 == "#" }.count
            let after = trimmed.dropFirst(hashes)
            if (1...6).contains(hashes) && (after.isEmpty || after.first == " " || after.first == "\t") {
                headings.append((index, hashes))
            }
        }
        guard let highest = headings.map(\.level).min(), highest < level else { return markdown }
        let shift = level - highest
        for heading in headings {
            let trimmed = lines[heading.index].drop { $0 == " " }.dropFirst(heading.level)
            lines[heading.index] = String(repeating: "#", count: min(6, heading.level + shift)) + trimmed
        }
        return lines.joined(separator: "\n")
    }
}

/// A headed section of the person's own words (a profile section, a role's behaviours).
public struct QuotedSection: Sendable, Equatable, Encodable {
    public var title: String
    public var body: MarkdownText
}
