#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Bytes in one `malloc` allocation grown by `realloc` (which moves a large one by remapping its
/// pages rather than copying them, so growing never holds the bytes twice), with the appends the
/// writers of pages, charts, JSON and a plan's memory share: checked for room and copied, about
/// 25 instructions for a literal of a dozen bytes where an array, checking at every piece that it
/// was not shared, took 100. Its owner frees it (`release`) or gives it away (`handOver`): a
/// `ByteStream`, or a `JSONWriter`'s encoding.
struct ByteStore {
    /// Where the bytes start, for a writer that writes or moves them in place (after `reserve`;
    /// growing moves them).
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    /// Empty, with room for `capacity` bytes before it first grows.
    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = malloc(self.capacity)!.assumingMemoryBound(to: UInt8.self)
    }

    /// Frees the bytes; the store is not used again.
    func release() { free(base) }

    /// The bytes, given away without a copy (the caller frees them with `free`); the store goes
    /// on empty, in a new allocation.
    mutating func handOver() -> (bytes: UnsafeMutableRawPointer, count: Int) {
        defer { self = ByteStore(capacity: 16) }
        return (UnsafeMutableRawPointer(base), count)
    }

    var written: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    /// Forgets the bytes, keeping the room they took.
    mutating func removeAll() { count = 0 }

    /// Forgets the bytes after the first `kept`, keeping the room they took.
    mutating func truncate(to kept: Int) {
        precondition(kept >= 0 && kept <= count, "a store is cut to at most what it holds")
        count = kept
    }

    /// Room for `more` bytes after those written.
    @inline(__always)
    mutating func reserve(_ more: Int) {
        if count + more > capacity { grow(to: count + more) }
    }

    private mutating func grow(to needed: Int) {
        let grown = max(needed, 2 * capacity)
        base = realloc(base, grown)!.assumingMemoryBound(to: UInt8.self)
        capacity = grown
    }

    /// Counts `written` more bytes, which a writer put in place after `base + count`, within the
    /// room it reserved.
    @inline(__always)
    mutating func advance(by written: Int) { count += written }

    @inline(__always)
    mutating func byte(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let start = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        (base + count).update(from: start, count: bytes.count)
        count += bytes.count
    }

    @inline(__always)
    mutating func ascii(_ text: StaticString) {
        append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Appends `value` in decimal, `-` first when `negative`, with leading zeros to at least
    /// `width` digits.
    @inline(__always)
    mutating func append(digits value: UInt, negative: Bool = false, width: Int = 1) {
        reserve(21 + max(0, width))
        advance(by: Self.write(digits: value, negative: negative, width: width, into: base + count))
    }

    /// Writes `value` in decimal at `start`, `-` first when `negative`, with leading zeros to at
    /// least `width` digits; returns how many bytes it wrote (at most 21, or `width` and 1).
    /// Its digits are counted, then written from the last (a division by 10 is a multiplication).
    static func write(digits value: UInt, negative: Bool, width: Int, into start: UnsafeMutablePointer<UInt8>) -> Int {
        var digits = 1, probe = value
        while probe >= 10 {
            probe /= 10
            digits += 1
        }
        let sign = negative ? 1 : 0, end = sign + max(digits, width)
        if negative { start[0] = UInt8(ascii: "-") }
        var index = end, rest = value
        while index > sign {
            index -= 1
            start[index] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest % 10)
            rest /= 10
        }
        return end
    }
}
