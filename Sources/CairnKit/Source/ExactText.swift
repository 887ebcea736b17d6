import Foundation

/// A text compared and hashed by its UTF-8 bytes. `String`'s `==` and hashing hold canonically
/// equivalent texts equal (`é` written as one scalar or as `e` and a combining accent); a key of
/// what a byte search tells apart (`Taxonomy.contains`) must keep them apart.
struct ExactText: Hashable {
    var text: String

    init(_ text: String) { self.text = text }

    /// The bytes compared in place (`memcmp`): a dictionary of titles compares a key on every
    /// lookup that finds it, and a byte at a time through the views was most of the lookup.
    static func == (a: ExactText, b: ExactText) -> Bool {
        guard a.text.utf8.count == b.text.utf8.count else { return false }
        return ByteScan.withBytes(of: a.text) { x in
            ByteScan.withBytes(of: b.text) { y in x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0 }
        }
    }

    func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
