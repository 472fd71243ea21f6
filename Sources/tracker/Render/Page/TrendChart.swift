import Bilingual
import TrackerDomain
import TrackerStore

/// Rectification items over the last 12 months as four lines: opened and
/// closed in each month, open and overdue at each month's end; the numbers
/// in a table below.
struct TrendChart {
    let trend: [RectificationMonth]
    let language: Language

    /// One line of the chart: its key (for the DOM and tests), label, colour
    /// and dash pattern (the lines stay apart on a black-and-white printer).
    struct Series {
        let key: String
        let label: LocalizedText
        let colour: String
        let dash: String?
        let value: @Sendable (RectificationMonth) -> Int
    }

    static let series: [Series] = [
        Series(key: "opened", label: LocalizedText(en: "Opened in the month", zh: "本月新增"), colour: "#1f5fa8", dash: nil) { $0.opened },
        Series(key: "closed", label: LocalizedText(en: "Closed in the month", zh: "本月销号"), colour: "#2e7d32", dash: "8 4") {
            $0.closed
        },
        Series(key: "open", label: LocalizedText(en: "Open at month end", zh: "月末未销号"), colour: "#e07b00", dash: nil) {
            $0.openAtMonthEnd
        },
        Series(key: "overdue", label: LocalizedText(en: "Overdue at month end", zh: "月末逾期"), colour: "#c62828", dash: "3 3") {
            $0.overdueAtMonthEnd
        },
    ]

    static let width = 700
    static let height = 270
    static let plotLeft = 52
    static let plotRight = 690
    static let plotTop = 40
    static let plotBottom = 230

    private func t(_ en: String, _ zh: String) -> String { language == .zh ? zh : en }

    func render() -> String {
        let first = trend.first.map(\.month.description) ?? ""
        let last = trend.last.map(\.month.description) ?? ""
        let title = t("Rectification items, \(first) to \(last)", "整改事项：\(first) 至 \(last)")
        let scale = ChartScale(largest: trend.flatMap { month in Self.series.map { $0.value(month) } }.max() ?? 0)
        let plotHeight = Self.plotBottom - Self.plotTop
        let slot = trend.isEmpty ? 1 : (Self.plotRight - Self.plotLeft) / trend.count
        func x(_ index: Int) -> Int { Self.plotLeft + slot * index + slot / 2 }
        func y(_ value: Int) -> Int { Self.plotBottom - scale.length(of: value, along: plotHeight) }

        let description = trend.map { month in
            "\(month.month): " + Self.series.map { "\($0.label.text(in: language)) \($0.value(month))" }.joined(separator: ", ")
        }.joined(separator: t("; ", "；"))
        var svg = """
            <svg class="trend" role="img" aria-labelledby="trend-title trend-desc" \
            viewBox="0 0 \(Self.width) \(Self.height)" width="\(Self.width)" height="\(Self.height)">
            <title id="trend-title">\(HTML.escape(title))</title>
            <desc id="trend-desc">\(HTML.escape(description))</desc>

            """
        for tick in scale.ticks {
            svg += """
                <line class="grid" x1="\(Self.plotLeft)" y1="\(y(tick))" x2="\(Self.plotRight)" y2="\(y(tick))"/>\
                <text class="tick" x="\(Self.plotLeft - 6)" y="\(y(tick) + 4)" text-anchor="end">\(tick)</text>

                """
        }
        for (index, month) in trend.enumerated() {
            svg += "<text class=\"tick\" x=\"\(x(index))\" y=\"\(Self.plotBottom + 18)\" text-anchor=\"middle\">\(month.month)</text>\n"
        }
        var legendX = Self.plotLeft
        for series in Self.series {
            let label = HTML.escape(series.label.text(in: language))
            svg += """
                <g class="legend"><line x1="\(legendX)" y1="12" x2="\(legendX + 22)" y2="12" stroke="\(series.colour)" \
                stroke-width="2.5"\(series.dash.map { " stroke-dasharray=\"\($0)\"" } ?? "")/>\
                <text x="\(legendX + 28)" y="16">\(label)</text></g>

                """
            legendX += 40 + label.count * (language == .zh ? 12 : 6)
        }
        for series in Self.series {
            let points = trend.enumerated().map { "\(x($0.offset)),\(y(series.value($0.element)))" }.joined(separator: " ")
            svg += """
                <polyline class="series" data-series="\(series.key)" points="\(points)" fill="none" stroke="\(series.colour)" \
                stroke-width="2.5"\(series.dash.map { " stroke-dasharray=\"\($0)\"" } ?? "")/>

                """
            for (index, month) in trend.enumerated() {
                let value = series.value(month)
                svg += """
                    <circle class="point" data-series="\(series.key)" data-month="\(month.month)" data-value="\(value)" \
                    cx="\(x(index))" cy="\(y(value))" r="3.5" fill="\(series.colour)">\
                    <title>\(month.month) \(HTML.escape(series.label.text(in: language))): \(value)</title></circle>

                    """
            }
        }
        svg += """
            <line class="axis" x1="\(Self.plotLeft)" y1="\(Self.plotBottom)" x2="\(Self.plotRight)" y2="\(Self.plotBottom)"/>
            </svg>

            """
        return """
            <figure class="chart" id="chart-trend" data-chart="trend">
            <figcaption><h2>\(HTML.escape(title))</h2>
            <p class="note">\(t("Each month counted as its own report counts it: items opened and closed in the month, open and past their deadline on its last day.", "每月按该月报表口径统计：当月新增、当月销号，以及月末未销号和已超过整改期限的事项。"))</p></figcaption>
            \(svg)\(table)</figure>

            """
    }

    private var table: String {
        let header = Self.series.map { "<th class=\"num\">\(HTML.escape($0.label.text(in: language)))</th>" }.joined()
        let rows = trend.map { month in
            "<tr><th>\(month.month)</th>" + Self.series.map { HTML.numberCell($0.value(month)) }.joined() + "</tr>"
        }.joined(separator: "\n")
        return """
            <table class="numbers"><thead><tr><th>\(t("Month", "月份"))</th>\(header)</tr></thead>
            <tbody>
            \(rows)
            </tbody></table>

            """
    }
}
