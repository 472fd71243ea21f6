/// What the rows of each table are called in `log`, so that the audit
/// trail reads "households +2, poverty causes +2" (户 +2、致贫原因 +2)
/// instead of raw table names. JSON keeps the table names.
enum RecordKindLabels {
    /// A command as the audit trail recorded it: what a user typed reads the
    /// same in both languages; what an upgrade wrote (migration 0013) is worded.
    static func command(_ command: String) -> Words {
        switch command {
        case "upgrade 0013: the built-in poverty lines entered in the audit trail":
            Words(command, "升级 0013：内置贫困线记入审计日志")
        case "upgrade 0014: the example monitoring thresholds entered":
            Words(command, "升级 0014：录入监测范围示例")
        default: Words(command, command)
        }
    }

    static func label(ofTable table: String) -> Words {
        switch table {
        case "households": Words("households", "户")
        case "household_causes": Words("poverty causes", "致贫原因")
        case "members": Words("members", "家庭成员")
        case "places": Words("places", "地点")
        case "sources": Words("sources", "来源")
        case "officials": Words("officials", "干部")
        case "assignments": Words("assignments", "帮扶关系")
        case "visits": Words("visits", "走访")
        case "visit_officials": Words("visiting officials", "走访干部")
        case "visit_requests": Words("requests", "诉求")
        case "checklist_results": Words("checklist results", "排查结果")
        case "rectifications": Words("rectification items", "整改事项")
        case "rectification_events": Words("rectification events", "整改记录")
        case "incomes": Words("incomes", "收入")
        case "measures": Words("assistance measures", "帮扶措施")
        case "poverty_lines": Words("poverty lines", "贫困线")
        case "pension_checks": Words("pension checks", "生存认证")
        case "settings": Words("settings", "设置")
        case "monitoring_cases": Words("monitoring cases", "监测案件")
        case "monitoring_risks": Words("monitoring risks", "监测风险")
        case "monitoring_events": Words("monitoring events", "监测事项")
        case "monitoring_steps": Words("monitoring steps", "监测程序步骤")
        case "monitoring_measures": Words("measures against risks", "风险帮扶措施")
        case "monitoring_thresholds": Words("monitoring thresholds", "监测范围")
        case "monthly_incomes": Words("monthly incomes", "月收入")
        // A table added later shows under its own name until it gets a label here.
        default: Words(table, table)
        }
    }
}
