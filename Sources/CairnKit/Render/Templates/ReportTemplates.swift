import Foundation
import Mustache

/// One template file: its file name (`position.md.mustache`), where it came from, and its text.
public struct TemplateSource: Sendable, Equatable {
    /// The file name, which is also the name other templates include it by (less `.mustache`).
    public var name: String
    /// Shown in errors: `<built-in>/reports/position.md.mustache` or the plan file's path.
    public var path: String
    public var text: String
    /// Whether it is Cairn's own, embedded from templates/reports/, not a plan's (told by how it
    /// was made, not by its path, which a plan folder could spell the same way).
    let isBuiltIn: Bool

    /// A plan's own template.
    public init(name: String, path: String, text: String) {
        self.init(name: name, path: path, text: text, isBuiltIn: false)
    }

    init(name: String, path: String, text: String, isBuiltIn: Bool) {
        self.name = name
        self.path = path
        self.text = text
        self.isBuiltIn = isBuiltIn
    }
}

/// The report templates of a run: the built-in ones embedded from templates/reports/,
/// with a plan's own templates/ laid over them by file name.
public struct ReportTemplates: Sendable {
    /// Every template by file name.
    public private(set) var sources: [String: TemplateSource]
    /// File names of the plan's templates that replace no built-in one (usable as partials only).
    public private(set) var additions: [String] = []
    /// Each format's library, parsed on first use: every page of a build shares it.
    private var parsed = ParsedLibraries()

    /// The built-in templates, overridden by `overrides` of the same file name.
    public init(overrides: [TemplateSource] = []) {
        var sources: [String: TemplateSource] = [:]
        for file in Templates.files(under: "reports/") where file.path.hasSuffix(".mustache") {
            sources[file.path] = TemplateSource(name: file.path, path: BuiltInCatalog.prefix + "reports/" + file.path, text: file.text,
                                                isBuiltIn: true)
        }
        for file in overrides.sorted(by: { $0.name < $1.name }) {
            if sources[file.name] == nil { additions.append(file.name) }
            sources[file.name] = file
        }
        self.sources = sources
    }

    /// Whether the template `name` (less `.mustache`) is Cairn's own, not a plan's.
    func isBuiltIn(_ name: String) -> Bool {
        sources[name + ".mustache"]?.isBuiltIn ?? false
    }

    /// The built-in template file names, for messages and docs.
    public static var builtInNames: [String] {
        Templates.files(under: "reports/").map(\.path).filter { $0.hasSuffix(".mustache") }
    }

    /// The library of templates for one format: `.md.mustache` files for Markdown (read with
    /// the MARKDOWN content type), `.html.mustache` and `.css.mustache` files for HTML (read with
    /// the CAIRN_HTML content type).
    /// Each is registered under its file name less `.mustache`; every include must resolve.
    func library(for format: OutputFormat) throws(ReportError) -> MustacheLibrary {
        if let known = parsed.libraries[format] { return known }
        let library = try parse(for: format)
        parsed.libraries[format] = library
        return library
    }

    /// How many templates swift-mustache parsed, and how many Cairn's parser read, for these
    /// templates and those `restricted` shares them with.
    var parsedCount: Int { parsed.parsedCount }
    var builtInParsedCount: Int { parsed.builtInParsedCount }

    /// What the pages of `format` are rendered from: when every template of the format is Cairn's
    /// own, Cairn's renderer (`BuiltInTemplates`); else swift-mustache's `library(for:)`.
    func renderer(for format: OutputFormat) throws(ReportError) -> TemplateLibrary {
        if let own = builtIn(for: format) { return .builtIn(own) }
        return .mustache(try library(for: format))
    }

    /// The templates of `format` for Cairn's renderer, parsed on first use; nil when one of them
    /// is a plan's (or one would not parse there: then swift-mustache reports it).
    private func builtIn(for format: OutputFormat) -> BuiltInTemplates? {
        parsed.builtIn(for: format) {
            let chosen = sources(of: format)
            guard chosen.allSatisfy(\.isBuiltIn) else { return nil }
            var templates: [String: BuiltInTemplate] = [:]
            for source in chosen {
                guard let template = parsed.builtInTemplate(source, format: format) else { return nil }
                templates[Self.templateName(source.name)] = template
            }
            return BuiltInTemplates(parsed: templates)
        }
    }

    /// The templates of `format`, by file name: `.md.mustache` files for Markdown, `.html.mustache`
    /// and `.css.mustache` files for HTML.
    private func sources(of format: OutputFormat) -> [TemplateSource] {
        let suffixes = format == .md ? [".md.mustache"] : [".html.mustache", ".css.mustache"]
        return sources.values.filter { source in suffixes.contains { source.name.hasSuffix($0) } }.sorted { $0.name < $1.name }
    }

    /// The content type pragma Cairn puts in front of every template of `format`.
    static func pragma(_ format: OutputFormat) -> String {
        format == .md ? MarkdownContentType.pragma : CairnHTMLContentType.pragma
    }

