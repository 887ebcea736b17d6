/// Where each line of a text starts, in UTF-8 bytes: four bytes a line, where a `Substring`
/// per line took over thirty (a plan of 11,000 files held 14 MB of them). Texts are at most
/// 1 MiB. Lines end at "\n"; a last line without one counts, an empty one too.
struct LineStarts: Sendable {
    private let starts: [UInt32]

    init(_ text: String) {
        var text = text
        starts = text.withUTF8 { bytes in
            // One pass, into room for a line every 16 bytes (plan files' lines are longer): grown
            // from empty, a file's starts were copied into a new buffer each time they doubled,
            // and counting the line breaks first walked the text twice.
            var starts: [UInt32] = []
            starts.reserveCapacity(bytes.count / 16 + 2)
            starts.append(0)
            var from = 0
            while let feed = ByteScan.firstOffset(of: UInt8(ascii: "\n"), in: bytes, from: from) {
                starts.append(UInt32(feed + 1))
                from = feed + 1
            }
            return starts
        }
    }

    var count: Int { starts.count }

    /// The byte offsets of lines `first` through `last` (1-based, inclusive, within a text of
    /// `length` bytes), without the last one's line break.
    func bytes(lines first: Int, through last: Int, length: Int) -> Range<Int> {
        Int(starts[first - 1]) ..< (last < count ? Int(starts[last]) - 1 : length)
    }

    /// The text of lines `first` through `last` (1-based, inclusive, within the text), without
    /// the last one's line break.
    func text(lines first: Int, through last: Int, of text: String) -> Substring {
        let utf8 = text.utf8, range = bytes(lines: first, through: last, length: utf8.count)
        return text[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)]
    }
}
