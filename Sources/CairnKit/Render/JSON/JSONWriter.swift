/// JSON text laid out byte for byte as Foundation's `JSONEncoder` writes it with
/// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` (swift-foundation's JSONWriter):
/// two-space indentation, `"key" : value`, an empty array or object as a bracket, an empty line
/// and the closing bracket, keys in the order of their UTF-8 bytes. Strings escape `"` and `\`,
/// the control characters as `\b \f \n \r \t` or `\u00xx` (lowercase hex), and nothing else.
/// Numbers are their Swift `description`, a Double's without a trailing `.0`.
///
/// The bytes live in one growing allocation that `JSONEncoding` owns and frees (`deallocate`).
/// An object's members are written in the order they come, then put in key order when it closes
/// (`reorder`): each member is its own run of bytes, so sorting moves runs, not values.
struct JSONWriter {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int
    private var scratch: [UInt8] = []

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    func deallocate() { base.deallocate() }

    var written: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    @inline(__always)
    private mutating func reserve(_ more: Int) {
        if count + more > capacity { grow(to: count + more) }
    }

    private mutating func grow(to needed: Int) {
        let grown = max(needed, 2 * capacity)
        let bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
        bytes.update(from: base, count: count)
        base.deallocate()
        (base, capacity) = (bytes, grown)
    }

    // MARK: Bytes

    mutating func byte(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let start = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        (base + count).update(from: start, count: bytes.count)
        count += bytes.count
    }

    mutating func ascii(_ text: StaticString) {
        append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    // MARK: Layout

    /// A line break, then `level` steps of two spaces.
    mutating func lineBreak(indent level: Int) {
        reserve(1 + 2 * level)
        base[count] = 10
        (base + count + 1).update(repeating: 32, count: 2 * level)
        count += 1 + 2 * level
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
        if value < 0 { byte(45) }
        var rest = UInt64(value.magnitude)
        // At most 20 digits, written backwards.
        reserve(20)
        var digits = 0
        var probe = rest
        repeat { digits += 1; probe /= 10 } while probe != 0
        var index = count + digits
        repeat {
            index -= 1
            base[index] = 48 &+ UInt8(truncatingIfNeeded: rest % 10)
            rest /= 10
        } while rest != 0
        count += digits
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
            var mark = 0
            for index in utf8.indices {
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

    /// Writes anew, from `start` to the end, the runs of bytes that begin at `starts` (in the
    /// order written) in the order `order` gives. Each run is a member of an object: its
    /// separator (a line break after the opening brace, a comma and a line break after a
    /// sibling), its key and its value; the first in the new order gets the line break alone,
    /// the others a comma, so the object keeps its length.
    mutating func reorder(runs starts: [Int], order: [Int]) {
        let start = starts[0], end = count
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: UnsafeBufferPointer(start: base + start, count: end - start))
        var cursor = base + start
        scratch.withUnsafeBufferPointer { source in
            for (position, run) in order.enumerated() {
                // The run from its line break on: after its comma, if it has one.
                let from = starts[run] + (run == 0 ? 0 : 1) - start
                let to = (run + 1 < starts.count ? starts[run + 1] : end) - start
                if position > 0 { cursor.pointee = 44; cursor += 1 }
                cursor.update(from: source.baseAddress! + from, count: to - from)
                cursor += to - from
            }
        }
    }
}
