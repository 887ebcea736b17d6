/// The bytes of calendar.ics, written a content line at a time: each value TEXT-escaped and the
/// line folded in one pass over its bytes, with no string made for the escaped value or the line
/// (`ICalendarText.escape` then `fold`, which a line not in ASCII still goes through; the
/// calendar of a large plan is hundreds of kilobytes of descriptions).
struct ICalendarLines {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    /// A content line written as it is (`BEGIN:VEVENT`).
    mutating func line(_ text: StaticString) { line(text, "", escaping: false) }

    /// The content line `name` + `value`, the value TEXT-escaped when `escaping`
    /// (`name` ends with its separator: `SUMMARY:`).
    mutating func line(_ name: StaticString, _ value: String, escaping: Bool = true) {
        guard ByteScan.isASCII(value), escaping || !ByteScan.contains(value, anyOf: Self.carriageReturn) else {
            let text = String(describing: name) + (escaping ? ICalendarText.escape(value) : value)
            ICalendarText.fold(text, into: &bytes)
            return
        }
        // Written into a buffer as long as the line can grow (each octet of the value escaped into
        // two, a fold of three octets every 74), then appended to the calendar's bytes at once.
        let octets = name.utf8CodeUnitCount + value.utf8.count * 2
        let capacity = octets + 3 * (octets / (ICalendarText.lineLimit - 1) + 1) + 2
        var value = value
        value.withUTF8 { value in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
                var length = 0, onLine = 0
                func put(_ byte: UInt8) {
                    if onLine == ICalendarText.lineLimit {
                        buffer[length] = 13
                        buffer[length + 1] = 10
                        buffer[length + 2] = 32
                        length += 3
                        onLine = 1
                    }
                    buffer[length] = byte
                    length += 1
                    onLine += 1
                }
                name.withUTF8Buffer { for byte in $0 { put(byte) } }
                var previous: UInt8 = 0
                for byte in value {
                    if escaping { ICalendarText.escape(byte, after: previous, put) } else { put(byte) }
                    previous = byte
                }
                buffer[length] = 13
                buffer[length + 1] = 10
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<(length + 2)]))
            }
        }
    }

    private static let carriageReturn = ByteScan.Targets("\r")
}
