import Bilingual
import TrackerDomain
import TrackerStore

/// 防止返贫监测 on the month's page: the cases open at month end by the step
/// they are at, and the ones with something overdue. Shown only when the
/// county has open cases, so a page without monitoring stays as it was.
struct MonitoringSection {
    let cases: [MonitoringCase]
    let asOf: CalendarDate
    let language: Language
    let limit: Int

    private func t(_ en: String, _ zh: String) -> String { language == .zh ? zh : en }

    /// Where a case stands at `asOf`: its procedure and the step it waits for.
    private func stage(_ found: MonitoringCase) -> (key: String, label: String) {
        let state = found.state(on: asOf) ?? .identifying
        guard let procedure = state.procedure else { return (state.key, state.label(in: language)) }
        let start = found.events.last { $0.date <= asOf && ($0.kind == .opened || $0.kind == .removalProposed) }
        let done = found.steps.filter { $0.procedureID == start?.id && $0.date <= asOf }
        guard let next = done.last.map({ $0.step.next }) ?? MonitoringStep.allCases.first else {
            let last = procedure == .identification ? t("awaiting confirmation", "待确认") : t("awaiting removal", "待消除")
            return ("\(procedure.key).done", "\(procedure.label(in: language)) · \(last)")
        }
        return ("\(procedure.key).\(next.key)",
                "\(procedure.label(in: language)) · \(t("step \(next.number) \(next.label(in: .en))", "第 \(next.number) 步 \(next.label(in: .zh))"))")
    }

    func render() -> String {
        guard !cases.isEmpty else { return "" }
        var counts: [(key: String, label: String, count: Int)] = []
        for found in cases {
            let stage = stage(found)
            if let index = counts.firstIndex(where: { $0.key == stage.key }) { counts[index].count += 1 } else {
                counts.append((stage.key, stage.label, 1))
            }
        }
        let order = MonitoringProcedure.allCases.flatMap { procedure in
            MonitoringStep.allCases.map { "\(procedure.key).\($0.key)" } + ["\(procedure.key).done"]
        }
        counts.sort { (order.firstIndex(of: $0.key) ?? -1, $0.key) < (order.firstIndex(of: $1.key) ?? -1, $1.key) }
        var html = """
            <section class="list" id="monitoring" data-list="monitoring" data-count="\(cases.count)">
            <h2>\(t("Monitoring cases open on \(asOf) (\(cases.count))", "截至 \(asOf) 未结的防止返贫监测案件（\(cases.count) 件）"))</h2>
            <table class="rows"><thead><tr><th>\(t("Step", "所处步骤"))</th><th class="num">\(t("Cases", "件数"))</th></tr></thead>
            <tbody>

            """
        for count in counts {
            html += "<tr data-stage=\"\(HTML.escape(count.key))\"><td>\(HTML.escape(count.label))</td>\(HTML.numberCell(count.count))</tr>\n"
        }
        html += "</tbody></table>\n"
        let overdue = cases.map { ($0, MonitoringRules.overdue($0, on: asOf)) }.filter { !$0.1.isEmpty }
        html += "<h3>\(t("Overdue steps (\(overdue.count))", "逾期事项（\(overdue.count) 件）"))</h3>\n"
        guard !overdue.isEmpty else {
            return html + "<p class=\"empty\">\(t("No step was overdue on \(asOf).", "截至 \(asOf) 没有逾期的监测事项。"))</p>\n</section>\n"
        }
        html += """
            <table class="rows"><thead><tr><th class="num">#</th><th>\(t("Household", "农户"))</th>\
            <th>\(t("Overdue", "逾期情况"))</th></tr></thead>
            <tbody>

            """
        for (found, reasons) in overdue.prefix(limit) {
            let why = reasons.map { $0.message.text(in: language) }.joined(separator: t("; ", "；"))
            html += "<tr data-case=\"\(found.id)\"><td class=\"num\">\(found.id)</td><td>\(HTML.escape(found.household.label(in: language)))</td><td>\(HTML.escape(why))</td></tr>\n"
        }
        html += "</tbody></table>\n"
        if overdue.count > limit {
            html += "<p class=\"more\">\(t("\(overdue.count - limit) more not shown.", "另有 \(overdue.count - limit) 件未列出。"))</p>\n"
        }
        return html + "</section>\n"
    }
}
