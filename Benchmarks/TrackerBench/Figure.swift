/// One row of the table: tracker's times and peak memory against the right
/// column's, judged by the ratio of medians, by an absolute limit on
/// tracker's median, or by a limit on tracker's peak memory.
struct Figure {
    enum Judgement {
        /// tracker's median at most this many times the right column's.
        case ratio(Double)
        /// tracker's median at most this many seconds (the right column is context).
        case seconds(Double)
        /// tracker's peak memory at most this many MiB (the times are context).
        case peakMiB(Int)
    }

    var name: String
    var tracker: [Spawn.Cost] = []
    var sqlite: [Spawn.Cost] = []
    var judgement: Judgement
    var note: String
    /// Set when tracker's output differed from sqlite3's: no figure is shown.
    var mismatch: String?
    /// Peak resident memory of one run of each side, in KiB (a run of its own).
    var trackerPeakKiB = 0
    var sqlitePeakKiB = 0

    var ratio: Double { median(tracker.map(\.seconds)) / median(sqlite.map(\.seconds)) }
    var trackerPeakMiB: Double { Double(trackerPeakKiB) / 1024 }
    var sqlitePeakMiB: Double { Double(sqlitePeakKiB) / 1024 }

    var passes: Bool {
        switch judgement {
        case .ratio(let limit): ratio <= limit
        case .seconds(let limit): median(tracker.map(\.seconds)) <= limit
        case .peakMiB(let limit): trackerPeakMiB <= Double(limit)
        }
    }

    var targetText: String {
        switch judgement {
        case .ratio(let limit): "≤ " + format(limit, digits: 1) + "×"
        case .seconds(let limit): "≤ " + format(limit, digits: 1) + " s"
        case .peakMiB(let limit): "≤ \(limit) MiB"
        }
    }
}

func median(_ values: [Double]) -> Double {
    guard !values.isEmpty else { return .nan }
    let sorted = values.sorted()
    return sorted.count % 2 == 1
        ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

func format(_ value: Double, digits: Int) -> String {
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let rounded = (value * scale).rounded() / scale
    var text = String(rounded)
    if let dot = text.firstIndex(of: ".") {
        let decimals = text.distance(from: dot, to: text.endIndex) - 1
        if decimals < digits { text += String(repeating: "0", count: digits - decimals) }
    } else if digits > 0 {
        text += "." + String(repeating: "0", count: digits)
    }
    return text
}

func milliseconds(_ seconds: Double) -> String { format(seconds * 1000, digits: seconds < 1 ? 1 : 0) }

func cell(_ text: String, _ width: Int, right: Bool = false) -> String {
    let pad = String(repeating: " ", count: max(0, width - text.count))
    return right ? pad + text : text + pad
}

extension Figure {
    static let header =
        cell("operation", 26) + cell("tracker min/median ms", 22, right: true) + cell("sqlite3 min/median ms", 22, right: true)
        + cell("ratio", 8, right: true) + cell("peak MiB", 12, right: true) + cell("target", 10, right: true) + "  result"

    /// The row as printed: FAIL and the difference, never a figure, when the outputs differed.
    var line: String {
        if let mismatch {
            return cell(name, 26) + "  FAIL: outputs differ, not timed: " + mismatch
        }
        let ours = tracker.map(\.seconds)
        let theirs = sqlite.map(\.seconds)
        let peaks = format(trackerPeakMiB, digits: 0) + "/" + format(sqlitePeakMiB, digits: 0)
        return cell(name, 26)
            + cell(milliseconds(ours.min()!) + " / " + milliseconds(median(ours)), 22, right: true)
            + cell(milliseconds(theirs.min()!) + " / " + milliseconds(median(theirs)), 22, right: true)
            + cell(format(ratio, digits: 2) + "×", 8, right: true) + cell(peaks, 12, right: true)
            + cell(targetText, 10, right: true) + "  " + (passes ? "PASS" : "MISS") + "  (" + note + ")"
    }
}
