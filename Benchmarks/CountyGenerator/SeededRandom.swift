import SeededRNG

/// The county's random source: the project's SplitMix64, whose whole state
/// is one seed, so a county built twice from the same seed is the same county.
public typealias SeededRandom = SplitMix64

extension SplitMix64 {
    /// True with probability `permille / 1000`.
    public mutating func chance(_ permille: Int) -> Bool { below(1000) < permille }

    public mutating func pick<T>(_ values: [T]) -> T { values[below(values.count)] }

    /// One of `values`, each with its weight.
    public mutating func pick<T>(_ values: [(T, Int)]) -> T {
        var roll = below(values.reduce(0) { $0 + $1.1 })
        for (value, weight) in values {
            if roll < weight { return value }
            roll -= weight
        }
        return values[values.count - 1].0
    }
}

/// Zero-padded decimal text (no Foundation, so no String(format:)).
func padded(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}
