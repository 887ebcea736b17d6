/// A rendered Markdown page with one blank line at most between blocks and one line break at the
/// end (templates can then leave a blank line around optional sections without stacking them up),
/// given as the stretches of the page it keeps: a market page is megabytes, and most of it stays.
enum MarkdownTidy {
    /// The tidied page, as stretches of `page` and line breaks, to be joined in order.
    static func stretches(_ page: String) -> [Substring] {
        let utf8 = page.utf8
        var out: [Substring] = []
        var run: String.Index?              // start of the stretch being kept
        var lastEnd: String.Index?          // end of the last line with text
        var blanks = 0                      // blank lines since it
        var onlyEmptyBlank = true           // and whether they were one empty line
        var lineStart = utf8.startIndex
        var index = utf8.startIndex
        var blank = true
        var previous: UInt8 = 0
        while true {
            let atEnd = index == utf8.endIndex
            let byte = atEnd ? 0 : utf8[index]
            // A line ends at a line feed, except the one of a CRLF, which is one character.
            if atEnd || (byte == 10 && previous != 13) {
                if blank {
                    blanks += 1
                    if lineStart != index || blanks > 1 { onlyEmptyBlank = false }
                } else {
                    if let end = lastEnd {
                        if blanks > 0 && !(blanks == 1 && onlyEmptyBlank) {
                            out.append(page[run!..<end])
                            out.append("\n\n")
                            run = lineStart
                        }
                    } else {
                        run = lineStart
                    }
                    lastEnd = index
                    blanks = 0
                    onlyEmptyBlank = true
                }
                if atEnd { break }
                lineStart = utf8.index(after: index)
                blank = true
            } else if byte != 32 && byte != 9 {
                blank = false
            }
            previous = byte
            index = utf8.index(after: index)
        }
        guard let run, let lastEnd else { return ["\n"] }
        if lastEnd != utf8.endIndex, utf8.index(after: lastEnd) == utf8.endIndex {
            out.append(page[run...])
        } else {
            out.append(page[run..<lastEnd])
            out.append("\n")
        }
        return out
    }
}
