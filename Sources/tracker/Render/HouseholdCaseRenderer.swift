import Bilingual
import CLIKit
import TrackerDomain
import TrackerStore

/// Turns a household's case into the text a cadre reads, or a JSON document.
struct HouseholdCaseRenderer {
    let file: HouseholdCase
    let language: Language
    /// Show ID numbers and phones unmasked.
    let reveal: Bool
    let width: Int?

    func t(_ en: String, _ zh: String) -> String { language == .zh ? zh : en }
    func idNumber(_ value: String?) -> String? { value.map { reveal ? $0 : Masking.idNumber($0) } }
    func phone(_ value: String?) -> String? { value.map { reveal ? $0 : Masking.phone($0) } }

    // MARK: Text

    func text() -> String {
        var out = ""
        let household = file.household
        out += "\(household.headName)" + (household.code.map { "  [\($0)]" } ?? "") + "\n"
        var facts: [(String, String)] = [
            (t("Place", "地址"), placeText(household.place)),
            (t("Attribute", "贫困户属性"), household.attribute?.label(in: language) ?? "—"),
            (t("Status", "脱贫状态"), statusText(household)),
            (t("Causes", "致贫原因"), causesText(household.causes)),
            (t("Size", "家庭人口"), household.size.map(String.init) ?? "—"),
        ]
        if let number = idNumber(household.headIDNumber) { facts.append((t("Head's ID", "户主身份证"), number)) }
        if let phone = phone(household.phone) { facts.append((t("Phone", "联系电话"), phone)) }
        if let registered = household.registeredOn { facts.append((t("Registered", "建档日期"), registered.description)) }
        if let source = household.source { facts.append((t("Source", "来源"), source)) }
        out += keyValues(facts)
        out += historyText()

        out += section(t("Members", "家庭成员"), count: file.members.count)
        if file.members.isEmpty {
            out += "  " + t("none recorded", "未登记") + "\n"
        } else {
            out += table([t("Name", "姓名"), t("Relation", "关系"), t("Sex", "性别"), t("Age", "年龄"), t("Health", "健康"),
                          t("Schooling", "在校/文化"), t("Labour", "劳动能力"), t("ID number", "身份证号")],
                         file.members.map { member in
                [member.name, relationText(member), member.sex?.label(in: language) ?? "",
                 member.birthDate.map { String($0.age(on: file.today)) } ?? "",
                 member.health?.label(in: language) ?? "",
                 [member.schooling?.label(in: language), member.grade].compactMap { $0 }.joined(separator: " "),
                 member.labour?.label(in: language) ?? "", idNumber(member.idNumber) ?? ""]
            })
        }

        out += section(t("Assigned officials", "帮扶干部"), count: file.assignments.count)
        if file.assignments.isEmpty {
            out += "  " + t("none assigned", "尚未安排") + "\n"
        } else {
            out += table([t("Official", "干部"), t("Role", "角色"), t("From", "开始"), t("To", "结束")],
                         file.assignments.map { assignment in
                [assignment.official.label(in: language), assignment.role.label(in: language),
                 assignment.startDate?.description ?? "", assignment.endDate?.description ?? t("current", "至今")]
            })
        }

        out += section(t("Checklist (food, clothing, education, medical care, housing, drinking water)", "两不愁三保障及饮水安全"), count: nil)
        out += table([t("Item", "项目"), t("Status", "状态"), t("As of", "结果日期"), t("Last checked", "最近查看"), t("Note", "备注"),
                      t("Rectification", "整改")],
                     file.checklist.map { status in
            [status.item.label(in: language),
             status.result?.label(in: language) ?? (status.lastChecked == nil ? t("not yet checked", "尚未检查") : t("checked, no result recorded", "已查看，未记录结果")),
             status.resultDate?.description ?? "", status.lastChecked?.description ?? "", status.note ?? "",
             rectificationLink(for: status)]
        })

        let open = file.rectifications.filter { $0.status == .open }
        out += section(t("Rectification items", "整改事项"), count: file.rectifications.count,
                       extra: t("\(open.count) open", "未销号 \(open.count) 项"))
        if file.rectifications.isEmpty {
            out += "  " + t("none", "无") + "\n"
        } else {
            out += table(["#", t("Item", "项目"), t("Problem", "问题"), t("Owner", "责任人"), t("Opened", "发现日期"),
                          t("Due", "整改时限"), t("Status", "状态")],
                         file.rectifications.map { item in
                ["\(item.id)", item.topic.label(in: language), item.description, item.owner?.name ?? "",
                 item.openedOn.description, item.dueDate.description, rectificationState(item)]
            })
        }

        out += section(t("Income", "收入"), count: file.incomes.count)
        if file.incomes.isEmpty {
            out += "  " + t("none recorded", "未登记") + "\n"
        } else {
            out += table([t("Year", "年度"), t("Wage", "工资性"), t("Business", "生产经营性"), t("Property", "财产性"),
                          t("Transfer", "转移性"), t("Total", "合计"), t("Persons", "人口"), t("Per capita", "人均纯收入"),
                          t("Line", "贫困线"), t("Against line", "对比")],
                         file.incomes.map { income in
                ["\(income.year)", income.wage.description, income.business.description, income.property.description,
                 income.transfer.description, income.total.description, "\(income.householdSize)", income.perCapita.description,
                 income.line.map { $0.amount.description + ($0.approximate ? t(" (approx.)", "（约）") : "") } ?? "",
                 lineComparison(income)]
            }, rightAligned: Set(1...8))
        }

        out += section(t("Assistance measures", "帮扶措施"), count: file.measures.count)
        if file.measures.isEmpty {
            out += "  " + t("none recorded", "未登记") + "\n"
        } else {
            out += table([t("Year", "年度"), t("Kind", "类别"), t("Measure", "内容"), t("Amount", "金额")],
                         file.measures.map { ["\($0.year)", $0.kind.label(in: language), $0.note, $0.amount?.description ?? ""] })
        }

        out += section(t("Visits (newest first)", "走访记录（新的在前）"), count: file.visits.count)
        if file.visits.isEmpty { out += "  " + t("none yet", "暂无") + "\n" }
        for visit in file.visits {
            let who = visit.officials.map(\.name).joined(separator: t(", ", "、"))
            out += "  \(visit.date)  #\(visit.id)  \(visit.kind.label(in: language))  \(who)"
            if let campaign = visit.campaign { out += t("  “\(campaign)”", "  「\(campaign)」") }
            out += "\n"
            let opened = file.rectifications.filter { $0.visitID == visit.id }.map { "#\($0.id)" }
            if !opened.isEmpty { out += "      " + t("Opened: ", "新开整改：") + opened.joined(separator: t(", ", "、")) + "\n" }
            if !visit.checks.isEmpty {
                let checks = visit.checks.map { check in
                    "\(check.item.label(in: language))=\(check.result.label(in: language))" + (check.note.map { t(" (\($0))", "（\($0)）") } ?? "")
                }
                out += "      " + t("Checked: ", "排查：") + checks.joined(separator: t("; ", "；")) + "\n"
            }
            for (label, value) in [(t("Learned: ", "了解："), visit.findings), (t("Plans: ", "打算："), visit.plans),
                                   (t("Note: ", "备注："), visit.note)] {
                if let value { out += "      " + label + value + "\n" }
            }
            for request in visit.requests { out += "      " + t("Request: ", "诉求：") + request + "\n" }
        }
        return out
    }

