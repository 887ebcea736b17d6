/// A map's scalar keys as numbers made of their bytes (`ByteScan.fnv1a`), so that a map
/// whose keys are all told apart by them needs no comparing of texts to know that none is written
/// twice: a front-matter's dozen keys compared pair by pair cost 2,500 instructions a map (23 M on
/// a plan of 2,000 postings).
///
/// The numbers never tell two equal keys apart (the same bytes make the same number); two keys
/// with the same number, a key that is not a scalar or not ASCII (texts of other bytes may be the
/// same characters), and a map of more keys than there is room for send the map to the comparing
/// of its keys' texts (`YAMLEvents.duplicateKey(in:)`), which finds what is written twice.
struct YAMLKeySignatures {
    private static let room = 16
    private var seen = InlineArray<16, UInt64>(repeating: 0)
    private var count = 0
    /// Whether the map's keys must be compared as texts.
    private(set) var mustCompare = false

    /// Adds the key whose scalar text is `bytes`.
    mutating func add(scalar bytes: UnsafeBufferPointer<UInt8>) {
        guard !mustCompare else { return }
        guard ByteScan.isASCII(bytes) else { return mustCompare = true }
        add(asciiSignature: ByteScan.fnv1a(bytes))
    }

    /// Adds an ASCII key whose `ByteScan.fnv1a` is `signature` (found as its bytes were read).
    mutating func add(asciiSignature signature: UInt64) {
        guard !mustCompare else { return }
        guard count < Self.room else { return mustCompare = true }
        for index in 0 ..< count where seen[index] == signature { return mustCompare = true }
        seen[count] = signature
        count += 1
    }

    /// Adds a key that is a list or a map.
    mutating func addCollection() {
        mustCompare = true
    }
}
