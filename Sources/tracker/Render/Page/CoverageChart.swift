import Bilingual
import TrackerDomain
import TrackerStore

/// Coverage of visits (households visited in the month / households) for
/// each town and its villages, as horizontal bars against the target the
/// visit interval sets (a dashed line).
///
/// One SVG per town, so a county of 20 towns and 600 villages prints as
/// page-sized blocks instead of one picture taller than any sheet.
struct CoverageChart {
    let summary: MonthlySummary
    let targetPermille: Int
    let interval: VisitInterval
    let language: Language

    static let width = 700
    static let barLeft = 190
    static let barLength = 360
    static let rowHeight = 18
    static let top = 22
    /// Label characters that fit left of the bars (the full name is in the title).
    static let labelLimit = 14

    static let metColour = "#2e7d32"
    static let missedColour = "#e07b00"

    private func t(_ en: String, _ zh: String) -> String { language == .zh ? zh : en }

    /// Each town's line first, then its villages, in the summary's order.
    var groups: [(town: MonthlySummary.Line, villages: [MonthlySummary.Line])] {
        var groups: [(MonthlySummary.Line, [MonthlySummary.Line])] = []
        var villages: [MonthlySummary.Line] = []
        for line in summary.lines {
            switch line.level {
            case .village: villages.append(line)
            case .town:
                groups.append((line, villages))
                villages = []
            case .total: break
            }
        }
        return groups
    }

    func render() -> String {
        let target = HTML.percent(permille: targetPermille)
        var html = """
            <figure class="chart" id="chart-coverage" data-chart="coverage" data-target="\(Listing.Cell.decimal(targetPermille))">
            <figcaption><h2>\(t("Coverage of visits by town and village", "各乡镇、村走访覆盖率"))</h2>
            <p class="note">\(t("Households visited at least once in the month, out of all households. Dashed line: the target, \(target) (\(HTML.escape(interval.label(in: .en)))).", "本月至少走访一次的户数占贫困户总数的比例。虚线为目标覆盖率 \(target)（\(HTML.escape(interval.label(in: .zh)))）。"))
            <span class="key"><i style="background:\(Self.metColour)"></i>\(t("target met", "达到目标"))</span>
            <span class="key"><i style="background:\(Self.missedColour)"></i>\(t("below target", "未达目标"))</span></p>
            </figcaption>

            """
        if groups.isEmpty {
            html += "<p class=\"empty\">\(t("No households in this month's report.", "本月报表中没有贫困户。"))</p>\n"
        }
        for (index, group) in groups.enumerated() {
            html += town(group.town, villages: group.villages, index: index)
        }
        return html + "</figure>\n"
    }

    private func town(_ town: MonthlySummary.Line, villages: [MonthlySummary.Line], index: Int) -> String {
        let lines = [town] + villages
        let height = Self.top + lines.count * Self.rowHeight + 6
        let name = town.town ?? ""
        let title = t("Coverage of visits: \(name)", "走访覆盖率：\(name)")
        let description = lines.map { line in
            let place = line.village ?? (line.town ?? "")
            return t(
                "\(place): \(line.visited) of \(line.households) households visited, \(HTML.percent(permille: line.coveragePermille))",
                "\(place)：\(line.households) 户中已走访 \(line.visited) 户，覆盖率 \(HTML.percent(permille: line.coveragePermille))")
        }.joined(separator: t("; ", "；"))
        var svg = """
            <svg class="coverage" role="img" aria-labelledby="coverage-\(index)-title coverage-\(index)-desc" \
            viewBox="0 0 \(Self.width) \(height)" width="\(Self.width)" height="\(height)">
            <title id="coverage-\(index)-title">\(HTML.escape(title))</title>
            <desc id="coverage-\(index)-desc">\(HTML.escape(description))</desc>

            """
        for tick in stride(from: 0, through: 1000, by: 250) {
            let x = Self.barLeft + Self.barLength * tick / 1000
            svg += """
                <line class="grid" x1="\(x)" y1="\(Self.top - 4)" x2="\(x)" y2="\(height - 4)"/>\
                <text class="tick" x="\(x)" y="12" text-anchor="middle">\(tick / 10)%</text>

                """
        }
        for (row, line) in lines.enumerated() {
            svg += bar(line, y: Self.top + row * Self.rowHeight)
        }
        let targetX = Self.barLeft + Self.barLength * min(targetPermille, 1000) / 1000
        svg += """
            <line class="target" x1="\(targetX)" y1="\(Self.top - 6)" x2="\(targetX)" y2="\(height - 2)"/>
            </svg>

            """
        return svg
    }

    private func bar(_ line: MonthlySummary.Line, y: Int) -> String {
        let isTown = line.level == .town
        let place = (isTown ? line.town : line.village) ?? ""
        let permille = line.coveragePermille ?? 0
        let length = Self.barLength * min(permille, 1000) / 1000
        let thickness = isTown ? 13 : 10
        let colour = permille >= targetPermille ? Self.metColour : Self.missedColour
        let value = "\(HTML.percent(permille: line.coveragePermille))  \(line.visited)/\(line.households)"
        let label = HTML.escape(HTML.clipped(place, to: Self.labelLimit))
        let whole = HTML.escape(
            [line.town, line.village].compactMap { $0 }.joined(separator: language == .zh ? "" : " ")
                + t(": \(line.visited)/\(line.households) visited", "：已走访 \(line.visited)/\(line.households) 户"))
        return """
            <g class="\(isTown ? "town" : "village")">\
            <text class="label" x="\(isTown ? 4 : 18)" y="\(y + 11)">\(label)</text>\
            <rect class="bar" x="\(Self.barLeft)" y="\(y + (Self.rowHeight - thickness) / 2 - 1)" width="\(length)" height="\(thickness)" \
            fill="\(colour)" data-level="\(line.level.rawValue)" data-town="\(HTML.escape(line.town ?? ""))" \
            data-village="\(HTML.escape(line.village ?? ""))" data-households="\(line.households)" \
            data-visited="\(line.visited)" data-coverage="\(line.coveragePermille.map(Listing.Cell.decimal) ?? "")"><title>\(whole)</title></rect>\
            <text class="value" x="\(Self.barLeft + Self.barLength + 8)" y="\(y + 11)">\(value)</text></g>

            """
    }
}
