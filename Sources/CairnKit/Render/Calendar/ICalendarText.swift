/// The text rules of RFC 5545 every line of calendar.ics follows: TEXT escaping, folding at
/// 75 octets with CRLF line ends, dates, and the characters a UID is made of.
enum ICalendarText {
    /// The longest a line may be, in octets, not counting its CRLF (RFC 5545 section 3.1).
    static let lineLimit = 75

    /// A TEXT value: `\`, `;` and `,` escaped, every line break (CRLF, CR, LF) as `\n`, and the
    /// other control characters, which TEXT may not hold, dropped. Tabs are kept.
    static func escape(_ text: String) -> String {
        // On UTF-8 bytes: every byte it changes is ASCII, and no byte of a longer character is.
        if text.utf8.allSatisfy(isPlain) { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 8)
        var previous: UInt8 = 0
        for byte in text.utf8 {
            escape(byte, after: previous) { out.append($0) }
            previous = byte
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether TEXT escaping keeps `byte` as it is.
    private static func isPlain(_ byte: UInt8) -> Bool {
        (byte >= 0x20 && byte != 0x7F && byte != UInt8(ascii: "\\") && byte != UInt8(ascii: ";") && byte != UInt8(ascii: ","))
            || byte == UInt8(ascii: "\t")
    }

    /// Gives `emit` what TEXT escaping makes of `byte`, which follows `previous` in the text's
    /// UTF-8 (the rule of `escape`, which `ICalendarLines` writes by as well).
    @inline(__always)
    static func escape(_ byte: UInt8, after previous: UInt8, _ emit: (UInt8) -> Void) {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: ";"), UInt8(ascii: ","):
            emit(UInt8(ascii: "\\"))
            emit(byte)
        case UInt8(ascii: "\r"):
            emit(UInt8(ascii: "\\"))
            emit(UInt8(ascii: "n"))
        case UInt8(ascii: "\n"):
            // The LF of a CRLF is the CR's line break, escaped already.
            if previous != UInt8(ascii: "\r") {
                emit(UInt8(ascii: "\\"))
                emit(UInt8(ascii: "n"))
            }
        case UInt8(ascii: "\t"), 0x20 ..< 0x7F, 0x80...:
            emit(byte)
        default:  // the other control characters, and DEL
            break
        }
    }

    private static let carriageReturn = ByteScan.Targets("\r")

    /// One content line as written: folded so that no line passes 75 octets (a continuation
    /// starts with a space, which counts), between characters as people see them (an emoji with
    /// its skin tone stays on one line), and never inside a character's UTF-8 bytes even when one
    /// such character is longer than a line; every line ends with CRLF.
    static func fold(_ line: String) -> String {
        var bytes: [UInt8] = []
        fold(line, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `fold(line)` appended to `bytes`: the calendar is written into one buffer, not a string a line.
    static func fold(_ line: String, into bytes: inout [UInt8]) {
        // ASCII without a carriage return (nearly every line): each character is one octet.
        guard ByteScan.isASCII(line), !ByteScan.contains(line, anyOf: carriageReturn) else {
            bytes.append(contentsOf: foldCharacters(line).utf8)
            return
        }
        var octets = 0
        for byte in line.utf8 {
            if octets == lineLimit {
                bytes.append(contentsOf: [13, 10, 32] as [UInt8])
                octets = 1
            }
            bytes.append(byte)
            octets += 1
        }
        bytes.append(13)
        bytes.append(10)
    }

    /// `fold`, a character at a time.
    static func foldCharacters(_ line: String) -> String {
        var out = ""
        var octets = 0
        func append(_ scalars: some Sequence<Unicode.Scalar>, width: Int) {
            if octets + width > lineLimit {
                out += "\r\n "
                octets = 1
            }
            out.unicodeScalars.append(contentsOf: scalars)
            octets += width
        }
        for character in line {
            let width = character.utf8.count
            if width < lineLimit {
                append(character.unicodeScalars, width: width)
            } else {
                for scalar in character.unicodeScalars { append(CollectionOfOne(scalar), width: UTF8.width(scalar)) }
            }
        }
        return out + "\r\n"
    }

    /// A DATE value: 2026-11-23 -> "20261123".
    static func date(_ day: Day) -> String {
        day.text(separator: nil)
    }

    /// `text` in characters every calendar keeps in a UID (ASCII letters, digits, `-`, `_`):
    /// `:` becomes `.`, anything else its UTF-8 bytes as `%XX`, so different texts stay different.
    static func uidPart(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            case UInt8(ascii: ":"):
                out += "."
            default:
                let hex = Array("0123456789ABCDEF")
                out += "%" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 0x0F)])
            }
        }
        return out
    }
}
