import Bilingual
import TrackerDomain
import TrackerStore

/// The households due or overdue for a visit, as `household list
/// --due-for-visit` lists them on the same day: overdue (a deadline missed)
/// first, then due; never visited first within each.
struct DueVisitList {
    let due: [DueVisit]
    let asOf: CalendarDate
    let interval: VisitInterval
    let language: Language
    /// Rows shown; the rest are counted.
    let limit: Int

    private func t(_ en: String, _ zh: String) -> String { language == .zh ? zh : en }

    func render() -> String {
        let overdue = due.filter { $0.state == .overdue }.count
        var html = """
            <section class="list" id="due" data-list="due" data-count="\(due.count)" data-overdue="\(overdue)">
            <h2>\(t("Households due for a visit (\(due.count), \(overdue) overdue)", "待走访贫困户（\(due.count) 户，其中已逾期 \(overdue) 户）"))</h2>
            <p class="note">\(t("As of \(asOf), under the visit interval: \(HTML.escape(interval.label(in: .en))). Overdue (a deadline missed) first, then due; never visited first, then the oldest last visit.", "截至 \(asOf)，按走访频次“\(HTML.escape(interval.label(in: .zh)))”应走访的户；已逾期的在前，其次应走访的；从未走访的在前，其余按最近走访日期由早到晚。"))</p>

            """
        guard !due.isEmpty else {
            return html + "<p class=\"empty\">\(t("No household is due for a visit.", "没有需要走访的贫困户。"))</p>\n</section>\n"
        }
        html += """
            <table class="rows"><thead><tr><th>\(t("Code", "户编号"))</th><th>\(t("Head", "户主"))</th>\
            <th>\(t("Town", "乡镇"))</th><th>\(t("Village", "村"))</th><th>\(t("State", "状态"))</th>\
            <th>\(t("Last visit", "最近走访"))</th><th>\(t("Due by", "走访期限"))</th>\
            <th>\(t("Missed deadline", "错过的期限"))</th><th class="num">\(t("Days overdue", "逾期天数"))</th></tr></thead>
            <tbody>

            """
        for entry in due.prefix(limit) {
            let household = entry.household
            let last = entry.lastVisit?.description ?? "<span class=\"missing\">\(t("never", "从未走访"))</span>"
            let days = entry.daysOverdue(asOf: asOf).map { HTML.numberCell($0) } ?? "<td class=\"num\"></td>"
            html += """
                <tr data-state="\(entry.state.key)"><td>\(HTML.escape(household.code ?? ""))</td><td>\(HTML.escape(household.headName))</td>\
                <td>\(HTML.escape(household.place.town))</td><td>\(HTML.escape(household.place.village))</td>\
                <td>\(HTML.escape(entry.state.label(in: language)))</td><td>\(last)</td>\
                <td>\(entry.dueBy?.description ?? "")</td><td>\(entry.missedDeadline?.description ?? "")</td>\(days)</tr>

                """
        }
        html += "</tbody></table>\n"
        if due.count > limit {
            html += "<p class=\"more\">\(t("\(due.count - limit) more not shown.", "另有 \(due.count - limit) 户未列出。"))</p>\n"
        }
        return html + "</section>\n"
    }
}
