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
        // Leaves told apart by their type first: a cast that fails is costly, and most values
        // are texts.
        let type = type(of: value)
        if type == String.self, let text = value as? String { return splices?.entry(for: text) ?? text }
        if type == Bool.self || type == Int.self || type == Double.self { return value }
        if type == ChartMarkup.self, let chart = value as? ChartMarkup { return chart.entry(splices) }
        switch value {
        case is TemplateObject, is TemplateObjects: return value
        case let optional as OptionalValue:
            return optional.wrapped.map { build($0, splices: splices) } ?? value
        default: break
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .collection, .set:
            return mirror.children.map { build($0.value, splices: splices) }
        case .struct, .class:
            var fields: [String: Any] = [:]
            fields.reserveCapacity(Int(mirror.children.count))
            for child in mirror.children {
                guard let label = child.label else { continue }
                if let optional = child.value as? OptionalValue, optional.wrapped == nil { continue }
                fields[label] = build(child.value, splices: splices)
            }
            return fields
        default:
            return value
        }
    }
}

/// An optional seen as `Any`, unwrapped without a `Mirror` (one made for every field of every
/// view was most of the cost of a context).
private protocol OptionalValue {
    var wrapped: Any? { get }
}

extension Optional: OptionalValue {
    fileprivate var wrapped: Any? { self }
}
