/// Some of a plan's postings, picked by index: the plan's own array is shared, not copied (a
/// plan's target postings can be thousands, and the burn-down picks them for each of its days).
public struct PostingSelection: RandomAccessCollection, Sendable {
    /// The postings picked from, read in place by who walks `picked` (a posting is a large
    /// value: copying each one to read a field showed in profiles).
    let base: [Posting]
    /// Indices into `base`, in order.
    let picked: [Int]

    init(_ base: [Posting], picked: [Int]) {
        self.base = base
        self.picked = picked
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { picked.count }
    public subscript(position: Int) -> Posting { base[picked[position]] }
}
