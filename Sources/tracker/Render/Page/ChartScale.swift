/// A value axis for the charts: from 0 to a round maximum, with round ticks.
struct ChartScale {
    /// The top of the axis: a multiple of `step`, at least 1.
    let maximum: Int
    let step: Int

    /// An axis for values up to `largest`, with about `ticks` steps of 1, 2
    /// or 5 times a power of ten (a step of at least 1: counts are whole).
    init(largest: Int, ticks: Int = 5) {
        let rough = max(1, (max(largest, 1) + ticks - 1) / ticks)
        var power = 1
        while power * 10 <= rough { power *= 10 }
        let step = [1, 2, 5, 10].map { $0 * power }.first { $0 >= rough } ?? power * 10
        self.step = step
        maximum = max(step, (max(largest, 1) + step - 1) / step * step)
    }

    var ticks: [Int] { Array(stride(from: 0, through: maximum, by: step)) }

    /// The length in pixels of `value` on an axis `length` pixels long.
    func length(of value: Int, along length: Int) -> Int {
        (value * length * 2 + maximum) / (maximum * 2)
    }
}