    /// Parses the libraries of `formats` not parsed yet, one a core; the error of the first format
    /// whose templates do not parse, if any. A format of Cairn's own templates only is parsed for
    /// Cairn's renderer, not for swift-mustache.
    func prepare(_ formats: [OutputFormat]) throws(ReportError) {
        ContentTypes.register()
        let pending = formats.filter { parsed.libraries[$0] == nil && builtIn(for: $0) == nil }
        for (format, result) in zip(pending, Parallel.map(pending) { format throws(ReportError) in try parse(for: format) }) {
            parsed.libraries[format] = try result.get()
        }
    }

    private func parse(for format: OutputFormat) throws(ReportError) -> MustacheLibrary {
        ContentTypes.register()
        let chosen = sources(of: format)
        // Each template's includes, found once: every one must be a template.
        let includes = chosen.map { Self.includes(in: $0.text) }
        var library = MustacheLibrary()
        for source in chosen {
            library.register(try template(source, format: format), named: Self.templateName(source.name))
        }
        let names = Set(chosen.map { Self.templateName($0.name) })
        for (source, found) in zip(chosen, includes) {
            for include in found where !names.contains(include.name) {
                throw ReportError(at: SourceLocation(path: source.path, line: include.line, column: include.column),
                                  "the template includes '\(include.name)', which is no template",
                                  hint: Suggestions.didYouMean(include.name, in: names) ?? "templates are named by file name less '.mustache'")
            }
        }
        return library
    }

    /// `source` parsed for `format` (`ParsedLibraries.template`), once for all that share these
    /// templates' parses. Each template is parsed after its content type's pragma: Markdown's on the
    /// first line, HTML's on a line of its own, which errors do not count.
    private func template(_ source: TemplateSource, format: OutputFormat) throws(ReportError) -> MustacheTemplate {
        do {
            return try parsed.template(source, format: format)
        } catch let error as MustacheTemplate.ParserError {
            let line = format == .md ? error.context.lineNumber : max(1, error.context.lineNumber - 1)
            let column = max(1, error.context.columnNumber - (format == .md && line == 1 ? MarkdownContentType.pragma.count : 0))
            throw ReportError(at: SourceLocation(path: source.path, line: line, column: column),
                              "the template does not parse: \(error.error)",
                              hint: "check that every {{#section}} has its {{/section}} and every tag is closed")
        } catch {
            throw ReportError(at: SourceLocation(path: source.path, line: 1), "the template does not parse: \(error)")
        }
    }

    /// The same templates less those no page rendered from `roots` (template names such as
    /// `progress.md`) reaches: `roots` and what they include, transitively. A build that renders
    /// only a few pages parses only their templates (swift-mustache's parser costs thousands of
    /// instructions a byte). A name no template has is left for rendering to report. A template
    /// that includes by a name made at rendering (`{{>*name}}`) or changes its delimiters (`{{=`)
    /// may reach any other: then all are kept.
    func restricted(to roots: [String]) -> ReportTemplates {
        var kept: [String: TemplateSource] = [:]
        var pending = roots
        while let name = pending.popLast() {
            guard kept[name + ".mustache"] == nil, let source = sources[name + ".mustache"] else { continue }
            if Self.includesUnseen(source.text) { return self }
            kept[source.name] = source
            pending += Self.includes(in: source.text).map(\.name)
        }
        var restricted = self
        restricted.sources = kept
        // Its own libraries, but the templates parsed by either are parsed once: a build renders
        // the progress pages from restricted templates, then every page from all of them.
        restricted.parsed = ParsedLibraries(sharing: parsed)
        return restricted
    }

    /// Whether `text` may include templates `includes(in:)` does not see: a dynamic include
    /// (`{{>*name}}`, `{{<*name}}`, white space and line breaks allowed after the sigil, as
    /// swift-mustache reads them) or a change of delimiters.
    static func includesUnseen(_ text: String) -> Bool {
        var rest = text[...]
        while let open = rest.firstOccurrence(of: "{{") {
            let after = rest[open.upperBound...]
            if after.first == "=" { return true }
            if let sigil = after.first, sigil == ">" || sigil == "<",
               after.dropFirst().drop(while: \.isWhitespace).first == "*" { return true }
            rest = after
        }
        return false
    }

    /// The name a template file is registered and included by: `position.md.mustache` -> `position.md`.
    static func templateName(_ fileName: String) -> String {
        fileName.hasSuffix(".mustache") ? String(fileName.dropLast(".mustache".count)) : fileName
    }

