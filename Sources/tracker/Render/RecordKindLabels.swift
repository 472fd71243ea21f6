import Bilingual

/// What the rows of each table are called in `log`, so that the audit
/// trail reads "households +2, poverty causes +2" (户 +2、致贫原因 +2)
/// instead of raw table names. JSON keeps the table names.
enum RecordKindLabels {
    /// A command as the audit trail recorded it: what a user typed reads the
    /// same in both languages; what an upgrade wrote (migration 0013) is worded.
    static func command(_ command: String) -> LocalizedText {
        switch command {
        case "upgrade 0013: the built-in poverty lines entered in the audit trail":
            LocalizedText(en: command, zh: "升级 0013：内置贫困线记入审计日志")
        case "upgrade 0014: the example monitoring thresholds entered":
            LocalizedText(en: command, zh: "升级 0014：录入监测范围示例")
        default: LocalizedText(en: command, zh: command)
        }
    }

    static func label(ofTable table: String) -> LocalizedText {
        switch table {
        case "households": LocalizedText(en: "households", zh: "户")
        case "household_causes": LocalizedText(en: "poverty causes", zh: "致贫原因")
        case "members": LocalizedText(en: "members", zh: "家庭成员")
        case "places": LocalizedText(en: "places", zh: "地点")
        case "sources": LocalizedText(en: "sources", zh: "来源")
        case "officials": LocalizedText(en: "officials", zh: "干部")
        case "assignments": LocalizedText(en: "assignments", zh: "帮扶关系")
        case "visits": LocalizedText(en: "visits", zh: "走访")
        case "visit_officials": LocalizedText(en: "visiting officials", zh: "走访干部")
        case "visit_requests": LocalizedText(en: "requests", zh: "诉求")
        case "checklist_results": LocalizedText(en: "checklist results", zh: "排查结果")
        case "rectifications": LocalizedText(en: "rectification items", zh: "整改事项")
        case "rectification_events": LocalizedText(en: "rectification events", zh: "整改记录")
        case "incomes": LocalizedText(en: "incomes", zh: "收入")
        case "measures": LocalizedText(en: "assistance measures", zh: "帮扶措施")
        case "poverty_lines": LocalizedText(en: "poverty lines", zh: "贫困线")
        case "pension_checks": LocalizedText(en: "pension checks", zh: "生存认证")
        case "settings": LocalizedText(en: "settings", zh: "设置")
        case "monitoring_cases": LocalizedText(en: "monitoring cases", zh: "监测案件")
        case "monitoring_risks": LocalizedText(en: "monitoring risks", zh: "监测风险")
        case "monitoring_events": LocalizedText(en: "monitoring events", zh: "监测事项")
        case "monitoring_steps": LocalizedText(en: "monitoring steps", zh: "监测程序步骤")
        case "monitoring_measures": LocalizedText(en: "measures against risks", zh: "风险帮扶措施")
        case "monitoring_thresholds": LocalizedText(en: "monitoring thresholds", zh: "监测范围")
        case "monthly_incomes": LocalizedText(en: "monthly incomes", zh: "月收入")
        // A table added later shows under its own name until it gets a label here.
        default: LocalizedText(en: table, zh: table)
        }
    }
}
