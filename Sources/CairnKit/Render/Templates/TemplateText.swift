import Mustache

/// A text in a template context. It renders, answers sections and inverted sections, takes
/// transforms (`{{uppercased(name)}}`) and has no names of its own, as a `String` would; but
/// swift-mustache renders a `String` through `String(describing:)` after two protocol casts that
/// fail, and one that tells it is no optional, each about a thousand instructions of the Swift
/// runtime, where this renders after one cast that succeeds: 25,000 texts on the pages of a plan
/// of 2,000 postings. Being no `String`, it cannot name a dynamic partial (`{{> *name}}`).
struct TemplateText: MustacheCustomRenderable, MustacheParent, MustacheTransformable, CustomStringConvertible {
    let text: String

    init(_ text: String) { self.text = text }

    var renderText: String { text }
    var isNull: Bool { false }
    var description: String { text }
    func child(named name: String) -> Any? { nil }
    func transform(_ name: String) -> Any? { text.transform(name) }

    /// What a context holds for `text`: a marker when `splices` take it out (see
    /// `TemplateSplices`), the text otherwise.
    static func entry(_ text: String, splices: TemplateSplices?) -> Any {
        splices?.entry(for: text) ?? TemplateText(text)
    }
}
