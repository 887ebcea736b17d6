/// Numbers and texts as bytes, one after another: what a `Fingerprint` digests and what a
/// `ByteWriter` keeps, read back by a `ByteReader`. Whole numbers take seven bits a byte, least
/// significant first, the last byte without its high bit (LEB128): most take one or two bytes.
/// Texts are their length, then their bytes, so that values given one by one are told apart
/// whatever they hold.
public protocol ByteSink {
    mutating func add(_ bytes: UnsafeRawBufferPointer)
    /// One byte: the same as `add` of a buffer holding it, which a sink may take more cheaply.
    mutating func add(byte: UInt8)
}

extension ByteSink {
    public mutating func add(byte: UInt8) {
        withUnsafeBytes(of: byte) { add($0) }
    }

    /// `number`, seven bits a byte, each byte given alone (most numbers are one or two bytes,
    /// and a buffer costs more to hand over than its bytes).
    public mutating func add(_ number: UInt64) {
        var rest = number
        while rest > 0x7f {
            add(byte: UInt8(rest & 0x7f) | 0x80)
            rest >>= 7
        }
        add(byte: UInt8(rest))
    }

    /// `number` zigzagged (0, -1, 1, -2, ... as 0, 1, 2, 3, ...): small ones of either sign are short.
    public mutating func add(_ number: Int) {
        add(UInt64(bitPattern: Int64(number) << 1 ^ Int64(number) >> 63))
    }

    /// `number` by its eight bytes, least significant first: 0.1 + 0.2 and 0.3 differ.
    public mutating func add(_ number: Double) {
        withUnsafeBytes(of: number.bitPattern.littleEndian) { add($0) }
    }

    public mutating func add(_ flag: Bool) { add(UInt64(flag ? 1 : 0)) }

    /// `text`'s length in bytes, then its bytes.
    public mutating func add(text: String) {
        var text = text
        add(text.utf8.count)
        text.withUTF8 { add(UnsafeRawBufferPointer($0)) }
    }

    /// Whether `value` is there (`add(false)`), then what `write` adds of it.
    public mutating func add<Value>(_ value: Value?, _ write: (inout Self, Value) -> Void) {
        add(value != nil)
        if let value { write(&self, value) }
    }

    /// How many `values`, then what `write` adds of each.
    public mutating func add<Value>(all values: [Value], _ write: (inout Self, Value) -> Void) {
        add(values.count)
        for value in values { write(&self, value) }
    }
}

/// The bytes given to it, kept in order.
public struct ByteWriter: ByteSink {
    /// The bytes, in a stream of their own (`ByteStream`): a plan's memory is a megabyte of small
    /// pieces. A copy of the writer writes into the same stream.
    private let stream = ByteStream(capacity: 4_096)

    public init() {}

    /// The bytes given so far, copied out.
    public var bytes: [UInt8] { stream.bytes }

    /// How many bytes were given since the start or the last `flush`.
    public var count: Int { stream.count }

    /// The bytes given so far, read in place.
    public func withBytes<Result>(_ body: (UnsafeRawBufferPointer) -> Result) -> Result { stream.withBytes(body) }

    public mutating func add(_ bytes: UnsafeRawBufferPointer) {
        stream.append(bytes.assumingMemoryBound(to: UInt8.self))
    }

    public mutating func add(byte: UInt8) {
        stream.append(byte)
    }

    /// Gives the bytes so far to `sink` and forgets them, keeping the room they took.
    public mutating func flush<Sink: ReportSink>(to sink: inout Sink) throws(Sink.Failure) {
        try stream.withBytes { bytes throws(Sink.Failure) in try sink.append(bytes) }
        stream.removeAll()
    }
}

/// Reads back what a `ByteWriter` was given, in the same order; bytes that end too soon or do
/// not hold what is asked for throw `Malformed`.
public struct ByteReader {
    public struct Malformed: Error {}

    private let bytes: [UInt8]
    private var offset = 0
    /// Where reading stops: the bytes' count, or fewer.
    private let end: Int

    /// Reads `bytes`, or only their first `count`.
    public init(_ bytes: [UInt8], count: Int? = nil) {
        self.bytes = bytes
        end = min(max(0, count ?? bytes.count), bytes.count)
    }

    /// True once every byte was read.
    public var isAtEnd: Bool { offset == end }

    public mutating func uint64() throws(Malformed) -> UInt64 {
        var number: UInt64 = 0, shift: UInt64 = 0
        while true {
            guard offset < end, shift < 64 else { throw Malformed() }
            let byte = bytes[offset]
            offset += 1
            number |= UInt64(byte & 0x7f) << shift
            if byte & 0x80 == 0 { return number }
            shift += 7
        }
    }

    public mutating func int() throws(Malformed) -> Int {
        let zigzag = try uint64()
        return Int(Int64(bitPattern: zigzag >> 1) ^ -Int64(bitPattern: zigzag & 1))
    }

    public mutating func double() throws(Malformed) -> Double {
        guard end - offset >= 8 else { throw Malformed() }
        var bits: UInt64 = 0
        for index in (0..<8).reversed() { bits = bits << 8 | UInt64(bytes[offset + index]) }
        offset += 8
        return Double(bitPattern: bits)
    }

    public mutating func bool() throws(Malformed) -> Bool {
        switch try uint64() {
        case 0: false
        case 1: true
        default: throw Malformed()
        }
    }

    /// A text equal to `previous` is `previous` itself: one string for the many places that
    /// hold the same (the path of every location in a file), not a copy each.
    public mutating func text(sameAs previous: String) throws(Malformed) -> String {
        let start = offset
        let count = try int()
        var previous = previous
        let same = previous.withUTF8 { known in
            known.count == count && end - offset >= count
                && bytes.withUnsafeBufferPointer { $0[offset..<(offset + count)].elementsEqual(known) }
        }
        guard same else {
            offset = start
            return try text()
        }
        offset += count
        return previous
    }

    /// A text, which must be UTF-8.
    public mutating func text() throws(Malformed) -> String {
        let count = try int()
        guard count >= 0, end - offset >= count else { throw Malformed() }
        let start = offset
        offset += count
        // Validated from contiguous memory: a slice of the array would be read byte by byte. ASCII,
        // the common case, needs no validating (the generic validation costs runtime type lookups).
        let text = bytes.withUnsafeBufferPointer { buffer in
            let utf8 = UnsafeBufferPointer(rebasing: buffer[start..<(start + count)])
            return utf8.allSatisfy { $0 < 0x80 } ? String(decoding: utf8, as: UTF8.self) : String(validating: utf8, as: UTF8.self)
        }
        guard let text else { throw Malformed() }
        return text
    }

    /// A value written with `add(_:_:)` of an optional.
    public mutating func optional<Value>(_ read: (inout ByteReader) throws(Malformed) -> Value) throws(Malformed) -> Value? {
        try bool() ? try read(&self) : nil
    }

    /// Values written with `add(all:_:)`.
    public mutating func all<Value>(_ read: (inout ByteReader) throws(Malformed) -> Value) throws(Malformed) -> [Value] {
        let count = try int()
        guard count >= 0, count <= end - offset else { throw Malformed() }
        var values: [Value] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try read(&self)) }
        return values
    }
}
