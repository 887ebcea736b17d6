/// Where a rendered page's bytes go, piece after piece: a file, or a buffer.
public protocol ReportSink {
    associatedtype Failure: Error
    /// The next bytes of the page.
    mutating func append(_ bytes: UnsafeRawBufferPointer) throws(Failure)
}

/// A rendered page, held as the pieces it is made of rather than joined: a JSON page is the
/// one encoded analysis that several pages share, between a few bytes of its own, so five JSON
/// pages cost one copy of the analysis, not five. `write(to:)` gives the bytes in order.
public struct ReportText: Sendable {
    enum Piece: Sendable {
        /// Bytes as they are (often a stretch of a larger page).
        case text(Substring)
        /// JSON indented one level (two spaces after each line break but where the next line is empty).
        case indentedJSON(String)
    }

    let pieces: [Piece]

    init(_ pieces: [Piece]) { self.pieces = pieces }

    /// A page that is one string.
    public init(_ text: String) { self.pieces = [.text(text[...])] }

    /// A page made of these stretches of text, one after the other.
    init(joining texts: [Substring]) { self.pieces = texts.map { .text($0) } }

    /// Gives every byte of the page to `sink`, in order, in pieces of at most a few tens of KiB
    /// beyond the strings the page already holds.
    public func write<Sink: ReportSink>(to sink: inout Sink) throws(Sink.Failure) {
        for piece in pieces {
            switch piece {
            case .text(let text): try Self.write(text, to: &sink)
            case .indentedJSON(let json): try Self.writeIndented(json, to: &sink)
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
            case .indentedJSON(let json): size + json.utf8.count + json.utf8.count / 4
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

    static func append<Sink: ReportSink>(_ bytes: [UInt8], to sink: inout Sink) throws(Sink.Failure) {
        try bytes.withUnsafeBytes { bytes in Result { () throws(Sink.Failure) in try sink.append(bytes) } }.get()
    }

    /// `json` with two spaces after each line break that is followed by anything but another line
    /// break: a raw line break only ever stands between tokens (strings escape theirs), and
    /// JSONEncoder writes an empty line, unindented, only inside an empty array or object.
    static func writeIndented<Sink: ReportSink>(_ json: String, to sink: inout Sink) throws(Sink.Failure) {
        let chunk = 1 << 16
        var out: [UInt8] = []
        out.reserveCapacity(chunk + 3)
        var json = json
        let result: Result<Void, Sink.Failure> = json.withUTF8 { utf8 in
            Result { () throws(Sink.Failure) in
                for index in utf8.indices {
                    let byte = utf8[index]
                    out.append(byte)
                    if byte == 10, index + 1 < utf8.count, utf8[index + 1] != 10 { out += [32, 32] }
                    if out.count >= chunk {
                        try append(out, to: &sink)
                        out.removeAll(keepingCapacity: true)
                    }
                }
                if !out.isEmpty { try append(out, to: &sink) }
            }
        }
        try result.get()
    }
}

/// A sink that keeps the bytes.
struct ByteBuffer: ReportSink {
    var bytes: [UInt8] = []

    mutating func append(_ bytes: UnsafeRawBufferPointer) { self.bytes.append(contentsOf: bytes) }
}
