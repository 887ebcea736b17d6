import Mustache

/// The templates of one format when all of them are Cairn's own, rendered by Cairn
/// (`BuiltInTemplateParser`, `BuiltInTemplateRenderer`) with the bytes swift-mustache renders
/// from them: RenderTemplateTests and the golden reports render the pages both ways. A plan's
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

/// What the pages of a format are rendered from: Cairn's own templates by Cairn's renderer, or
/// any templates by swift-mustache.
enum TemplateLibrary {
    case builtIn(BuiltInTemplates)
    case mustache(MustacheLibrary)

    func contains(_ name: String) -> Bool {
        switch self {
        case .builtIn(let templates): templates.contains(name)
        case .mustache(let library): library.getTemplate(named: name) != nil
        }
    }

    /// The template `name` rendered with `object` in context; nil when there is no such template.
    func render(_ object: Any, withTemplate name: String) -> String? {
        switch self {
        case .builtIn(let templates): templates.render(object, withTemplate: name)
        case .mustache(let library): library.render(object, withTemplate: name)
        }
    }
}
