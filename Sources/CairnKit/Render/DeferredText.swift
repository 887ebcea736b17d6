/// A long text made while its page is written, a piece at a time, instead of held whole: on a
/// plan of 10,000 postings the market page's ranked postings are 10 MB of HTML.
///
/// Made and written by one page job on its own thread; the pieces come from state of that job
/// (the page's template context), which is why the type is only unchecked `Sendable`.
struct DeferredText: @unchecked Sendable {
    /// Gives the text's pieces, as UTF-8 bytes, in order to `emit`, and stops early when `emit`
    /// returns false. Bytes, not strings: a page writes them as they are, and a string of them
    /// would check every byte again (the ranked postings of a build are megabytes). Each piece is
    /// lent for the call only, from the maker's own buffer, which it then goes on writing.
    let produce: (_ emit: (UnsafeRawBufferPointer) -> Bool) -> Void

    /// The whole text, for what needs it at once (a text escaped or transformed by a template).
    var text: String {
        var joined: [UInt8] = []
        produce { joined.append(contentsOf: $0); return true }
        return String(decoding: joined, as: UTF8.self)
    }
}
