/// Pages, parts, charts and a plan's memory written into one buffer of bytes, piece by piece:
/// the market's chart and rows of 2,000 postings are hundreds of thousands of pieces. Its memory
/// is its own, grown by doubling; an array checked at every piece that it was not shared and had
/// room, about 100 instructions for a literal of a dozen bytes against 25 here. A class, so that a
/// writer hands it on without a copy to check for: one stream is written by one writer on one
/// thread, and no method reaches the stream again while it changes it, so its fields go without
/// the runtime's check of exclusive access (as many instructions again as an append).
public final class ByteStream {
    @exclusivity(unchecked) private var base: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private var capacity: Int
    /// How many bytes are written.
    @exclusivity(unchecked) public private(set) var count = 0

    /// An empty stream with room for `capacity` bytes before it first grows.
    public init(capacity: Int = 256) {
        self.capacity = Swift.max(16, capacity)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// The bytes written, copied out.
    public var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

    /// The bytes written, as UTF-8 text.
    public var text: String { String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self) }

    /// The bytes written, read in place.
    public func withBytes<Result, Failure: Error>(_ body: (UnsafeRawBufferPointer) throws(Failure) -> Result) throws(Failure) -> Result {
        try body(UnsafeRawBufferPointer(start: base, count: count))
    }

    /// Forgets the bytes written, keeping the room they took.
    public func removeAll() { count = 0 }

    /// The bytes written since the start or the last `take`, copied out; the stream goes on empty,
    /// with the room it had.
    public func take() -> [UInt8] {
        defer { removeAll() }
        return bytes
    }

    /// Room for `more` bytes after those written.
    @inline(__always) private func reserve(_ more: Int) {
        if count + more > capacity { grow(count + more) }
    }

    private func grow(_ needed: Int) {
        let larger = Swift.max(needed, capacity * 2)
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        moved.update(from: base, count: count)
        base.deallocate()
        base = moved
        capacity = larger
    }

    public func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    public func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let start = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        (base + count).update(from: start, count: bytes.count)
        count += bytes.count
    }

    /// Appends text written in the code, copied from the literal's bytes.
    public func append(literal: StaticString) {
        append(UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    /// Appends a text made at run time, as it is.
    public func append(text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    /// Appends `value` in decimal, `-` first when `negative`, with leading zeros to at least
    /// `width` digits.
    public func append(digits value: UInt, negative: Bool = false, width: Int = 1) {
        reserve(21 + Swift.max(0, width))
        count += Self.write(digits: value, negative: negative, width: width, into: base + count)
    }

    /// Writes `value` in decimal at `start`, `-` first when `negative`, with leading zeros to at
    /// least `width` digits; returns how many bytes it wrote (at most 21 and `width` more).
    static func write(digits value: UInt, negative: Bool, width: Int, into start: UnsafeMutablePointer<UInt8>) -> Int {
        var written = 0
        if negative {
            start[0] = UInt8(ascii: "-")
            written = 1
        }
        var divisor: UInt = 1, digits = 1
        while value / divisor >= 10 || digits < width {
            divisor *= 10
            digits += 1
        }
        while divisor > 0 {
            start[written] = UInt8(ascii: "0") + UInt8(value / divisor % 10)
            written += 1
            divisor /= 10
        }
        return written
    }
}