    /// The partials (`{{> name}}`) and parents (`{{< name}}`) a template includes, with where.
    static func includes(in text: String) -> [(name: String, line: Int, column: Int)] {
        var found: [(String, Int, Int)] = []
        for (index, line) in lines(of: text).enumerated() {
            var rest = line
            while let open = rest.firstOccurrence(of: "{{") {
                let after = rest[open.upperBound...]
                // The tag may go on over the next lines: swift-mustache reads any white space, line
                // breaks included, around a partial's name.
                guard let sigil = after.first, sigil == ">" || sigil == "<",
                      let close = text[after.startIndex...].firstOccurrence(of: "}}") else {
                    rest = after
                    continue
                }
                let name = text[text.index(after: after.startIndex)..<close.lowerBound].trimmingWhitespace
                if !name.isEmpty && !name.hasPrefix("*") {
                    found.append((name, index + 1, line.distance(from: line.startIndex, to: open.lowerBound) + 1))
                }
                // A tag that ends on a later line leaves nothing of this one to search.
                guard close.upperBound <= line.endIndex else { break }
                rest = line[close.upperBound...]
            }
        }
        return found
    }

    /// The lines of `text` without their line breaks (`\n` or CR LF), split on bytes: a line feed
    /// ends a character wherever it stands, and splitting by characters cost 600 instructions
    /// a character.
    static func lines(of text: String) -> [Substring] {
        let utf8 = text.utf8
        var lines: [Substring] = []
        var start = utf8.startIndex
        while let feed = utf8[start...].firstIndex(of: UInt8(ascii: "\n")) {
            let end = feed > start && utf8[utf8.index(before: feed)] == UInt8(ascii: "\r") ? utf8.index(before: feed) : feed
            lines.append(text[start..<end])
            start = utf8.index(after: feed)
        }
        lines.append(text[start...])
        return lines
    }
}

/// The parsed libraries of one `ReportTemplates` (a class, so copies of the struct share them;
/// the sources never change after init). swift-mustache's libraries are made by `prepare` before
/// pages are rendered at once, or by a command that renders on one thread.
private final class ParsedLibraries: @unchecked Sendable {
    var libraries: [OutputFormat: MustacheLibrary] = [:]
    /// Each format's templates for Cairn's renderer, nil when it does not render them. Pages of
    /// several formats are rendered at once, so they are locked.
    private var builtIn: [OutputFormat: BuiltInTemplates?] = [:]
    private let lock = NSLock()
    /// Each template parsed, by format and file name, by swift-mustache and by Cairn's parser (nil
    /// for one it refuses), shared with the `restricted` templates made from these, which hold the
    /// same source under each name they keep: a build renders its progress pages from restricted
    /// templates, then every page from all of them.
    private let templates: ParsedTemplates<MustacheTemplate>
    private let builtInTemplates: ParsedTemplates<BuiltInTemplate?>

    init(sharing other: ParsedLibraries? = nil) {
        templates = other?.templates ?? ParsedTemplates()
        builtInTemplates = other?.builtInTemplates ?? ParsedTemplates()
    }

    /// How many templates these libraries and those they share with parsed, for tests.
    var parsedCount: Int { templates.count }
    var builtInParsedCount: Int { builtInTemplates.count }

    /// The templates of `format` for Cairn's renderer, made by `make` the first time.
    func builtIn(for format: OutputFormat, _ make: () -> BuiltInTemplates?) -> BuiltInTemplates? {
        lock.withLock {
            if let known = builtIn[format] { return known }
            let made = make()
            builtIn[format] = .some(made)
            return made
        }
    }

    /// `source` parsed by swift-mustache for `format`, after its content type's pragma: once for all
    /// that share it.
    func template(_ source: TemplateSource, format: OutputFormat) throws -> MustacheTemplate {
        let key = TemplateKey(format: format, name: source.name)
        if let known = templates.known(key) { return known }
        let template = try MustacheTemplate(string: ReportTemplates.pragma(format) + source.text)
        templates.keep(template, for: key)
        return template
    }

    /// `source` parsed by Cairn's parser for `format`, after its content type's pragma; nil when it
    /// refuses it. Once for all that share it.
    func builtInTemplate(_ source: TemplateSource, format: OutputFormat) -> BuiltInTemplate? {
        let key = TemplateKey(format: format, name: source.name)
        if let known = builtInTemplates.known(key) { return known }
        let template = BuiltInTemplateParser.parse(ReportTemplates.pragma(format) + source.text)
        builtInTemplates.keep(template, for: key)
        return template
    }
}

/// A template by format and file name.
private struct TemplateKey: Hashable {
    var format: OutputFormat
    var name: String
}

/// Parsed templates by format and file name. The formats' libraries are parsed on threads of
/// their own, so it is locked.
private final class ParsedTemplates<Parsed>: @unchecked Sendable {
    private var parsed: [TemplateKey: Parsed] = [:]
    private let lock = NSLock()

    /// How many templates were parsed, for tests.
    var count: Int { lock.withLock { parsed.count } }

    func known(_ key: TemplateKey) -> Parsed? { lock.withLock { parsed[key] } }
    func keep(_ template: Parsed, for key: TemplateKey) { lock.withLock { parsed[key] = template } }
}
