/// Why a file's bytes are not plan text.
public enum TextDecodingProblem: Error, Equatable, Sendable {
    /// The file has a NUL byte at this 1-based line and column: it is binary.
    case binary(line: Int, column: Int)
    /// The bytes are not valid UTF-8 at this 1-based line and column.
    case notUTF8(line: Int, column: Int)
}

/// Decodes file bytes as UTF-8 text, dropping a leading byte-order mark.
public enum TextDecoding {
    public static func decode(_ bytes: [UInt8]) -> Result<String, TextDecodingProblem> {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let nul = body.withUnsafeBufferPointer({ ByteScan.firstOffset(of: 0, in: $0) }).map({ body.startIndex + $0 }) {
            let (line, column) = position(of: nul, in: body)
            return .failure(.binary(line: line, column: column))
        }
        if let text = String(validating: body, as: UTF8.self) {
            return .success(text)
        }
        let bad = firstInvalidByte(in: body)
        let (line, column) = position(of: bad, in: body)
        return .failure(.notUTF8(line: line, column: column))
    }

    private static func position(of index: Int, in bytes: ArraySlice<UInt8>) -> (Int, Int) {
        var line = 1
        var lineStart = bytes.startIndex
        for i in bytes.startIndex..<index where bytes[i] == UInt8(ascii: "\n") {
            line += 1
            lineStart = i + 1
        }
        // Column in characters: count the UTF-8 lead bytes before the index.
        let column = bytes[lineStart..<index].filter { $0 & 0xC0 != 0x80 }.count + 1
        return (line, column)
    }

    private static func firstInvalidByte(in bytes: ArraySlice<UInt8>) -> Int {
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let lead = bytes[i]
            let length: Int
            switch lead {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return i
            }
            guard i + length <= bytes.endIndex else { return i }
            let sequence = Array(bytes[i..<(i + length)])
            if String(validating: sequence, as: UTF8.self) == nil { return i }
            i += length
        }
        return bytes.endIndex
    }
}
