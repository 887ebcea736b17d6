/// A template Cairn renders itself (`BuiltInTemplates`): the tokens swift-mustache's parser
/// makes of the same text, for the tags Cairn's own templates use. swift-mustache parses a
/// template a `Character` at a time and, at every tag, measures the rest of the template: the
/// built-in templates cost about 100 million instructions to parse on every build, and rendering
/// them cast each value to half a dozen protocols. This form is read on bytes, once, and rendered
/// by `BuiltInTemplateRenderer` with the same output.
struct BuiltInTemplate {
    enum Node {
        /// Text as written, line breaks and indentation included.
        case text([UInt8])
        /// `{{name}}` (escaped by the content type) or `{{{name}}}` / `{{&name}}` (as it is).
        case value(Name, escaped: Bool)
        case section(Name, body: [Node])
        case inverted(Name, body: [Node])
        /// `{{> name}}`; a standalone one indents every line of the partial by the white space
        /// in front of it.
        case partial(String, indentation: [UInt8]?)
        /// `{{< name}}` with the blocks it fills (`{{$block}}...{{/block}}` inside it).
        case parent(String, indentation: [UInt8], blocks: [String: [Node]])
        /// `{{$name}}...{{/name}}` in a parent: the filling a child gives, else this body.
        case block(String, indentation: [UInt8], fallback: [Node])
        /// A block's filling inside `{{< name}}`, collected into the parent's `blocks`.
        case filling(String, body: [Node])
        /// `{{% CONTENT_TYPE: name }}`: how the values after it are escaped.
        case contentType(ContentKind)
    }

    /// A name as a tag writes it.
    enum Name: Equatable {
        /// `.`: the object in context.
        case current
        /// `a.b`: `a` looked up through the objects in context, innermost first, then `b` in it.
        case path([String])
        /// `.a.b`: looked up in the innermost object only.
        case local([String])
        /// `first()`, `last()`, `index()`, `even()`, `odd()`: where the element of a list being
        /// rendered stands in it.
        case position(Position)
    }

    enum Position: String {
        case first, last, index, even, odd
    }

    /// The content types swift-mustache knows by name, Cairn's two among them.
    enum ContentKind {
        case html, text, markdown, cairnHTML

        init?(name: String) {
            switch name {
            case "HTML": self = .html
            case "TEXT": self = .text
            case "MARKDOWN": self = .markdown
            case "CAIRN_HTML": self = .cairnHTML
            default: return nil
            }
        }
    }

    let nodes: [Node]
    /// The names of the templates it includes (`{{> name}}`, `{{< name}}`), each once.
    let includes: Set<String>
}
