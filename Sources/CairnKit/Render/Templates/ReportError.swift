/// Why a report could not be rendered: a template that is missing or does not parse.
public struct ReportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Where: the template's path (a plan file or `<built-in>/reports/...`), with a line when known.
    public var location: SourceLocation
    public var message: String
    public var hint: String?

    public init(at location: SourceLocation, _ message: String, hint: String? = nil) {
        self.location = location
        self.message = message
        self.hint = hint
    }

    /// `path:line:column: error: message`, then the hint, as diagnostics print.
    public var description: String {
        "\(location): error: \(message) [template]" + (hint.map { "\n  hint: \($0)" } ?? "")
    }
}
