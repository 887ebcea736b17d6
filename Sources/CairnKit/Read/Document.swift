/// A plan file's front-matter fields and body, read once for any file kind.
struct Document {
    let reporter: Reporter
    /// The front-matter's fields; nil when it is missing or could not be read.
    let fields: Fields?
    /// The body with the front-matter lines blanked.
    let body: String
    /// The file's name without `.md`: the default id.
    let stem: String

    /// Splits and reads `file`; `what` names the file kind in messages. Problems go to
    /// `reporter`, which the caller owns, so they are kept even when this returns nil.
    init?(_ file: SourceFile, known: [String], what: String, frontMatterRequired: Bool = true, reporter: Reporter) {
        self.reporter = reporter
        self.stem = Self.stem(of: file.path)
        guard let split = FrontMatter.split(file, required: frontMatterRequired, diagnostics: &reporter.diagnostics) else {
            return nil
        }
        body = split.body
        if let (line, column) = MarkdownGuard.tooDeep(split.body) {
            reporter.report(.markdownTooDeep, "the Markdown is nested more than \(MarkdownGuard.maximumDepth) levels deep (lists or quotes)",
                            line: line, column: column, hint: "flatten the nesting; no plan needs it this deep")
            return nil
        }
        guard let yaml = split.yaml else {
            fields = nil
            return
        }
        guard let root = YAMLReader.read(yaml, firstLine: split.yamlFirstLine, in: file, diagnostics: &reporter.diagnostics) else {
            return nil
        }
        var located = root
        // A map with keys was written with more than white space: only an empty one is looked at.
        if root.isNull || (root.isEmptyMapping && yaml.allSatisfy(\.isWhitespace)) {
            located = YAMLNode(value: .mapping([]), line: 1, column: 1)
        }
        guard let fields = Fields(located, known: known, what: "the front-matter of \(what)", reporter: reporter) else {
            return nil
        }
        self.fields = fields
    }

    /// The file name of `path` (after its last `/`) without `.md`, found on bytes.
    static func stem(of path: String) -> String {
        ByteScan.withBytes(of: path) { bytes in
            var start = bytes.count
            while start > 0, bytes[start - 1] != UInt8(ascii: "/") { start -= 1 }
            let name = UnsafeBufferPointer(rebasing: bytes[start...])
            return String(decoding: ByteScan.endsInMarkdown(name) ? UnsafeBufferPointer(rebasing: name.dropLast(3)) : name,
                          as: UTF8.self)
        }
    }
}
