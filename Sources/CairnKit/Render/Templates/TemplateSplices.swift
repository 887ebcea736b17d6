import Foundation
import Mustache

/// The long texts of a template context (a market page's chart of every posting is megabytes of
/// SVG), each put in the context as a short marker and spliced back into the rendered page as a
/// piece of its own: swift-mustache builds every section, block and page as a string of its own
/// and copies each into the next, so a long text inside a page would be held three or four times.
///
/// A marker holds `<`, `>` and `|`, which the HTML and Markdown content types escape, so one found
/// as it is was written unescaped (or by the TEXT content type, which escapes nothing), and one
/// found as the HTML or the Markdown content type escapes it (`&lt;|cairn:…|&gt;`,
/// `<\|cairn:…\|>`) was written escaped: its text goes in escaped the same way. Anything else that
/// shows the marker's nonce (a transformed marker) means the page must be rendered again without
/// markers: `split` and `inlined` then give nil.
final class TemplateSplices: @unchecked Sendable {
    /// Texts at least this long (in bytes) are spliced.
    let threshold: Int
    private let nonce: String
    private var texts: [String] = []
    private let lock = NSLock()

    init(threshold: Int = 1 << 16) {
        self.threshold = threshold
        nonce = String(UInt64.random(in: .min ... .max), radix: 16) + String(UInt64.random(in: .min ... .max), radix: 16)
    }

    var isEmpty: Bool { lock.withLock { texts.isEmpty } }

    /// What the context holds for `text`: `text` itself, or a marker for it when it is long.
    func entry(for text: String) -> Any {
        guard text.utf8.count >= threshold else { return text }
        return lock.withLock {
            texts.append(text)
            return SplicedText(text: text, marker: "<|cairn:\(nonce):\(texts.count - 1)|>")
        }
    }

    /// `page` with every marker replaced by its text.
    func inlined(_ page: String) -> String? {
        guard let pieces = pieces(of: page[...]) else { return nil }
        if pieces.count == 1 { return page }
        // Sized once: joining by appending would grow the page by doubling, each time holding it twice.
        var joined = ""
        joined.reserveCapacity(pieces.reduce(0) { $0 + $1.utf8.count })
        for piece in pieces { joined += piece }
        return joined
    }

    /// `page` with its markers split out as pieces of their own, or nil when it must be rendered
    /// again: a marker it cannot place, or one with only line breaks after it (an HTML page's final
    /// line breaks are trimmed, and they would have been the long text's own).
    func split(_ page: ReportText) -> ReportText? {
        var out: [Substring] = []
        var lastSpliced: Int?
        for piece in page.pieces {
            guard case .text(let text) = piece, let pieces = pieces(of: text) else { return nil }
            // Stretches of the page and long texts alternate: the long texts stand at odd places.
            if pieces.count > 1 { lastSpliced = out.count + pieces.count - 2 }
            out += pieces
        }
        guard let lastSpliced else { return page }
        if out[(lastSpliced + 1)...].allSatisfy({ $0.utf8.allSatisfy { $0 == 10 } }) { return nil }
        return ReportText(joining: out)
    }

    /// The stretches of `text` between markers, each marker's text between them.
    private func pieces(of text: Substring) -> [Substring]? {
        var out: [Substring] = []
        var rest = text
        while let found = rest.firstOccurrence(of: nonce) {
            let before = rest[..<found.lowerBound], after = rest[found.upperBound...]
            guard let form = Self.forms.first(where: { before.hasSuffix($0.head) }), after.hasPrefix(":"),
                  let end = after.firstOccurrence(of: form.tail),
                  let number = Int(after[after.utf8.index(after: after.startIndex)..<end.lowerBound]),
                  let spliced = lock.withLock({ number < texts.count ? texts[number] : nil }) else { return nil }
            out.append(rest[..<rest.utf8.index(found.lowerBound, offsetBy: -form.head.utf8.count)])
            out.append(form.escape(spliced)[...])
            rest = rest[end.upperBound...]
        }
        out.append(rest)
        return out
    }

    /// How a marker can stand in a page, and what its text becomes there: as written by
    /// `{{{name}}}`; escaped for HTML by `{{name}}` (`SVG.escape` escapes as swift-mustache's HTML
    /// content type does, which TemplateSplicesTests checks); escaped for a Markdown table cell
    /// (a cell listing thousands of postings, for instance).
    private static let forms: [(head: String, tail: String, escape: @Sendable (String) -> String)] = [
        ("<|cairn:", "|>", { $0 }),
        ("&lt;|cairn:", "|&gt;", SVG.escape),
        ("<\\|cairn:", "\\|>", MarkdownContentType.escape),
    ]
}

/// A long text in a template context, rendered as its marker (see `TemplateSplices`). It answers
/// sections, names and transforms as the text itself would.
struct SplicedText: MustacheCustomRenderable, MustacheParent, MustacheTransformable {
    let text: String
    let marker: String

    var renderText: String { marker }
    var isNull: Bool { false }
    func child(named name: String) -> Any? { nil }
    func transform(_ name: String) -> Any? { text.transform(name) }
}
