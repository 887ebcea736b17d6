/// Where a rendered page's bytes go, piece after piece: a file, or a buffer.
public protocol ReportSink {
    associatedtype Failure: Error
    /// The next bytes of the page.
    mutating func append(_ bytes: UnsafeRawBufferPointer) throws(Failure)
}

/// A rendered page, held as the pieces it is made of rather than joined: a JSON page is the
/// one encoded analysis that several pages share, between a few bytes of its own, so four JSON
/// pages cost one copy of the analysis, not four. `write(to:)` gives the bytes in order. A page
/// may make part of its text as it is written (`DeferredText`, from state of the job that
/// rendered it): write it on that thread, before the job ends (as `Reports.render`'s `deliver`
/// does), and once; `string` makes it anew each time.
public struct ReportText: Sendable {
    enum Piece: Sendable {
        /// Bytes as they are (often a stretch of a larger page).
        case text(Substring)
        /// Bytes shared with other pages (a stretch of an encoded analysis).
        case bytes(SharedBytes, Range<Int>)
        /// A long text made as it is written.
        case deferred(DeferredText)
    }

    let pieces: [Piece]

    init(_ pieces: [Piece]) { self.pieces = pieces }

    /// A page that is one string.
    public init(_ text: String) { self.pieces = [.text(text[...])] }

    /// A page made of these stretches of text, one after the other.
    init(joining texts: [Substring]) { self.pieces = texts.map { .text($0) } }

    /// Gives every byte of the page to `sink`, in order: the strings and bytes the page holds, as
    /// they are (a string that is not contiguous UTF-8 is copied first), and its deferred texts a
    /// piece at a time as they are made.
    public func write<Sink: ReportSink>(to sink: inout Sink) throws(Sink.Failure) {
        for piece in pieces {
            switch piece {
            case .text(let text): try Self.write(text, to: &sink)
            case .bytes(let json, let range): try sink.append(UnsafeRawBufferPointer(rebasing: json.bytes[range]))
            case .deferred(let text): try Self.write(text, to: &sink)
            }
        }
    }

    /// The page's bytes joined into one string.
    public var string: String {
        if pieces.count == 1, case .text(let text) = pieces[0] { return String(text) }
        var buffer = ByteBuffer()
        buffer.bytes.reserveCapacity(pieces.reduce(0) { size, piece in
            switch piece {
            case .text(let text): size + text.utf8.count
            case .bytes(_, let range): size + range.count
            case .deferred: size
            }
        })
        write(to: &buffer)
        return String(decoding: buffer.bytes, as: UTF8.self)
    }

    static func write<Sink: ReportSink>(_ text: Substring, to sink: inout Sink) throws(Sink.Failure) {
        let result: Result<Void, Sink.Failure>? = text.utf8.withContiguousStorageIfAvailable { utf8 in
            Result { () throws(Sink.Failure) in try sink.append(UnsafeRawBufferPointer(utf8)) }
        }
        if let result { return try result.get() }
        try append(Array(text.utf8), to: &sink)
    }

    /// Each piece of `text` as it is made; the first failure stops the making.
    static func write<Sink: ReportSink>(_ text: DeferredText, to sink: inout Sink) throws(Sink.Failure) {
        var failure: Sink.Failure?
        text.produce { piece in
            do throws(Sink.Failure) {
                try sink.append(piece)
                return true
            } catch {
                failure = error
                return false
            }
        }
        if let failure { throw failure }
    }

    static func append<Sink: ReportSink>(_ bytes: [UInt8], to sink: inout Sink) throws(Sink.Failure) {
        try bytes.withUnsafeBytes { bytes in Result { () throws(Sink.Failure) in try sink.append(bytes) } }.get()
    }
}

/// A sink that keeps the bytes in one `malloc` allocation grown by `realloc`, given away as they
/// are (`shared()`): a page's bytes to cut into stretches without a copy.
struct SharedBytesSink: ReportSink {
    private var store: ByteStore

    init(capacity: Int) { store = ByteStore(capacity: capacity) }

    mutating func append(_ bytes: UnsafeRawBufferPointer) { store.append(bytes.assumingMemoryBound(to: UInt8.self)) }

    /// The bytes appended; the sink is not used again.
    consuming func shared() -> SharedBytes {
        let (base, count) = store.handOver()
        store.release()
        return SharedBytes(adopting: base, count: count)
    }
}

/// A sink that keeps the bytes.
struct ByteBuffer: ReportSink {
    var bytes: [UInt8] = []

    mutating func append(_ bytes: UnsafeRawBufferPointer) { self.bytes.append(contentsOf: bytes) }
}
