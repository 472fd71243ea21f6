import Bilingual
import TrackerDomain
import TrackerStore

/// The six checklist items (两不愁三保障 and drinking water): how many
/// households stood 不达标 on each at month end, as vertical bars, with the
/// numbers in a table below.
struct ChecklistChart {
    let total: MonthlySummary.Line
    let language: Language

    static let width = 700
    static let height = 250
    static let plotLeft = 48
    static let plotRight = 690
    static let plotTop = 24
    static let plotBottom = 200
    static let colour = "#b23b3b"

    private func t(_ en: String, _ zh: String) -> String { language == .zh ? zh : en }

    /// The item's column heading, as the monthly CSV names it.
    func label(_ item: ChecklistItem) -> String { MonthlyReportCSV.itemHeader(item).text(in: language) }

    func render() -> String {
        let items = ChecklistItem.allCases
        let scale = ChartScale(largest: items.map(total.failing).max() ?? 0)
        let plotHeight = Self.plotBottom - Self.plotTop
        let slot = (Self.plotRight - Self.plotLeft) / items.count
        let title = t("Households failing each checklist item at month end", "月末各项指标不达标户数")
        let description = items.map { t("\(label($0)): \(total.failing($0))", "\(label($0))：\(total.failing($0)) 户") }
            .joined(separator: t("; ", "；"))
        var svg = """
            <svg class="checklist" role="img" aria-labelledby="checklist-title checklist-desc" \
            viewBox="0 0 \(Self.width) \(Self.height)" width="\(Self.width)" height="\(Self.height)">
            <title id="checklist-title">\(HTML.escape(title))</title>
            <desc id="checklist-desc">\(HTML.escape(description))</desc>

            """
        for tick in scale.ticks {
            let y = Self.plotBottom - scale.length(of: tick, along: plotHeight)
            svg += """
                <line class="grid" x1="\(Self.plotLeft)" y1="\(y)" x2="\(Self.plotRight)" y2="\(y)"/>\
                <text class="tick" x="\(Self.plotLeft - 6)" y="\(y + 4)" text-anchor="end">\(tick)</text>

                """
        }
        for (index, item) in items.enumerated() {
            let value = total.failing(item)
            let length = scale.length(of: value, along: plotHeight)
            let centre = Self.plotLeft + slot * index + slot / 2
            let barWidth = slot * 11 / 20
            svg += """
                <rect class="bar" x="\(centre - barWidth / 2)" y="\(Self.plotBottom - length)" width="\(barWidth)" height="\(length)" \
                fill="\(Self.colour)" data-item="\(item.key)" data-value="\(value)"><title>\(HTML.escape(label(item))): \(value)</title></rect>\
                <text class="value" x="\(centre)" y="\(Self.plotBottom - length - 5)" text-anchor="middle">\(value)</text>\
                <text class="label" x="\(centre)" y="\(Self.plotBottom + 18)" text-anchor="middle">\(HTML.escape(label(item)))</text>

                """
        }
        svg += """
            <line class="axis" x1="\(Self.plotLeft)" y1="\(Self.plotBottom)" x2="\(Self.plotRight)" y2="\(Self.plotBottom)"/>
            <text class="unit" x="4" y="\(Self.plotTop - 10)">\(t("households", "户"))</text>
            </svg>

            """
        return """
            <figure class="chart" id="chart-checklist" data-chart="checklist">
            <figcaption><h2>\(HTML.escape(title))</h2>
            <p class="note">\(t("Each item's latest recorded outcome up to the month's last day; \(total.households) households in the report.", "各项以截至月末最近一次记录的结果为准；本月报表共 \(total.households) 户。"))</p></figcaption>
            \(svg)\(table)</figure>

            """
    }

    private var table: String {
        let items = ChecklistItem.allCases
        let shares = items.map { item in
            total.households == 0 ? nil : (total.failing(item) * 2000 + total.households) / (total.households * 2)
        }
        return """
            <table class="numbers"><thead><tr><th>\(t("Item", "指标"))</th>\
            \(items.map { "<th class=\"num\">\(HTML.escape(label($0)))</th>" }.joined())</tr></thead>
            <tbody><tr><th>\(t("Households failing", "不达标户数"))</th>\(items.map { HTML.numberCell(total.failing($0)) }.joined())</tr>
            <tr><th>\(t("Share of households", "占总户数"))</th>\(shares.map { "<td class=\"num\">\(HTML.percent(permille: $0))</td>" }.joined())</tr></tbody></table>

            """
    }
}
