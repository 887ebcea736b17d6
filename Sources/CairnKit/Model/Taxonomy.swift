import Foundation

/// The skills Cairn knows, looked up by id, name or alias, case-insensitively.
public struct Taxonomy: Sendable, Equatable {
    public private(set) var skills: [String: SkillDefinition] = [:]
    private var index = NameIndex()

    public init(_ definitions: [SkillDefinition] = []) {
        for definition in definitions { add(definition) }
    }

    /// Adds a skill, replacing one with the same id.
    public mutating func add(_ definition: SkillDefinition) {
        if let old = skills[definition.id] {
            for key in [old.id, old.name] + old.aliases where index[normalised: Taxonomy.normalise(key)] == old.id {
                index[normalised: Taxonomy.normalise(key)] = nil
            }
        }
        skills[definition.id] = definition
        for key in [definition.id, definition.name] + definition.aliases {
            index[normalised: Taxonomy.normalise(key)] = definition.id
        }
    }

    /// The id of the skill named `name` (id, name or alias), if known.
    public func id(for name: String) -> String? { index.id(for: name) }

    /// The skill named `name`, if known.
    public func skill(named name: String) -> SkillDefinition? { id(for: name).flatMap { skills[$0] } }

    /// The display name of a skill id (the id itself for ad-hoc skills).
    public func name(of id: String) -> String { skills[id]?.name ?? id }

    /// Every name and alias, for suggestions.
    public var allNames: [String] { TextOrder.sorted(skills.values.flatMap { [$0.name] + $0.aliases }) }

    /// Skill names compare in this form: lower-case, `-` and `_` as spaces, runs of spaces as one.
    /// `text` with everything but letters and digits as spaces, normalised and padded with a
    /// space on each side: "Staff Engineer (Payments)" -> " staff engineer payments ".
    public static func words(_ text: String) -> String {
        text.isASCII ? asciiWords(text) : " " + normalise(characterLettersAndDigits(text)) + " "
    }

    /// `text` with every character but letters and digits made a space.
    static func characterLettersAndDigits(_ text: String) -> String {
        String(text.map { $0.isLetter || $0.isNumber ? $0 : " " })
    }

    /// `words` for ASCII text, in one pass over its bytes into the string: each run of letters
    /// and digits lower-cased, one space between runs and one at either end. (A posting's title
    /// is made its words as it is read; three strings were made on the way.)
    static func asciiWords(_ text: String) -> String {
        ByteScan.withBytes(of: text) { bytes in
            String(unsafeUninitializedCapacity: bytes.count + 2) { out in
                out[0] = UInt8(ascii: " ")
                var count = 1, spaceBefore = false
                for byte in bytes {
                    guard isASCIILetterOrDigit(byte) else { spaceBefore = count > 1; continue }
                    if spaceBefore {
                        out[count] = UInt8(ascii: " ")
                        count += 1
                        spaceBefore = false
                    }
                    out[count] = byte.asciiLowercased
                    count += 1
                }
                out[count] = UInt8(ascii: " ")
                return count + 1
            }
        }
    }

    /// Whether an ASCII byte is a letter or a digit: what `Character.isLetter || isNumber` says of it.
    static func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): true
        default: false
        }
    }

    /// Whether `text` holds `part` byte for byte (both normalised the same way): a plain search
    /// on the UTF-8 bytes, without Foundation's locale-aware one. An empty `part` is held.
    public static func contains(_ text: String, _ part: String) -> Bool {
        part.isEmpty || text.containsText(part)
    }

    public static func normalise(_ name: String) -> String {
        name.isASCII ? normaliseASCII(name) : normaliseCharacters(name)
    }

    /// `normalise` for any text, character by character.
    static func normaliseCharacters(_ name: String) -> String {
        var out = ""
        var lastWasSpace = true
        for character in name.lowercased() {
            let isSpace = character == " " || character == "-" || character == "_" || character == "\t"
            if isSpace {
                if !lastWasSpace { out.append(" ") }
            } else {
                out.append(character)
            }
            lastWasSpace = isSpace
        }
        if out.hasSuffix(" ") { out.removeLast() }
        return out
    }

    /// `normalise` for ASCII text, on bytes: the same result without Unicode case mapping and
    /// grapheme breaking, which showed in profiles (every skill name and alias is normalised).
    static func normaliseASCII(_ name: String) -> String {
        // Written straight into the string's storage (a short name needs none on the heap).
        String(unsafeUninitializedCapacity: name.utf8.count) { out in
            let written = name.utf8.withContiguousStorageIfAvailable { normaliseASCII($0, into: out) }
                ?? Array(name.utf8).withUnsafeBufferPointer { normaliseASCII($0, into: out) }
            guard let written else { preconditionFailure("normaliseASCII takes ASCII text") }
            return written.count
        }
    }

    /// `normalise` for the bytes of ASCII text, written into `out` (as long as `name` at least),
    /// in one pass with the FNV-1a hash of what it writes (`ByteScan.fnv1a`, for `NameIndex`):
    /// how many bytes it wrote and their hash, or nil at the first byte that is not ASCII. A run
    /// of separators is written as one space before the next byte that is not one, so none is
    /// written at either end.
    static func normaliseASCII(_ name: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>) -> (count: Int, hash: UInt64)? {
        var count = 0, hash = ByteScan.FNV1a(), spaceBefore = false
        for byte in name {
            if byte >= 0x80 { return nil }
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "\t") {
                spaceBefore = count > 0
                continue
            }
            if spaceBefore {
                out[count] = UInt8(ascii: " ")
                hash.add(UInt8(ascii: " "))
                count += 1
                spaceBefore = false
            }
            let lower = byte.asciiLowercased
            out[count] = lower
            hash.add(lower)
            count += 1
        }
        return (count, hash.value)
    }

    /// The default id of a name: normalised, spaces and `/` as hyphens, `+` as `p`, `#` dropped.
    public static func slug(_ name: String) -> String {
        var out = ""
        for character in normalise(name) {
            switch character {
            case " ", "/": if !out.hasSuffix("-") { out.append("-") }
            case "+": out.append("p")
            case "#": break
            default: out.append(character)
            }
        }
        return out.trimming("-")
    }
}
