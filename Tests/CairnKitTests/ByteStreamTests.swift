import Testing
@testable import CairnKit

/// A byte stream holds what an array appended the same pieces to would, across the times it
/// grows and after it is emptied.
struct ByteStreamTests {
    @Test func aStreamHoldsWhatAnArrayWould() {
        var random = SeededRandom(state: 7)
        let texts = ["", "a", "plain text", "a & b <c>", "x|y\nz", "Ünïcødé · 東京", String(repeating: "long ", count: 80)]
        let stream = ByteStream(capacity: 1)
        var expected: [UInt8] = [], taken: [UInt8] = []
        for step in 0 ..< 3_000 {
            let text = texts[Int.random(in: 0 ..< texts.count, using: &random)]
            switch Int.random(in: 0 ..< 7, using: &random) {
            case 0:
                stream.append(literal: "<rect x=\"")
                expected += Array("<rect x=\"".utf8)
            case 1:
                let byte = UInt8.random(in: 0 ... 255, using: &random)
                stream.append(byte)
                expected.append(byte)
            case 2:
                stream.append(text: text)
                expected += Array(text.utf8)
            case 3:
                stream.append(html: text)
                expected += Array(SVG.escape(text).utf8)
            case 4:
                stream.append(markdown: text)
                expected += Array(MarkdownContentType.escape(text).utf8)
            case 5:
                let value = UInt.random(in: 0 ... UInt.max, using: &random) >> UInt.random(in: 0 ... 63, using: &random)
                let negative = Bool.random(using: &random), width = Int.random(in: 0 ... 8, using: &random)
                stream.append(digits: value, negative: negative, width: width)
                let digits = String(value)
                expected += Array(((negative ? "-" : "") + String(repeating: "0", count: max(0, width - digits.count)) + digits).utf8)
            default:
                let bytes = Array(text.utf8)
                bytes.withUnsafeBufferPointer { stream.append($0) }
                expected += bytes
            }
            #expect(stream.count == expected.count)
            if step % 500 == 499 {
                #expect(stream.bytes == expected)
                taken += stream.bytes
                stream.removeAll()
                #expect(stream.count == 0 && stream.bytes.isEmpty)
                expected.removeAll()
            }
        }
        #expect(stream.text == String(decoding: expected, as: UTF8.self))
        #expect(taken.count > 10_000)
    }
}
