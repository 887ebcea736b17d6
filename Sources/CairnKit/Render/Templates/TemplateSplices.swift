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
    /// Each long text, or how to make it as the page is written.
    private var texts: [SplicedText.Source] = []
    private let lock = NSLock()

    init(threshold: Int = 1 << 16) {
        self.threshold = threshold
        nonce = String(UInt64.random(in: .min ... .max), radix: 16) + String(UInt64.random(in: .min ... .max), radix: 16)
    }

    var isEmpty: Bool { lock.withLock { texts.isEmpty } }

    /// What the context holds for `text`: a `TemplateText` of it, or a marker for it when it is long.
    func entry(for text: String) -> Any {
        guard text.utf8.count >= threshold else { return TemplateText(text) }
        return marker(for: .text(text))
    }

    /// What the context holds for a part of the page rendered apart (`PageParts`): as
    /// `entry(for:)`, but a part that shows markers of the page's own texts is held as it is, for
    /// the page's splicing to replace them: a spliced text is not searched for markers again.
    func entry(forPart text: String) -> Any {
        text.firstOccurrence(of: nonce) == nil ? entry(for: text) : TemplateText(text)
    }

    /// A marker for a text made as the page is written (when it stands where a marker is written
    /// as it is; anywhere else, it is made whole).
    func entry(deferring text: DeferredText) -> Any {
        marker(for: .deferred(text))
    }

    private func marker(for source: SplicedText.Source) -> SplicedText {
        lock.withLock {
            texts.append(source)
            return SplicedText(source: source, marker: "<|cairn:\(nonce):\(texts.count - 1)|>")
        }
    }

    /// `page` with every marker replaced by its text, as bytes in one buffer: a Markdown page,
    /// which is tidied whole (a market page's is megabytes, which a string would check again).
    func inlined(_ page: String) -> SharedBytes? {
        guard let pieces = pieces(of: page[...]) else { return nil }
        var sink = SharedBytesSink(capacity: page.utf8.count)
        ReportText(pieces).write(to: &sink)
        return sink.shared()
    }

    /// `page` with its markers split out as pieces of their own, or nil when it must be rendered
    /// again: a marker it cannot place, or one with only line breaks after it (an HTML page's final
    /// line breaks are trimmed, and they would have been the long text's own).
    func split(_ page: ReportText) -> ReportText? {
        var out: [ReportText.Piece] = []
        var lastSpliced: Int?
        for piece in page.pieces {
            guard case .text(let text) = piece, let pieces = pieces(of: text) else { return nil }
            // A text with markers ends with the stretch after its last marker, whose text's last piece stands just before.
            if pieces.count > 1 { lastSpliced = out.count + pieces.count - 2 }
            out += pieces
        }
        guard let lastSpliced else { return page }
        let onlyLineBreaks = out[(lastSpliced + 1)...].allSatisfy { piece in
            if case .text(let text) = piece { text.utf8.allSatisfy { $0 == 10 } } else { false }
        }
        return onlyLineBreaks ? nil : ReportText(out)
    }

    /// The stretches of `text` between markers, each marker's text between them.
    private func pieces(of text: Substring) -> [ReportText.Piece]? {
        var out: [ReportText.Piece] = []
        var rest = text
        while let found = rest.firstOccurrence(of: nonce) {
            let before = rest[..<found.lowerBound], after = rest[found.upperBound...]
            guard let form = Self.forms.first(where: { before.hasSuffix($0.head) }), after.hasPrefix(":"),
                  let end = after.firstOccurrence(of: form.tail),
                  let number = Int(after[after.utf8.index(after: after.startIndex)..<end.lowerBound]),
                  let spliced = lock.withLock({ number < texts.count ? texts[number] : nil }) else { return nil }
            out.append(.text(rest[..<rest.utf8.index(found.lowerBound, offsetBy: -form.head.utf8.count)]))
            switch (form.escape, spliced) {
            // Escaped as one text: the Markdown escape joins runs of line breaks across pieces.
            case (let escape?, _): out.append(.text(escape(spliced.text)[...]))
            case (nil, .text(let text)): out.append(.text(text[...]))
            case (nil, .deferred(let deferred)): out.append(.deferred(deferred))
            }
            rest = rest[end.upperBound...]
        }
        out.append(.text(rest))
        return out
    }

    /// How a marker can stand in a page, and what its text becomes there: as written by
    /// `{{{name}}}`; escaped for HTML by `{{name}}` (`SVG.escape` escapes as swift-mustache's HTML
    /// content type does, which TemplateSplicesTests checks); escaped for a Markdown table cell
    /// (a cell listing thousands of postings, for instance).
    private static let forms: [(head: String, tail: String, escape: (@Sendable (String) -> String)?)] = [
        ("<|cairn:", "|>", nil),
        ("&lt;|cairn:", "|&gt;", SVG.escape),
        ("<\\|cairn:", "\\|>", MarkdownContentType.escape),
    ]
}

/// A long text in a template context, rendered as its marker (see `TemplateSplices`). It answers
/// sections, names and transforms as the text itself would.
struct SplicedText: MustacheCustomRenderable, MustacheParent, MustacheTransformable {
    /// A long text, or how to make it.
    enum Source {
        case text(String)
        case deferred(DeferredText)

        var text: String {
            switch self {
            case .text(let text): text
            case .deferred(let deferred): deferred.text
            }
        }
    }

    let source: Source
    let marker: String

    var text: String { source.text }
    var renderText: String { marker }
    var isNull: Bool { false }
    func child(named name: String) -> Any? { nil }
    func transform(_ name: String) -> Any? { text.transform(name) }
}
