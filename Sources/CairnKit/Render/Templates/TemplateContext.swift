/// A view model turned into nested dictionaries and arrays once, before rendering.
///
/// swift-mustache looks every `{{name}}` up through a `Mirror` of the object in context,
/// made anew for each lookup and walked child by child, and again on each enclosing object for
/// names found higher up: on a page with thousands of rows that was most of the rendering time.
/// A `[String: Any]` is looked up by hashing instead. Optionals are unwrapped, and a nil one is
/// left out, which is what the mirror lookup did (an absent name is searched for in the enclosing
/// objects); so the same template gives the same bytes.
enum TemplateContext {
    /// `splices`, when given, takes the long texts out (see `TemplateSplices`).
    static func build(_ value: Any, splices: TemplateSplices? = nil) -> Any {
        switch value {
        case let text as String: return splices?.entry(for: text) ?? text
        case let chart as ChartMarkup: return chart.entry(splices)
        case is Bool, is Int, is Double, is TemplateObject, is TemplateObjects: return value
        default: break
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            return mirror.children.first.map { build($0.value, splices: splices) } ?? value
        case .collection, .set:
            return mirror.children.map { build($0.value, splices: splices) }
        case .struct, .class:
            var fields: [String: Any] = [:]
            fields.reserveCapacity(Int(mirror.children.count))
            for child in mirror.children {
                guard let label = child.label else { continue }
                let field = Mirror(reflecting: child.value)
                if field.displayStyle == .optional && field.children.isEmpty { continue }
                fields[label] = build(child.value, splices: splices)
            }
            return fields
        default:
            return value
        }
    }
}
