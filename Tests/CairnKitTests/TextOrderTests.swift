import Testing
@testable import CairnKit

/// Texts sorted on their bytes come out in `String`'s order.
@Suite struct TextOrderTests {
    /// Random texts of a few letters (one a prefix of another, equal ones, empty ones), ASCII or
    /// with a character that is not: either way, the order of `sorted()`.
    @Test func sortsAsStrings() {
        var random = SeededRandom(state: 2026)
        let letters: [String] = ["a", "b", "B", "-", "0", "9", ".", " ", "~", "\u{7f}"]
        let others: [String] = ["é", "e\u{301}", "Å", "ß", "👩‍💻", "\u{0}"]
        for round in 0 ..< 400 {
            let count = Int(random.next() % 40)
            var texts: [String] = []
            for _ in 0 ..< count {
                let length = Int(random.next() % 6)
                texts.append((0 ..< length).map { _ in letters[Int(random.next() % UInt64(letters.count))] }.joined())
            }
            if round % 4 == 3, !texts.isEmpty {
                texts[Int(random.next() % UInt64(texts.count))] += others[Int(random.next() % UInt64(others.count))]
            }
            #expect(TextOrder.sorted(texts) == texts.sorted(), "\(texts)")
        }
    }

    /// Longer texts that share their first bytes, as a folder's names do, and differ before,
    /// across and after the sixteenth byte (zero bytes too, which sort before every other).
    @Test func sortsTextsThatShareTheirStart() {
        var random = SeededRandom(state: 17)
        let starts = ["", "posting-", "posting-0000", "posting-00001234", "posting-00001234.md"]
        let letters: [String] = ["a", "0", "1", ".", "\u{0}", "~", "-"]
        for _ in 0 ..< 400 {
            let texts = (0 ..< Int(random.next() % 30)).map { _ in
                starts[Int(random.next() % UInt64(starts.count))]
                    + (0 ..< Int(random.next() % 10)).map { _ in letters[Int(random.next() % UInt64(letters.count))] }.joined()
            }
            #expect(TextOrder.sorted(texts) == texts.sorted(), "\(texts)")
        }
    }

    /// A folder's names: what the loader lists.
    @Test func sortsFileNames() {
        let names = ["posting-00010.md", "posting-0001.md", "Posting-2.md", "posting-00002.md", "README.md", "_drafts", "posting-00001.md"]
        #expect(TextOrder.sorted(names) == names.sorted())
        #expect(TextOrder.sorted(names) == ["Posting-2.md", "README.md", "_drafts", "posting-00001.md", "posting-00002.md",
                                            "posting-0001.md", "posting-00010.md"])
    }
}
