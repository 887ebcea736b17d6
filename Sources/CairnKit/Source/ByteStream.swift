/// Pages, parts, charts and a plan's memory written into one buffer of bytes (a `ByteStore`),
/// piece by piece: the market's chart and rows of 2,000 postings are hundreds of thousands of
/// pieces. A class, so that a writer hands it on without a copy to check for: one stream is written
/// by one writer on one thread, and no method reaches the stream again while it changes it, so its
/// bytes go without the runtime's check of exclusive access (as many instructions again as an
/// append).
public final class ByteStream {
    @exclusivity(unchecked) private var store: ByteStore

    /// An empty stream with room for `capacity` bytes before it first grows.
    public init(capacity: Int = 256) {
        store = ByteStore(capacity: capacity)
    }

    deinit { store.release() }

    /// How many bytes are written.
    public var count: Int { store.count }

    /// The bytes written, copied out.
    public var bytes: [UInt8] { Array(store.written) }

    /// The bytes written, as UTF-8 text.
    public var text: String { String(decoding: store.written, as: UTF8.self) }

    /// Writes `value` in decimal at `start`, `-` first when `negative`: how many bytes it wrote
    /// (at most 21). `ByteStore.write(digits:negative:width:into:)`, for writers outside a stream.
    public static func write(digits value: UInt, negative: Bool = false, into start: UnsafeMutablePointer<UInt8>) -> Int {
        ByteStore.write(digits: value, negative: negative, width: 1, into: start)
    }

    /// The bytes written, read in place.
    public func withBytes<Result, Failure: Error>(_ body: (UnsafeRawBufferPointer) throws(Failure) -> Result) throws(Failure) -> Result {
        try body(UnsafeRawBufferPointer(store.written))
    }

    /// Forgets the bytes written, keeping the room they took.
    public func removeAll() { store.removeAll() }

    /// Forgets the bytes written after the first `kept`.
    public func truncate(to kept: Int) { store.truncate(to: kept) }

    @inline(__always)
    public func append(_ byte: UInt8) { store.byte(byte) }

    @inline(__always)
    public func append(_ bytes: UnsafeBufferPointer<UInt8>) { store.append(bytes) }

    /// Appends text written in the code, copied from the literal's bytes.
    @inline(__always)
    public func append(literal: StaticString) { store.ascii(literal) }

    /// Appends a text made at run time, as it is.
    public func append(text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    /// Appends `value` in decimal, `-` first when `negative`, with leading zeros to at least
    /// `width` digits.
    @inline(__always)
    public func append(digits value: UInt, negative: Bool = false, width: Int = 1) {
        store.append(digits: value, negative: negative, width: width)
    }
}
