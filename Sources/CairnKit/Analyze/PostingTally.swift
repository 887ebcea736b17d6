/// One skill over a run of postings: the highest level one asks for, and how many ask for it
/// (each posting once, should it list the skill twice).
struct PostingTally {
    var level = 0
    var postings = 0
    /// The number of the last posting counted.
    var last = -1

    mutating func count(_ level: Int, posting: Int) {
        self.level = max(self.level, level)
        if last != posting { postings += 1 }
        last = posting
    }
}