    /// A place as the case shows it, also in the history.
    func placeText(_ place: PlacePath) -> String {
        place.address(in: language)
    }

    /// The relation, and for someone who left, when and why.
    private func relationText(_ member: Member) -> String {
        let relation = member.relation.label(in: language)
        guard let left = member.leftOn else { return relation }
        let why = member.leftReason.map { $0.label(in: language) } ?? ""
        return relation + t(" (left \(left): \(why))", "（\(left) 减员：\(why)）")
    }

    private func statusText(_ household: Household) -> String {
        var text = household.status.label(in: language)
        if let year = household.liftedYear { text += t(" (\(year))", "（\(year) 年）") }
        if let kind = household.monitoringKind { text += " · " + kind.label(in: language) }
        return text
    }

    private func causesText(_ causes: [PovertyCause]) -> String {
        guard let main = causes.first else { return "—" }
        let rest = causes.dropFirst().map { $0.label(in: language) }
        return main.label(in: language) + t(" (main)", "（主要）") + (rest.isEmpty ? "" : t(", ", "、") + rest.joined(separator: t(", ", "、")))
    }

    private func rectificationState(_ item: Rectification) -> String {
        switch item.status {
        case .open:
            let age = item.age(on: file.today)
            if item.isOverdue(on: file.today) {
                let late = item.dueDate.days(to: file.today)
                return t("OVERDUE by \(days(late)) (open \(days(age)))", "已逾期 \(late) 天（已开 \(age) 天）")
            }
            return t("open \(days(age))", "整改中，已 \(age) 天")
        case .closed:
            let closed = item.closedOn?.description ?? ""
            let verified = item.verifiedOn.map { t(" (verified \($0))", "（\($0) 回访核实）") } ?? ""
            return t("closed \(closed): ", "已销号 \(closed)：") + (item.resolution ?? "") + verified
        }
    }

