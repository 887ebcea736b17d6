/// The templates of one format when all of them are Cairn's own, rendered by Cairn
/// (`BuiltInTemplateParser`, `BuiltInTemplateRenderer`) with the bytes swift-mustache renders
/// from them: BuiltInTemplateTests and the golden reports render the pages both ways. A plan's
/// own template, which may use all of swift-mustache's language, has its format's templates
/// rendered by swift-mustache, as does a built-in template this parser would not read (none is).
struct BuiltInTemplates {
    private let templates: [String: BuiltInTemplate]

    /// The templates `sources` (name, text) parsed; nil when the parser refuses one or one
    /// includes a name that is none of them, which swift-mustache's library then reports.
    init?(_ sources: [(name: String, text: String)]) {
        var templates: [String: BuiltInTemplate] = [:]
        for (name, text) in sources {
            guard let template = BuiltInTemplateParser.parse(text) else { return nil }
            templates[name] = template
        }
        self.init(parsed: templates)
    }

    /// Templates already parsed, by name; nil when one includes a name that is none of them.
    init?(parsed templates: [String: BuiltInTemplate]) {
        guard templates.values.allSatisfy({ $0.includes.allSatisfy { templates[$0] != nil } }) else { return nil }
        self.templates = templates
    }

    func contains(_ name: String) -> Bool { templates[name] != nil }

    /// The template `name` rendered with `object` in context; nil when there is no such template.
    func render(_ object: Any, withTemplate name: String) -> String? {
        guard let template = templates[name] else { return nil }
        return BuiltInTemplateRenderer.render(template, object, templates: templates)
    }
}
