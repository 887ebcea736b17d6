import Mustache

/// Renders `BuiltInTemplate`s as swift-mustache 2 renders the same templates (its
/// `MustacheTemplate.render(context:)`, followed step by step), into one stream of bytes. A name
/// is looked up in the objects in context innermost first; a section renders its body for each
/// element of a list, once for `true` or for any other value found (with it in context), and not
/// for `false`, nothing or an empty list; an inverted section the other way round. A value
/// renders as its `renderText` (`MustacheCustomRenderable`) or its description, escaped by the
/// content type for `{{name}}`. The values of Cairn's contexts (`TemplateFields`, texts, lists,
/// booleans) are told apart by their type, which costs the Swift runtime little; anything else
/// goes through the protocols swift-mustache casts it to, in its order. (Cairn's contexts hold no
/// lambda, template or custom representation, which swift-mustache would also look for.)
struct BuiltInTemplateRenderer {
    typealias Node = BuiltInTemplate.Node

    let templates: [String: BuiltInTemplate]
    private let out: ByteStream
    /// The objects in context, outermost first.
    private var stack: [Any]

    /// What a template renders with besides the objects (swift-mustache's `MustacheContext`).
    private struct Context {
        var position: (first: Bool, last: Bool, index: Int)?
        var indentation: [UInt8]?
        var blocks: [String: [Node]]?
        var content: BuiltInTemplate.ContentKind

        /// Inside a section: the position in a list is that of the list's own elements only.
        var inner: Context { Context(position: nil, indentation: indentation, blocks: blocks, content: content) }

        /// Inside a partial or a parent: its indentation added, the blocks a child fills taken
        /// (those already filled staying), HTML escaping until its own pragma.
        func partial(indented: [UInt8]?, filling: [String: [Node]]?) -> Context {
            var blocks = blocks
            if let filling { blocks = blocks?.merging(filling) { own, _ in own } ?? filling }
            return Context(position: nil, indentation: indented.map { (indentation ?? []) + $0 } ?? indentation,
                           blocks: blocks, content: .html)
        }
    }

    private init(templates: [String: BuiltInTemplate], root: Any, out: ByteStream) {
        self.templates = templates
        self.stack = [root]
        self.out = out
    }

    /// `template` rendered with `object` in context, partials taken from `templates`.
    static func render(_ template: BuiltInTemplate, _ object: Any, templates: [String: BuiltInTemplate]) -> String {
        let out = ByteStream(capacity: 4_096)
        var renderer = BuiltInTemplateRenderer(templates: templates, root: object, out: out)
        renderer.render(template.nodes, Context(position: nil, indentation: nil, blocks: nil, content: .html))
        return out.text
    }

    private mutating func render(_ nodes: [Node], _ context: Context) {
        var context = context
        guard let indentation = context.indentation, !indentation.isEmpty else {
            for node in nodes { render(node, &context) }
            return
        }
        // Each node's output that starts a line of this render is indented (a value's own line
        // breaks are not), as swift-mustache indents a standalone partial's lines.
        let start = out.count
        for node in nodes {
            let before = out.count
            render(node, &context)
            guard out.count > before, before > start, endsLine(at: before, from: start) else { continue }
            let written = out.withBytes { Array($0[before...]) }
            out.truncate(to: before)
            indentation.withUnsafeBufferPointer { out.append($0) }
            written.withUnsafeBufferPointer { out.append($0) }
        }
    }

    /// Whether the output from `start` up to `end` ends with a line feed that is a character of
    /// its own (not the end of CR LF).
    private func endsLine(at end: Int, from start: Int) -> Bool {
        out.withBytes { bytes in
            bytes[end - 1] == UInt8(ascii: "\n") && !(end - 2 >= start && bytes[end - 2] == UInt8(ascii: "\r"))
        }
    }

    private mutating func render(_ node: Node, _ context: inout Context) {
        switch node {
        case .text(let text):
            text.withUnsafeBufferPointer { out.append($0) }
        case .value(let name, let escaped):
            guard let value = lookUp(name, context) else { return }
            write(value, escapedFor: escaped ? context.content : .text)
        case .section(let name, let body):
            renderSection(lookUp(name, context), body, context)
        case .inverted(let name, let body):
            renderInverted(lookUp(name, context), body, context)
        case .partial(let name, let indentation):
            guard let template = templates[name] else { return }
            render(template.nodes, context.partial(indented: indentation, filling: nil))
        case .parent(let name, let indentation, let blocks):
            guard let template = templates[name] else { return }
            render(template.nodes, context.partial(indented: indentation, filling: blocks))
        case .block(let name, let indentation, let fallback):
            var inner = context.inner
            inner.indentation = (context.indentation ?? []) + indentation
            render(context.blocks?[name] ?? fallback, inner)
        case .filling:
            break  // read into its parent's blocks; never rendered where it stands
        case .contentType(let kind):
            context.content = kind
        }
    }

