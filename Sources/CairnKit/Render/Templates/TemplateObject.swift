import Mustache

/// A view row that templates look its names up in directly, instead of in a dictionary made from
/// it: for rows a page has thousands of (the market's ranked postings), where those dictionaries
/// cost more memory than the page. `child(named:)` must answer every stored property by its name,
/// as `TemplateContext.build` would give it, and nothing else (TemplateObjectTests check it).
/// A template context keeps such a row as it is, and an array of them as an array of the type.
protocol TemplateObject: MustacheParent, Encodable {}

extension TemplateObject {
    /// Kept as it is by a template context; no other encoding has a use for it.
    public func encode(to encoder: any Encoder) throws {
        guard let context = encoder as? TemplateEncoder else {
            throw EncodingError.invalidValue(self, .init(codingPath: encoder.codingPath,
                                                         debugDescription: "a template row is encoded only into a template context"))
        }
        context.keep(self)
    }
}
