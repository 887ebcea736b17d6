import Testing
@testable import CairnKit

/// A page's deferred text is made a piece at a time as the page is written.
@Suite struct DeferredTextTests {
    /// Counts the pieces made, shared by the text and the test.
    final class Counter: @unchecked Sendable { var made = 0 }

    static func counting(_ pieces: [String], counter: Counter) -> DeferredText {
        DeferredText { emit in
            for piece in pieces {
                counter.made += 1
                if !Array(piece.utf8).withUnsafeBytes(emit) { return }
            }
        }
    }

    /// The pieces of `text`, all made now, each copied out of the buffer it is lent from.
    static func pieces(of text: DeferredText) -> [[UInt8]] {
        var pieces: [[UInt8]] = []
        text.produce { pieces.append(Array($0)); return true }
        return pieces
    }

    struct Refusing: ReportSink {
        struct Full: Error {}
        var room: Int
        var bytes: [UInt8] = []
        mutating func append(_ bytes: UnsafeRawBufferPointer) throws(Full) {
            guard self.bytes.count + bytes.count <= room else { throw Full() }
            self.bytes += bytes
        }
    }

    @Test func aPageWritesItsDeferredTextBetweenItsOtherPieces() {
        let counter = Counter()
        let page = ReportText([.text("<a>"[...]), .deferred(Self.counting(["one", "two", "three"], counter: counter)), .text("</a>"[...])])
        #expect(counter.made == 0)
        #expect(page.string == "<a>onetwothree</a>")
        #expect(counter.made == 3)
    }

    @Test func theFirstFailureStopsTheMaking() {
        let counter = Counter()
        let page = ReportText([.deferred(Self.counting(["12345", "67890", "abcde", "fghij"], counter: counter))])
        var sink = Refusing(room: 7)
        #expect(throws: Refusing.Full.self) { try page.write(to: &sink) }
        #expect(counter.made == 2)
        #expect(String(decoding: sink.bytes, as: UTF8.self) == "12345")
    }

    @Test func piecesAndTextAreMadeWhole() {
        let counter = Counter()
        let text = Self.counting(["a", "", "bc"], counter: counter)
        #expect(Self.pieces(of: text) == [[97], [], [98, 99]])
        #expect(text.text == "abc")
    }
}
