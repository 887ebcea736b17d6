/// One problem found in a plan: where, what, and what to do about it.
public struct Diagnostic: Sendable, Equatable {
    public var severity: Severity
    public var code: DiagnosticCode
    public var message: String
    /// What the user can do to fix it.
    public var hint: String?
    public var location: SourceLocation
    /// The text of the offending line, shown with a caret under `location.column`.
    public var sourceLine: String?

    public init(
        _ code: DiagnosticCode, _ message: String, at location: SourceLocation,
        sourceLine: String? = nil, hint: String? = nil, severity: Severity? = nil
    ) {
        self.code = code
        self.message = message
        self.location = location
        self.sourceLine = sourceLine
        self.hint = hint
        self.severity = severity ?? code.severity
    }
}

/// Collects diagnostics while a plan is read; readers never throw on bad input.
public struct Diagnostics: Sendable {
    public private(set) var items: [Diagnostic] = []

    public init() {}

    init(_ items: [Diagnostic]) { self.items = items }

    /// Records a problem at `line`/`column` of `file`, quoting the line.
    public mutating func report(
        _ code: DiagnosticCode, _ message: String, in file: SourceFile,
        line: Int, column: Int = 1, hint: String? = nil
    ) {
        let text = line >= 1 && line <= file.lineCount ? String(file.line(line)) : nil
        items.append(Diagnostic(code, message, at: file.location(line: line, column: column), sourceLine: text, hint: hint))
    }

    /// Records a problem at a location, quoting the line of `file` when given.
    public mutating func report(
        _ code: DiagnosticCode, _ message: String, at location: SourceLocation,
        in file: SourceFile? = nil, hint: String? = nil
    ) {
        let text = file.flatMap { f in location.line >= 1 && location.line <= f.lineCount ? String(f.line(location.line)) : nil }
        items.append(Diagnostic(code, message, at: location, sourceLine: text, hint: hint))
    }

    public mutating func append(_ diagnostic: Diagnostic) { items.append(diagnostic) }
    public mutating func append(contentsOf other: Diagnostics) { items.append(contentsOf: other.items) }

    public var errorCount: Int { items.filter { $0.severity == .error }.count }
    public var warningCount: Int { items.filter { $0.severity == .warning }.count }

    /// The diagnostics in file order, errors before warnings at the same place.
    public var sorted: [Diagnostic] {
        items.enumerated().sorted { a, b in
            if a.element.location != b.element.location { return a.element.location < b.element.location }
            return a.offset < b.offset
        }.map(\.element)
    }
}
