/// A pass over a Markdown body before libcmark sees it: container nesting
/// (block quotes, list items) beyond any real plan is refused, so no tree is
/// deep enough to exhaust the stack of a recursive walk. With files capped at
/// 1 MiB, libcmark 0.30's known slow inputs all parse in well under a second
/// (scripts/pathological measures them).
enum MarkdownGuard {
    /// The deepest container nesting accepted.
    static let maximumDepth = 32

    /// The first line nested too deep, with the column where the limit is passed.
    static func tooDeep(_ text: String) -> (line: Int, column: Int)? {
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var depth = 0
            var column = 0
            var spaces = 0
            let characters = Array(line.utf8.prefix(4096))
            var i = 0
            while i < characters.count {
                let c = characters[i]
                if c == UInt8(ascii: " ") { spaces += 1; i += 1; continue }
                if c == UInt8(ascii: "\t") { spaces += 4; i += 1; continue }
                let isBullet = c == UInt8(ascii: "-") || c == UInt8(ascii: "*") || c == UInt8(ascii: "+")
                let next = i + 1 < characters.count ? characters[i + 1] : UInt8(ascii: " ")
                if c == UInt8(ascii: ">") || (isBullet && (next == UInt8(ascii: " ") || next == UInt8(ascii: "\t"))) {
                    depth += 1
                    i += 1
                } else if c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") {
                    var j = i
                    while j < characters.count && characters[j] >= UInt8(ascii: "0") && characters[j] <= UInt8(ascii: "9") { j += 1 }
                    guard j < characters.count, characters[j] == UInt8(ascii: ".") || characters[j] == UInt8(ascii: ")"),
                          j + 1 >= characters.count || characters[j + 1] == UInt8(ascii: " ") else { break }
                    depth += 1
                    i = j + 1
                } else {
                    break
                }
                column = i
            }
            if depth + spaces / 2 > maximumDepth { return (lineNumber, max(1, column)) }
        }
        return nil
    }
}
