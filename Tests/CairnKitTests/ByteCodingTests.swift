import Testing
@testable import CairnKit

/// `ByteWriter` and `ByteReader`: what is written is read back, and bytes that are not what was
/// asked for are refused, never misread.
@Suite struct ByteCodingTests {
    @Test func wholeNumbersTakeSevenBitsAByte() {
        for (number, bytes) in [(UInt64(0), [0x00]), (127, [0x7f]), (128, [0x80, 0x01]), (300, [0xac, 0x02]),
                                (UInt64.max, [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01])] as [(UInt64, [UInt8])] {
            var writer = ByteWriter()
            writer.add(number)
            #expect(writer.bytes == bytes, "\(number)")
        }
        // Zigzag: small numbers of either sign are one byte.
        for (number, byte) in [(0, 0), (-1, 1), (1, 2), (-2, 3), (63, 126), (-64, 127)] {
            var writer = ByteWriter()
            writer.add(number)
            #expect(writer.bytes == [UInt8(byte)], "\(number)")
        }
    }

    @Test func whatIsWrittenIsReadBack() throws {
        let numbers = [0, 1, -1, 127, 128, -129, Int.max, Int.min, 1 << 40]
        let doubles = [0.0, -0.0, 0.1 + 0.2, 1e300, -.infinity, .leastNonzeroMagnitude]
        let texts = ["", "a", "Ünïcode ✅ 📅", String(repeating: "x", count: 300)]
        var writer = ByteWriter()
        for number in numbers { writer.add(number) }
        for double in doubles { writer.add(double) }
        writer.add(all: texts) { $0.add(text: $1) }
        writer.add(nil as String?) { $0.add(text: $1) }
        writer.add("there" as String?) { $0.add(text: $1) }
        writer.add(true)
        var reader = ByteReader(writer.bytes)
        for number in numbers { #expect(try reader.int() == number) }
        for double in doubles { #expect(try reader.double().bitPattern == double.bitPattern) }
        #expect(try reader.all { reader throws(ByteReader.Malformed) in try reader.text() } == texts)
        #expect(try reader.optional { reader throws(ByteReader.Malformed) in try reader.text() } == nil)
        #expect(try reader.optional { reader throws(ByteReader.Malformed) in try reader.text() } == "there")
        #expect(try reader.bool())
        #expect(reader.isAtEnd)
    }

    @Test func aTextLikeTheOneBeforeIsReadAsIt() throws {
        var writer = ByteWriter()
        for text in ["jobs/acme.md", "jobs/acme.md", "jobs/acme.mdx", "", "jobs/acme.md"] { writer.add(text: text) }
        var reader = ByteReader(writer.bytes)
        #expect(try reader.text(sameAs: "jobs/acme.md") == "jobs/acme.md")
        #expect(try reader.text(sameAs: "jobs/acme.md") == "jobs/acme.md")
        #expect(try reader.text(sameAs: "jobs/acme.md") == "jobs/acme.mdx", "a longer text is read whole")
        #expect(try reader.text(sameAs: "jobs/acme.md") == "")
        #expect(try reader.text(sameAs: "") == "jobs/acme.md")
        #expect(reader.isAtEnd)
        var cut = ByteReader([24, 0x6a])  // "jobs/acme.md" announced, one byte there
        #expect(throws: ByteReader.Malformed.self) { try cut.text(sameAs: "jobs/acme.md") }
    }

    @Test func malformedBytesThrow() throws {
        var cut = ByteReader([0x80])  // a number whose last byte is missing
        #expect(throws: ByteReader.Malformed.self) { try cut.uint64() }
        var long = ByteReader([UInt8](repeating: 0xff, count: 11))  // more than 64 bits
        #expect(throws: ByteReader.Malformed.self) { try long.uint64() }
        var flag = ByteReader([2])
        #expect(throws: ByteReader.Malformed.self) { try flag.bool() }
        var text = ByteReader([4, 0x61])  // four bytes announced, one there
        #expect(throws: ByteReader.Malformed.self) { try text.text() }
        var invalid = ByteReader([2, 0xc3, 0x28])  // not UTF-8
        #expect(throws: ByteReader.Malformed.self) { try invalid.text() }
        var many = ByteReader([0x80, 0x02])  // a count of 128, and no bytes after it
        #expect(throws: ByteReader.Malformed.self) { try many.all { reader throws(ByteReader.Malformed) in try reader.bool() } }
        var negative = ByteReader([0xff, 0xff, 0x03])  // a count of -32,768
        #expect(throws: ByteReader.Malformed.self) { try negative.all { reader throws(ByteReader.Malformed) in try reader.bool() } }
        var bounded = ByteReader([1, 2], count: 1)  // the second byte is past the end given
        #expect(try bounded.uint64() == 1)
        #expect(bounded.isAtEnd)
        #expect(throws: ByteReader.Malformed.self) { try bounded.uint64() }
        var double = ByteReader([1, 2, 3])
        #expect(throws: ByteReader.Malformed.self) { try double.double() }
    }
}
