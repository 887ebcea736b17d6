/// "Did you mean" suggestions by edit distance.
public enum Suggestions {
    /// Names prepared once for many look-ups (lower-cased, as scalars).
    public struct Candidates: Sendable {
        let names: [(name: String, lowered: [Unicode.Scalar])]

        public init(_ names: some Sequence<String>) {
            self.names = names.map { ($0, Array($0.lowercased().unicodeScalars)) }
        }
    }

    /// The candidate closest to `word` (case-insensitive), if it is close enough to be a likely typo.
    public static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
        closest(to: word, in: Candidates(candidates))
    }

    /// The prepared candidate closest to `word`, if it is close enough to be a likely typo.
    public static func closest(to word: String, in candidates: Candidates) -> String? {
        let target = Array(word.lowercased().unicodeScalars)
        guard !target.isEmpty else { return nil }
        let allowed = max(1, min(3, target.count / 3))
        var best: (candidate: String, distance: Int)?
        var prefixMatch: String?
        for (candidate, lowered) in candidates.names {
            if target.count >= 3, prefixMatch == nil || candidate < prefixMatch!,
               lowered.starts(with: target) || target.starts(with: lowered) {
                prefixMatch = candidate
            }
            // Lengths further apart than the allowance cannot be within it.
            guard abs(lowered.count - target.count) <= allowed else { continue }
            let distance = editDistance(target, lowered)
            if distance <= allowed, best == nil || distance < best!.distance || (distance == best!.distance && candidate < best!.candidate) {
                best = (candidate, distance)
            }
        }
        // A prefix or containment also counts: "k8" -> "k8s", "staff" -> "staff-engineer".
        return best?.candidate ?? prefixMatch
    }

    /// "did you mean 'x'?" or nil.
    public static func didYouMean(_ word: String, in candidates: some Sequence<String>) -> String? {
        closest(to: word, in: candidates).map { "did you mean '\($0)'?" }
    }

    /// Edit distance with adjacent transpositions counting as one edit (optimal string alignment).
    public static func editDistance<C: Equatable>(_ a: [C], _ b: [C]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }
}
