/// The Levenshtein distance between two strings, counted in characters
/// (grapheme clusters), so 张文峰 and 张文锋 are one edit apart.
///
/// Public because the app uses it beyond the parser: suggesting a close
/// household name when the one typed matches nothing.
public func editDistance(_ a: String, _ b: String) -> Int {
    let source = Array(a)
    let target = Array(b)
    if source.isEmpty { return target.count }
    if target.isEmpty { return source.count }
    // Two rolling rows keep memory linear in the shorter word's partner.
    var previous = Array(0...target.count)
    var current = [Int](repeating: 0, count: target.count + 1)
    for i in 1...source.count {
        current[0] = i
        for j in 1...target.count {
            let substitution = previous[j - 1] + (source[i - 1] == target[j - 1] ? 0 : 1)
            current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
        }
        swap(&previous, &current)
    }
    return previous[target.count]
}

/// The candidate the user most likely meant, for "Did you mean …?".
///
/// A candidate qualifies when its distance from `input` is at most
/// `max(2, input.count / 3)`, or when one is a prefix of the other (`hou` for
/// `household`). Among those the closest wins, ties going to the earlier
/// candidate so suggestions are deterministic. Nil when nothing is close:
/// a wild suggestion is worse than none.
public func closestMatch(to input: String, among candidates: [String]) -> String? {
    guard !input.isEmpty else { return nil }
    let limit = max(2, input.count / 3)
    var best: (candidate: String, distance: Int)?
    for candidate in candidates where !candidate.isEmpty && candidate != input {
        let distance = editDistance(input, candidate)
        let isPrefix = candidate.hasPrefix(input) || input.hasPrefix(candidate)
        guard distance <= limit || isPrefix else { continue }
        if let current = best, current.distance <= distance { continue }
        best = (candidate, distance)
    }
    return best?.candidate
}