    private func days(_ count: Int) -> String { count == 1 ? "1 day" : "\(count) days" }

    /// The rectification item behind a checklist row: the open one, else the
    /// one closed since the latest result. A "not met" whose item has been
    /// closed must not read as an unanswered problem: it waits for a re-check.
    private func rectificationLink(for status: ItemStatus) -> String {
        let items = file.rectifications.filter { $0.topic.checklistItem == status.item }
        if let open = items.first(where: { $0.status == .open }) {
            if open.isOverdue(on: file.today) {
                return t("#\(open.id) OVERDUE since \(open.dueDate)", "#\(open.id) 已逾期（时限 \(open.dueDate)）")
            }
            return t("#\(open.id) open, due \(open.dueDate)", "#\(open.id) 整改中，时限 \(open.dueDate)")
        }
        guard let resultDate = status.resultDate,
              let (closed, date) = items.compactMap({ item in item.closedOn.map { (item, $0) } })
                .filter({ $0.1 >= resultDate }).max(by: { $0.1 < $1.1 }) else { return "" }
        return status.result == .notMet
            ? t("#\(closed.id) closed \(date); re-check at the next visit", "#\(closed.id) 已于 \(date) 销号，待下次走访复查")
            : t("#\(closed.id) closed \(date)", "#\(closed.id) 已于 \(date) 销号")
    }

    private func lineComparison(_ income: IncomeYear) -> String {
        guard let standing = income.standing else { return t("no line for \(income.year)", "\(income.year) 年无贫困线") }
        return standing.label(in: language)
    }

    func section(_ title: String, count: Int?, extra: String? = nil) -> String {
        var header = "\n" + title
        if let count { header += t(" (\(count))", "（\(count)）") }
        if let extra { header += " · " + extra }
        return header + "\n"
    }

    private func keyValues(_ pairs: [(String, String)]) -> String {
        let labelWidth = pairs.map { displayWidth(of: $0.0) }.max() ?? 0
        return pairs.map { label, value in
            "  " + label + String(repeating: " ", count: labelWidth - displayWidth(of: label)) + "  " + value + "\n"
        }.joined()
    }

    func table(_ headers: [String], _ rows: [[String]], rightAligned: Set<Int> = []) -> String {
        let renderer = TableRenderer(headers: headers,
                                     alignments: headers.indices.map { rightAligned.contains($0) ? .right : .left },
                                     maxWidth: width.map { $0 - 2 })
        return renderer.render(rows).split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.isEmpty }.map { "  " + $0 + "\n" }.joined()
    }
}
