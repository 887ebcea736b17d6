/// Some of a plan's postings, picked by index: the plan's own array is shared, not copied (a
/// plan's target postings can be thousands, and the burn-down picks them for each of its days).
public struct PostingSelection: RandomAccessCollection, Sendable {
    private let all: [Posting]
    /// Indices into `all`, in order.
    let picked: [Int]

    init(_ all: [Posting], picked: [Int]) {
        self.all = all
        self.picked = picked
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { picked.count }
    public subscript(position: Int) -> Posting { all[picked[position]] }
}
