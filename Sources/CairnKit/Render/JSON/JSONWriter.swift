#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// JSON text laid out byte for byte as Foundation's `JSONEncoder` writes it with
/// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` (swift-foundation's JSONWriter):
/// two-space indentation, `"key" : value`, an empty array or object as a bracket, an empty line
/// and the closing bracket, keys in the order of their UTF-8 bytes. Strings escape `"` and `\`,
/// the control characters as `\b \f \n \r \t` or `\u00xx` (lowercase hex), and nothing else.
/// Numbers are their Swift `description`, a Double's without a trailing `.0`.
///
/// The bytes live in a `ByteStore` until `handOver` gives them away; `JSONEncoding` frees what is
/// left (`deallocate`).
/// An object's members are written in the order they come, then put in key order when it closes
/// (`reorder`): each member is its own run of bytes, so sorting moves runs, not values.
struct JSONWriter {
    private var store: ByteStore
    private var scratch: [UInt8] = []

    init(capacity: Int) {
        store = ByteStore(capacity: capacity)
    }

    func deallocate() { store.release() }

    /// The bytes written, handed over without a copy; the writer starts again, empty.
    mutating func handOver() -> SharedBytes {
        let (bytes, count) = store.handOver()
        return SharedBytes(adopting: bytes, count: count)
    }

    var count: Int { store.count }
    private var base: UnsafeMutablePointer<UInt8> { store.base }
    var written: UnsafeBufferPointer<UInt8> { store.written }

    @inline(__always)
    private mutating func reserve(_ more: Int) { store.reserve(more) }

    // MARK: Bytes

