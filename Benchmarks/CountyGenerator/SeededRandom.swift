/// SplitMix64: a small, fast generator whose whole state is one seed, so a
/// county built twice from the same seed is the same county.
public struct SeededRandom: Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound`.
    public mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

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
