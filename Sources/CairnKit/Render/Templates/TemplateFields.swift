import Mustache

/// A view's stored properties by name, as a template context holds them. It answers names and
/// transforms (`{{count(fields)}}`) as the `[String: Any]` it holds would; but swift-mustache
/// finds a name by casting every object on its context stack to two protocols, and a dictionary
/// meets `MustacheParent` only on the condition that its keys are strings, which the Swift
/// runtime checks on each cast: a struct of its own casts for about a thousand instructions less
/// (31,000 names looked up on the pages of a plan of 2,000 postings).
struct TemplateFields: MustacheParent, MustacheTransformable, CustomStringConvertible {
    var fields: [String: Any]

    init(_ fields: [String: Any] = [:]) { self.fields = fields }

    subscript(name: String) -> Any? {
        get { fields[name] }
        set { fields[name] = newValue }
    }

    func child(named name: String) -> Any? { fields[name] }
    func transform(_ name: String) -> Any? { fields.transform(name) }
    var description: String { fields.description }

    /// These fields with those of `inner` (a `TemplateFields`, else none) laid over them: what a
    /// template included inside `inner`'s section finds by name, its own names first.
    func overlaid(by inner: Any) -> TemplateFields {
        guard let inner = inner as? TemplateFields else { return self }
        return TemplateFields(fields.merging(inner.fields) { _, own in own })
    }
}