    mutating func byte(_ byte: UInt8) { store.byte(byte) }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) { store.append(bytes) }

    mutating func ascii(_ text: StaticString) { store.ascii(text) }

    // MARK: Layout

    /// A line break, then `level` steps of two spaces.
    mutating func lineBreak(indent level: Int) {
        reserve(1 + 2 * level)
        base[count] = 10
        (base + count + 1).update(repeating: 32, count: 2 * level)
        store.advance(by: 1 + 2 * level)
    }

    /// The separator before an array element or object member: a line break after the opening
    /// bracket, a comma and a line break after a sibling.
    mutating func separator(first: Bool, indent level: Int) {
        if !first { byte(44) }
        lineBreak(indent: level)
    }

    /// The end of an array or object opened at `level` with `count` elements (the opening bracket
    /// is written when the container is made).
    mutating func close(_ bracket: UInt8, count: Int, indent level: Int) {
        if count == 0 { byte(10) }
        lineBreak(indent: level)
        byte(bracket)
    }

    /// The separator and key of a member of an object opened at `level`, for objects written
    /// straight (their keys in sorted order, already converted).
    mutating func member(_ key: StaticString, _ first: inout Bool, _ level: Int) {
        separator(first: first, indent: level + 1)
        first = false
        byte(34)
        ascii(key)
        ascii("\" : ")
    }

    /// A value of an object written straight.
    enum Scalar {
        case string(String), integer(Int), double(Double), bool(Bool)
    }

    /// The member `key` with `value`, whose number, if it is one, must be finite.
    mutating func member(_ key: StaticString, _ value: Scalar, _ first: inout Bool, _ level: Int) {
        member(key, &first, level)
        switch value {
        case .string(let text): string(text)
        case .integer(let number): integer(number)
        case .double(let number): double(number)
        case .bool(let truth): bool(truth)
        }
    }

    /// An object whose opening line is indented by `level`, its members written by `members`
    /// (in sorted order, keys converted), which is given whether the next member is the first.
    mutating func object(at level: Int, _ members: (inout JSONWriter, inout Bool) -> Void) {
        byte(123)
        var first = true
        members(&self, &first)
        close(125, count: 1, indent: level)
    }

    /// An empty object, which Foundation writes for a value that encodes nothing.
    mutating func emptyObject(indent level: Int) {
        byte(123)
        close(125, count: 0, indent: level)
    }

    // MARK: Scalars

    mutating func null() { ascii("null") }

    mutating func bool(_ value: Bool) { value ? ascii("true") : ascii("false") }

    mutating func integer(_ value: Int) {
        if value >= 0, value < 10 { return byte(48 &+ UInt8(truncatingIfNeeded: value)) }
        store.append(digits: value.magnitude, negative: value < 0)
    }

    /// Any other integer type, as Foundation writes it: its description.
    mutating func integer<T: BinaryInteger>(_ value: T) {
        if let small = Int(exactly: value) { integer(small) } else { number(value.description) }
    }

    /// A finite Double as Foundation writes it: its description without a trailing ".0". The
    /// caller rejects NaN and the infinities, as Foundation's default strategy does.
    mutating func double(_ value: Double) {
        // Integral values below 2^53 print as "<integer>.0": write the integer (but not for -0).
        if value.magnitude < 9_007_199_254_740_992, value == value.rounded(.towardZero), !(value == 0 && value.sign == .minus) {
            integer(Int(value))
        } else {
            number(value.description)
        }
    }

    mutating func float(_ value: Float) { number(value.description) }

    /// A number's description, a trailing ".0" dropped.
    mutating func number(_ description: String) {
        var description = description
        description.withUTF8 { utf8 in
            let end = utf8.count >= 2 && utf8[utf8.count - 2] == 46 && utf8[utf8.count - 1] == 48 ? utf8.count - 2 : utf8.count
            append(UnsafeBufferPointer(rebasing: utf8[0 ..< end]))
        }
    }

    // MARK: Strings

    /// `string` quoted and escaped.
    mutating func string(_ string: String) {
        byte(34)
        var string = string
        string.withUTF8 { utf8 in
            // The words before the first that holds a byte to escape are copied as they are.
            var mark = 0
            for index in ByteScan.jsonPlainPrefix(utf8) ..< utf8.count {
                let byte = utf8[index]
                guard byte < 32 || byte == 34 || byte == 92 else { continue }
                append(UnsafeBufferPointer(rebasing: utf8[mark ..< index]))
                escape(byte)
                mark = index + 1
            }
            append(UnsafeBufferPointer(rebasing: utf8[mark...]))
        }
        byte(34)
    }

    private mutating func escape(_ byte: UInt8) {
        self.byte(92)
        switch byte {
        case 34, 92: self.byte(byte)
        case 8: self.byte(98) // b
        case 12: self.byte(102) // f
        case 10: self.byte(110) // n
        case 13: self.byte(114) // r
        case 9: self.byte(116) // t
        default:
            let hex: (UInt8) -> UInt8 = { $0 < 10 ? 48 + $0 : 87 + $0 }
            ascii("u00")
            self.byte(hex(byte >> 4))
            self.byte(hex(byte & 15))
        }
    }

    // MARK: Reordering an object's members

    /// Puts in the order `order` gives the runs of bytes that begin at `starts` (in the order
    /// written), which run to the end. Each run is a member of an object: its separator (a line
    /// break after the opening brace, a comma and a line break after a sibling), its key and its
    /// value; the first in the new order must have the line break alone, the others a comma.
    ///
    /// The members are moved in place: each member's text without its leading comma, followed by
    /// the next one's comma (the last one's by a comma written after the end for the time being), is
    /// a unit, and units are rotated into order one after another. Only the smaller side of each
    /// rotation is copied aside, so putting a member of megabytes (the market's postings, at the top
    /// level of the analysis) in its place never holds it twice. Units already in place at either
    /// end are not touched.
    mutating func reorder(runs starts: [Int], order: [Int]) {
        var first = 0, last = order.count - 1
        while first <= last, order[first] == first { first += 1 }
        guard first <= last else { return }
        while order[last] == last { last -= 1 }
        reserve(1)
        base[count] = 44  // the last unit's comma, dropped again below (count is not moved)
        // Where each unit begins (after its member's comma, if it has one) and how long it is.
        let end = count + 1
        let unitStart = { (run: Int) -> Int in starts[run] + (run == 0 ? 0 : 1) }
        let unitEnd = { (run: Int) -> Int in run + 1 < starts.count ? unitStart(run + 1) : end }
        var waiting = Array(first ... last)  // the units not yet placed, in the order they now stand
        var lengths = waiting.map { unitEnd($0) - unitStart($0) }
        var cursor = unitStart(first)
        for position in first ... last {
            let index = waiting.firstIndex(of: order[position])!
            let length = lengths[index]
            let gap = lengths[..<index].reduce(0, +)
            if gap > 0 { rotate(at: cursor, gap: gap, length: length) }
            waiting.remove(at: index)
            lengths.remove(at: index)
            cursor += length
        }
        // A large object's stretch copied aside is let go; a small one's kept for the next.
        if scratch.capacity > 1 << 16 { scratch = [] }
    }

    /// Swaps the `gap` bytes at `at` with the `length` bytes after them, copying the shorter aside.
    private mutating func rotate(at start: Int, gap: Int, length: Int) {
        let aside = min(gap, length)
        if scratch.count < aside { scratch = [UInt8](repeating: 0, count: aside) }
        let from = base + start
        scratch.withUnsafeMutableBufferPointer { scratch in
            let kept = scratch.baseAddress!
            if length <= gap {
                kept.update(from: from + gap, count: length)
                memmove(from + length, from, gap)
                from.update(from: kept, count: length)
            } else {
                kept.update(from: from, count: gap)
                memmove(from, from + gap, length)
                (from + length).update(from: kept, count: gap)
            }
        }
    }
}
