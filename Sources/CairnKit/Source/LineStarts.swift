/// Where each line of a text starts, in UTF-8 bytes: four bytes a line, where a `Substring`
/// per line took over thirty (a plan of 11,000 files held 14 MB of them). Texts are at most
/// 1 MiB. Lines end at "\n"; a last line without one counts, an empty one too.
struct LineStarts: Sendable {
    private let starts: [UInt32]

    init(_ text: String) {
        var text = text
        starts = text.withUTF8 { bytes in
            // The line breaks counted first, so that the starts are held in one allocation: grown
            // by appending, a file's starts were copied into a new buffer each time they doubled.
            var lines = 1, from = 0
            while let feed = ByteScan.firstOffset(of: UInt8(ascii: "\n"), in: bytes, from: from) {
                lines += 1
                from = feed + 1
            }
            return [UInt32](unsafeUninitializedCapacity: lines) { starts, count in
                starts[0] = 0
                count = 1
                var from = 0
                while let feed = ByteScan.firstOffset(of: UInt8(ascii: "\n"), in: bytes, from: from) {
                    starts[count] = UInt32(feed + 1)
                    count += 1
                    from = feed + 1
                }
            }
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
