import Testing
@testable import CairnKit

/// Postings picked by index, the plan's array shared.
@Suite struct PostingSelectionTests {
    @Test func thePickedPostingsInOrder() {
        let postings = (0 ..< 5).map { Posting(id: "jobs/\($0).md", title: "Engineer \($0)", location: SourceLocation(path: "jobs/\($0).md", line: 1)) }
        let selection = PostingSelection(postings, picked: [1, 3, 4])
        #expect(selection.map(\.id) == ["jobs/1.md", "jobs/3.md", "jobs/4.md"])
        #expect(selection.count == 3 && selection[1].title == "Engineer 3")
        #expect(PostingSelection(postings, picked: []).isEmpty)
    }
}
