#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A rendered Markdown page with one blank line at most between blocks and one line break at the
/// end (templates can then leave a blank line around optional sections without stacking them up),
/// given as the stretches of the page it keeps: a market page is megabytes, and most of it stays.
enum MarkdownTidy {
    /// The tidied page, as stretches of `page` and line breaks, to be joined in order.
    static func stretches(_ page: String) -> [Substring] {
        var page = page
        guard let offsets = page.withUTF8({ kept(in: $0) }) else { return ["\n"] }
        let utf8 = page.utf8
        func index(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
        return offsets.map { piece in
            switch piece {
            case .text(let start, let end): page[index(start)..<index(end)]
            case .breaks(let text): text
            }
        }
    }

    /// The tidied page of `page`'s bytes, as stretches of them and line breaks, in order.
    static func pieces(of page: SharedBytes) -> [ReportText.Piece] {
        guard let offsets = kept(in: page.bytes.assumingMemoryBound(to: UInt8.self)) else { return [.text("\n")] }
        return offsets.map { piece in
            switch piece {
            case .text(let start, let end): .bytes(page, start..<end)
            case .breaks(let text): .text(text)
            }
        }
    }

    private enum Piece {
        case text(Int, Int)
        case breaks(Substring)
    }

    /// The pieces of the tidied page, by byte offsets; nil when the page has no line with text.
    /// Lines are found with `memchr`, and a line is looked at only up to its first byte that is
    /// not a space or a tab.
    private static func kept(in bytes: UnsafeBufferPointer<UInt8>) -> [Piece]? {
        let count = bytes.count
        var out: [Piece] = []
        var run: Int?                       // start of the stretch being kept
        var lastEnd: Int?                   // end of the last line with text
        var blanks = 0                      // blank lines since it
        var onlyEmptyBlank = true           // and whether they were one empty line
        var lineStart = 0
        while true {
            // A line ends at a line feed, except the one of a CRLF, which is one character.
            var end = count, search = lineStart
            while search < count, let found = memchr(bytes.baseAddress! + search, 10, count - search) {
                let offset = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - bytes.baseAddress!
                if offset > 0 && bytes[offset - 1] == 13 {
                    search = offset + 1
                    continue
                }
                end = offset
                break
            }
            var blank = true
            for offset in lineStart..<end where bytes[offset] != 32 && bytes[offset] != 9 {
                blank = false
                break
            }
            if blank {
                blanks += 1
                if lineStart != end || blanks > 1 { onlyEmptyBlank = false }
            } else {
                if let lastEnd {
                    if blanks > 0 && !(blanks == 1 && onlyEmptyBlank) {
                        out.append(.text(run!, lastEnd))
                        out.append(.breaks("\n\n"))
                        run = lineStart
                    }
                } else {
                    run = lineStart
                }
                lastEnd = end
                blanks = 0
                onlyEmptyBlank = true
            }
            if end == count { break }
            lineStart = end + 1
        }
        guard let run, let lastEnd else { return nil }
        if lastEnd != count, lastEnd + 1 == count {
            out.append(.text(run, count))
        } else {
            out.append(.text(run, lastEnd))
            out.append(.breaks("\n"))
        }
        return out
    }
}
