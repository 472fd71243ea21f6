import Bilingual
import CLIKit
import TrackerDomain
import TrackerStore

/// The values an enumeration option takes, for its help line, in the
/// reader's language: `not-lifted | lifted | relapsed | monitored` in English,
/// `未脱贫 | 已脱贫 | 返贫 | 监测对象` in Chinese. Either spelling is accepted
/// in both languages, so the help need not mix them.
enum ChoiceHelp {
    static func list<T: DomainEnum>(_ type: T.Type, default defaultValue: T? = nil, en prefix: String = "",
                                    zh prefixZH: String = "") -> LocalizedText {
        let en = T.offeredCases.map { value in
            String(value.key.map { $0 == "_" ? "-" : $0 }) + (value == defaultValue ? " (default)" : "")
        }
        let zh = T.offeredCases.map { value in value.names.label.zh + (value == defaultValue ? "（默认）" : "") }
        return LocalizedText(en: prefix + en.joined(separator: " | "), zh: prefixZH + zh.joined(separator: " | "))
    }
}