    // MARK: Sections

    private mutating func renderSection(_ value: Any?, _ body: [Node], _ context: Context) {
        guard let value else { return }
        if let list = value as? [Any] { return renderList(list, body, context) }
        if let flag = value as? Bool {
            if flag { render(body, context) }
            return
        }
        if value is TemplateFields || value is TemplateText || value is String { return renderWith(value, body, context) }
        if let sequence = value as? any MustacheSequence { return renderList(Self.elements(of: sequence), body, context) }
        if let renderable = value as? MustacheCustomRenderable, renderable.isNull { return }
        renderWith(value, body, context)
    }

    private mutating func renderInverted(_ value: Any?, _ body: [Node], _ context: Context) {
        guard let value else { return render(body, context) }
        if let list = value as? [Any] {
            if list.isEmpty { renderWith(value, body, context) }
            return
        }
        if let flag = value as? Bool {
            if !flag { render(body, context) }
            return
        }
        if value is TemplateFields || value is TemplateText || value is String { return }
        if let sequence = value as? any MustacheSequence {
            if Self.elements(of: sequence).isEmpty { renderWith(value, body, context) }
            return
        }
        if let renderable = value as? MustacheCustomRenderable, renderable.isNull { render(body, context) }
    }

    private mutating func renderList(_ elements: [Any], _ body: [Node], _ context: Context) {
        for (index, element) in elements.enumerated() {
            var inner = context.inner
            inner.position = (index == 0, index == elements.count - 1, index)
            renderWith(element, body, inner, keepingPosition: true)
        }
    }

    /// `body` rendered with `value` the innermost object in context.
    private mutating func renderWith(_ value: Any, _ body: [Node], _ context: Context, keepingPosition: Bool = false) {
        stack.append(value)
        render(body, keepingPosition ? context : context.inner)
        stack.removeLast()
    }

    private static func elements(of sequence: some Sequence) -> [Any] { sequence.map { $0 as Any } }

    // MARK: Values

    /// The value `name` stands for, or nil (swift-mustache's `getChild`).
    private func lookUp(_ name: BuiltInTemplate.Name, _ context: Context) -> Any? {
        switch name {
        case .current:
            return stack.last
        case .position(let position):
            guard let (first, last, index) = context.position else { return nil }
            switch position {
            case .first: return first
            case .last: return last
            case .index: return index
            case .even: return index & 1 == 0
            case .odd: return index & 1 == 1
            }
        case .local(let names):
            return follow(names[...], from: stack[stack.count - 1])
        case .path(let names):
            for object in stack.reversed() {
                if let found = Self.child(names[0], of: object) { return follow(names.dropFirst(), from: found) }
            }
            return nil
        }
    }

    private func follow(_ names: ArraySlice<String>, from object: Any) -> Any? {
        var object = object
        for name in names {
            guard let found = Self.child(name, of: object) else { return nil }
            object = found
        }
        return object
    }

    /// `object`'s value named `name`: a `MustacheParent`'s child, else a stored property's value
    /// found by reflection, as swift-mustache finds it.
    private static func child(_ name: String, of object: Any) -> Any? {
        if let fields = object as? TemplateFields { return fields.fields[name] }
        if object is TemplateText || object is String || object is Bool { return nil }
        if let parent = object as? MustacheParent { return parent.child(named: name) }
        guard let found = Mirror(reflecting: object).children.first(where: { $0.label == name })?.value else { return nil }
        return unwrapped(found) ?? nil
    }

    /// The value an optional holds, nil for none; any other value as it is (swift-mustache's
    /// `unwrapOptional`).
    private static func unwrapped(_ value: Any) -> Any?? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return .some(value) }
        return .some(mirror.children.first?.value)
    }

    /// Writes `value` as `{{name}}` (escaped for `content`) or `{{{name}}}` (`.text`) shows it.
    private func write(_ value: Any, escapedFor content: BuiltInTemplate.ContentKind) {
        let text: String
        if let value = value as? TemplateText {
            text = value.text
        } else if let value = value as? String {
            text = value
        } else if let renderable = value as? MustacheCustomRenderable {
            text = renderable.renderText
        } else {
            // An optional shows what it holds; one holding nothing shows as itself ("nil").
            text = String(describing: Self.unwrapped(value).flatMap { $0 } ?? value)
        }
        switch content {
        case .text: out.append(text: text)
        case .markdown: out.append(markdown: text)
        case .html, .cairnHTML: out.append(html: text)
        }
    }
}
