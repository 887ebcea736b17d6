import Foundation
import CommonMark

/// Reading structure out of a parsed Markdown body: sections and task items.
struct MarkdownBody {
    let root: MarkdownNode
    let text: String
    private let lines: LineStarts

    init(_ text: String) {
        self.text = text
        self.root = CommonMark.parse(text)
        self.lines = LineStarts(text)
    }

    /// The body text from `start` through `end` (1-based lines, inclusive), trimmed.
    func source(lines range: ClosedRange<Int>) -> String {
        let lower = max(1, range.lowerBound), upper = min(lines.count, range.upperBound)
        guard lower <= upper else { return "" }
        return lines.text(lines: lower, through: upper, of: text).trimmingWhitespace
    }

    /// The body's text after the front-matter, trimmed.
    var markdown: String { text.trimmingWhitespace }

    /// Sections under headings of level 1 or 2, with their Markdown.
    func sections(in file: SourceFile) -> [BodySection] {
        let headings = root.children.enumerated().filter { if case .heading(let level) = $0.element.kind { return level <= 2 } else { return false } }
        return headings.enumerated().map { index, entry in
            let heading = entry.element
            let end = index + 1 < headings.count ? headings[index + 1].element.startLine - 1 : lines.count
            return BodySection(title: heading.plainText.trimmingBlanks,
                               markdown: source(lines: (heading.endLine + 1)...max(heading.endLine + 1, end)),
                               location: file.location(line: heading.startLine, column: heading.startColumn))
        }
    }

    /// A list item read as a task: `[ ]` or `[x]` and the text after it.
    struct TaskItem {
        var done: Bool
        var text: String
        var line: Int
    }

    /// Every task-list item, nested ones included, in document order.
    func taskItems() -> [TaskItem] {
        var result: [TaskItem] = []
        func walk(_ node: MarkdownNode) {
            if node.kind == .item, let item = MarkdownBody.task(node) { result.append(item) }
            for child in node.children { walk(child) }
        }
        walk(root)
        return result
    }

    /// The item as a task, if its first paragraph starts with a checkbox.
    static func task(_ item: MarkdownNode) -> TaskItem? {
        guard let paragraph = item.children.first, paragraph.kind == .paragraph else { return nil }
        return task(paragraph, text: paragraph.plainText)
    }

    /// `task(_:)` of the item whose first child is `paragraph`, of plain text `text`.
    static func task(_ paragraph: MarkdownNode, text: String) -> TaskItem? {
        // Every box starts with `[`: most items are told apart by their first byte.
        guard text.utf8.first == UInt8(ascii: "[") else { return nil }
        for (box, done) in [("[ ]", false), ("[x]", true), ("[X]", true)] where text.hasPrefix(box) {
            let rest = text.dropFirst(box.count)
            guard rest.isEmpty || rest.first == " " else { return nil }
            return TaskItem(done: done, text: rest.trimmingBlanks, line: paragraph.startLine)
        }
        return nil
    }
}
