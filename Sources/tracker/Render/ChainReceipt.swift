import Bilingual
import CLIKit
import TrackerDomain
import TrackerStore
import XLSXKit

/// The receipt a report ends with under `--receipt`: the audit chain's head
/// when the report was made, so a printed report commits to the records it
/// was made from. `tracker check --at HASH` later confirms that no entry
/// up to that one has changed since.
///
/// Opt-in, and always the report's last line (last row of a workbook's
/// last sheet): without it a past month's report stays byte-identical
/// whenever it is made again; with it, everything above the receipt does.
enum ChainReceipt {
    static let option = OptionSpec.flag("receipt", help: LocalizedText(
        en: "End with the audit chain's head (entry number and hash), for 'tracker check --at HASH' to confirm later",
        zh: "末尾附审计链头（条目号和哈希），日后可用 tracker check --at 哈希 核对"))

    /// "audit chain head: entry 1234 / 5f3a09c2d17e8b40" (no comma, so it is one CSV cell as is).
    static func text(_ head: AuditChainHead?, _ context: CommandContext) -> String {
        guard let head else { return context.t("audit chain head: none (nothing recorded yet)", "审计链头：无（尚无记录）") }
        return context.t("audit chain head: entry \(head.entry) / \(head.shortHash)",
                         "审计链头：第 \(head.entry) 条 / \(head.shortHash)")
    }

    /// `sheets` with the receipt as the last row of the last sheet.
    static func appended(to sheets: [Worksheet], _ head: AuditChainHead?, _ context: CommandContext) -> [Worksheet] {
        var sheets = sheets
        guard var last = sheets.popLast() else { return sheets }
        last.rows.append([.text(text(head, context))])
        return sheets + [last]
    }
}
