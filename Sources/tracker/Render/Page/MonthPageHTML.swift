import Bilingual
import TrackerDomain
import TrackerStore

/// `report page`: one month on one self-contained HTML page, in Chinese or
/// English. Inline CSS and hand-written SVG only: no script, no font, image
/// or stylesheet to fetch, so it opens from a USB stick on an offline PC.
///
/// Every figure comes from `MonthAtAGlance`, which `ReportStore` reads with
/// the report's own queries; the page only lays them out. Everything users
/// typed goes through `HTML.escape`. The same data gives the same bytes
/// (no clock on the page), so a page can be compared with an earlier one.
struct MonthPageHTML {
    let glance: MonthAtAGlance
    let language: Language
    /// Rows shown in each list; the rest are counted.
    var listLimit = 200

    private func t(_ en: String, _ zh: String) -> String { language == .zh ? zh : en }

    var monthName: String {
        t("\(glance.month)", "\(glance.month.year)年\(glance.month.month)月")
    }

    var scopeName: String {
        switch (glance.scope.town, glance.scope.village) {
        case (nil, nil): t("all towns and villages", "全部乡镇和村")
        case (let town?, nil): town
        case (nil, let village?): t("village \(village)", village)
        case (let town?, let village?): t("\(village), \(town)", town + village)
        }
    }

    func render() -> String {
        let title = t("Visits and rectification, \(monthName)", "\(monthName)走访帮扶情况")
        let total = glance.summary.lines.last ?? MonthlySummary.Line(level: .total)
        return """
            <!DOCTYPE html>
            <html lang="\(language == .zh ? "zh-CN" : "en")">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTML.escape(title + " · " + scopeName))</title>
            <style>
            \(MonthPageStyle.css)
            </style>
            </head>
            <body>
            <main>
            <header>
            <h1>\(HTML.escape(title))</h1>
            <p>\(subtitle)</p>
            </header>
            \(kpis(total))\
            \(CoverageChart(summary: glance.summary, targetPermille: glance.coverageTargetPermille, interval: glance.interval, language: language).render())\
            \(ChecklistChart(total: total, language: language).render())\
            \(TrendChart(trend: glance.trend, language: language).render())\
            \(OverdueList(items: glance.overdue, asOf: glance.asOf, language: language, limit: listLimit).render())\
            \(DueVisitList(due: glance.dueForVisit, asOf: glance.asOf, interval: glance.interval, language: language, limit: listLimit).render())\
            \(MonitoringSection(cases: glance.monitoringCases, asOf: glance.asOf, language: language, limit: listLimit).render())\
            <footer>\(t("Made by 'tracker report page'; the figures are those of 'tracker report summary --month \(glance.month)'.", "由 tracker report page 生成；数字与 tracker report summary --month \(glance.month) 一致。"))</footer>
            </main>
            </body>
            </html>

            """
    }

    /// Scope, the day counted up to, and the visit interval.
    private var subtitle: String {
        let scope = HTML.escape(scopeName)
        let interval = HTML.escape(glance.interval.label(in: language))
        let end = glance.asOf
        let running = end < glance.month.lastDay
        return t(
            "Scope: \(scope) · counted up to \(end)\(running ? " (the month is not over)" : "") · visit interval: \(interval)",
            "范围：\(scope) · 统计截至 \(end)\(running ? "（本月尚未结束）" : "") · 走访频次：\(interval)")
    }

    /// The headline figures of the total line.
    private func kpis(_ total: MonthlySummary.Line) -> String {
        let figures: [(key: String, label: String, value: String, alert: Bool)] = [
            ("households", t("households", "贫困户"), "\(total.households)", false),
            ("visited", t("visited this month", "本月已走访"), "\(total.visited)", false),
            ("coverage", t("coverage (target \(HTML.percent(permille: glance.coverageTargetPermille)))", "覆盖率（目标 \(HTML.percent(permille: glance.coverageTargetPermille))）"),
             HTML.percent(permille: total.coveragePermille),
             (total.coveragePermille ?? 0) < glance.coverageTargetPermille),
            ("due", t("due for a visit on \(glance.asOf)", "\(glance.asOf) 待走访"), "\(glance.dueForVisit.count)", false),
            ("opened", t("items opened", "本月新增整改"), "\(total.opened)", false),
            ("closed", t("items closed", "本月销号"), "\(total.closed)", false),
            ("open", t("open at month end", "月末未销号"), "\(total.openAtMonthEnd)", false),
            ("overdue", t("overdue at month end", "月末逾期"), "\(total.overdueAtMonthEnd)", total.overdueAtMonthEnd > 0),
        ]
        let boxes = figures.map { figure in
            "<div class=\"kpi\(figure.alert ? " alert" : "")\" data-kpi=\"\(figure.key)\"><b>\(figure.value)</b><span>\(figure.label)</span></div>"
        }
        return "<section class=\"kpis\">\n" + boxes.joined(separator: "\n") + "\n</section>\n"
    }
}
