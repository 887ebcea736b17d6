import Mustache

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
