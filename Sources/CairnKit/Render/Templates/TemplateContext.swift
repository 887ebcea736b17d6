/// A view model turned into nested fields (`TemplateFields`) and arrays once, before rendering.
///
/// swift-mustache looks every `{{name}}` up through a `Mirror` of the object in context,
/// made anew for each lookup and walked child by child, and again on each enclosing object for
/// names found higher up: on a page with thousands of rows that was most of the rendering time.
/// Fields are looked up by hashing instead. They are made by the views' own
/// `Encodable` conformances (`TemplateEncoder`): every stored property by its name, a nil
/// optional left out, which is what the mirror lookup did (an absent name is searched for in the
/// enclosing objects); so the same template gives the same bytes.
enum TemplateContext {
    /// `splices`, when given, takes the long texts out (see `TemplateSplices`).
    static func build(_ value: some Encodable, splices: TemplateSplices? = nil) -> Any {
        TemplateEncoder(splices: splices).context(of: value)
    }
}
