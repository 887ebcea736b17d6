/// The bytes of calendar.ics, written a content line at a time: each value TEXT-escaped and the
/// line folded in one pass over its bytes, with no string made for the escaped value or the line
/// (`ICalendarText.escape` then `fold`, which a line not in ASCII still goes through; the
/// calendar of a large plan is hundreds of kilobytes of descriptions).
struct ICalendarLines {
    private(set) var bytes: [UInt8] = []
    /// Octets on the physical line being written.
    private var octets = 0

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    /// A content line written as it is (`BEGIN:VEVENT`).
    mutating func line(_ text: StaticString) { line(text, "", escaping: false) }

    /// The content line `name` + `value`, the value TEXT-escaped when `escaping`
    /// (`name` ends with its separator: `SUMMARY:`).
    mutating func line(_ name: StaticString, _ value: String, escaping: Bool = true) {
        let carriageReturn = UInt8(ascii: "\r")
        guard ByteScan.isASCII(value), escaping || !ByteScan.contains(value, anyOf: Self.carriageReturn) else {
            let text = String(describing: name) + (escaping ? ICalendarText.escape(value) : value)
            ICalendarText.fold(text, into: &bytes)
            return
        }
        name.withUTF8Buffer { for byte in $0 { put(byte) } }
        var afterCR = false
        for byte in value.utf8 {
            defer { afterCR = byte == carriageReturn }
            guard escaping else { put(byte); continue }
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: ";"), UInt8(ascii: ","):
                put(UInt8(ascii: "\\"))
                put(byte)
            case carriageReturn:
                put(UInt8(ascii: "\\"))
                put(UInt8(ascii: "n"))
            case UInt8(ascii: "\n"):
                if !afterCR {
                    put(UInt8(ascii: "\\"))
                    put(UInt8(ascii: "n"))
                }
            case UInt8(ascii: "\t"), 0x20 ..< 0x7F:
                put(byte)
            default:  // other control characters, which TEXT may not hold
                break
            }
        }
        bytes.append(13)
        bytes.append(10)
        octets = 0
    }

    private static let carriageReturn = ByteScan.Targets("\r")

    /// Appends one octet of an ASCII line, folding first when the physical line is full.
    private mutating func put(_ byte: UInt8) {
        if octets == ICalendarText.lineLimit {
            bytes.append(13)
            bytes.append(10)
            bytes.append(32)
            octets = 1
        }
        bytes.append(byte)
        octets += 1
    }
}
