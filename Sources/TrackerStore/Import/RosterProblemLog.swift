import TrackerDomain

/// The problems found in a roster, kept in bounded memory whatever its
/// size: how many there are, on how many lines, and the first ones by line
/// (all that the error lists).
struct RosterProblemLog {
    /// How many problems are kept for listing.
    let kept: Int
    private(set) var count = 0
    private var earliest: [(problem: RosterProblem, order: Int)] = []
    /// One bit per line that has a problem.
    private var lineBits: [UInt64] = []
    private(set) var lineCount = 0

    init(kept: Int) { self.kept = kept }

    var isEmpty: Bool { count == 0 }

    mutating func add(_ problem: RosterProblem) {
        let line = max(0, problem.line)
        let word = line >> 6
        if word >= lineBits.count { lineBits += [UInt64](repeating: 0, count: word + 1 - lineBits.count + 1024) }
        let bit = UInt64(1) << UInt64(line & 63)
        if lineBits[word] & bit == 0 {
            lineBits[word] |= bit
            lineCount += 1
        }
        earliest.append((problem, count))
        count += 1
        if earliest.count >= 2 * kept + 64 { trim() }
    }

    mutating func add(contentsOf problems: [RosterProblem]) {
        for problem in problems { add(problem) }
    }

    private mutating func trim() {
        earliest.sort { ($0.problem.line, $0.order) < ($1.problem.line, $1.order) }
        earliest.removeLast(max(0, earliest.count - kept))
    }

    /// The first `kept` problems, in line order (in the order found within a line).
    var first: [RosterProblem] {
        var copy = self
        copy.trim()
        return copy.earliest.map(\.problem)
    }
}
