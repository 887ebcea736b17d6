/// A text compared and hashed by its UTF-8 bytes. `String`'s `==` and hashing hold canonically
/// equivalent texts equal (`é` written as one scalar or as `e` and a combining accent); a key of
/// what a byte search tells apart (`Taxonomy.contains`) must keep them apart.
struct ExactText: Hashable {
    var text: String

    init(_ text: String) { self.text = text }

    static func == (a: ExactText, b: ExactText) -> Bool { a.text.utf8.elementsEqual(b.text.utf8) }

    func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
