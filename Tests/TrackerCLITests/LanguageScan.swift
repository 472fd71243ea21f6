import Foundation
import TrackerDomain
import TrackerStore

/// Finds text of the wrong language in a command's output (issue 12, item 7)
/// and half-width punctuation in Chinese text (item 8).
///
/// Names and other user data are removed first: a Chinese name in English
/// output is the record, not a translation gap. What remains of English
/// output may hold no Chinese characters or full-width punctuation; what
/// remains of Chinese output may hold no English words, apart from what users
/// type as it is (commands, options, machine spellings such as `ok`) and
/// upper-case symbols (CSV, UTF-8, YYYY-MM-DD, H001).
enum LanguageScan {
    /// Full-width punctuation of Chinese text.
    static let chinesePunctuation = Set("、，。：；（）！？“”「」【】《》…—")

    /// Lines of English output that still hold Chinese once `userData` is removed.
    static func chineseIn(_ text: String, userData: [String]) -> [String] {
        lines(of: text, without: userData).compactMap { original, stripped in
            stripped.unicodeScalars.contains(where: isHan) || stripped.contains(where: { chinesePunctuation.contains($0) && !"…—“”".contains($0) })
                ? "«\(original)» → «\(stripped)»" : nil
        }
    }

    /// Lines of Chinese output that still hold English words once `userData`
    /// and what users type (`allowedWords`, commands, options) are removed.
    static func englishIn(_ text: String, userData: [String], allowedWords: Set<String>) -> [String] {
        var allowed = text
        for pattern in allowedPatterns {
            allowed = allowed.replacingOccurrences(of: "(?m)" + pattern, with: " ", options: .regularExpression)
        }
        return zip(text.components(separatedBy: "\n"), lines(of: allowed, without: userData)).compactMap { line, pair in
            let (original, rest) = (line, pair.1)
            let words = rest.components(separatedBy: CharacterSet.letters.inverted.union(CharacterSet(charactersIn: "_")))
                .filter { word in word.count >= 2 && word.unicodeScalars.allSatisfy { $0.isASCII } }
                .filter { !allowedWords.contains($0) && !allowedWords.contains($0.lowercased()) }
            return words.isEmpty ? nil : "«\(original)»: \(words)"
        }
    }

    /// Lines where a half-width mark ( ) , : ; ? ! sits next to a Chinese
    /// character (a space between still counts), once `userData` is removed.
    static func halfWidthPunctuation(_ text: String, userData: [String]) -> [String] {
        lines(of: text, without: userData).compactMap { original, stripped in
            stripped.range(of: #"\p{Han}[ ]?[(),:;?!]|[(),:;?!][ ]?\p{Han}"#, options: .regularExpression) != nil
                ? "«\(original)»" : nil
        }
    }

    /// Commands, options, variables, paths and upper-case symbols: the same in
    /// both languages because users type them as they are.
    private static let allowedPatterns = [
        #"[A-Za-z0-9_.~$-]*/[A-Za-z0-9_./~$-]+"#,   // paths
        #"[A-Za-z0-9_-]+\.(csv|db|bak|txt|sql)"#,   // file names
        #"tracker( [a-z][a-z-]*)*"#,                // a command line
        #"^  [a-z][a-z-]*(?=  )"#,                  // a subcommand in a help list
        #"(?<![A-Za-z])--?[A-Za-z][A-Za-z0-9-]*"#,  // options
        #"(?<![A-Za-z])[a-z]+(-[a-z0-9]+)+"#,       // typed identifiers: visit-interval, utf-8-bom
        #"(?i)gb18030|utf-?8"#,                     // encodings
        #"(?<![A-Za-z0-9])[0-9a-f]{16,}(?![A-Za-z0-9])"#,  // digests
        #"postgres(ql)?://[^ ：；（）]*"#,            // a PostgreSQL URL, typed as it is
        #"Excel|SQLite|PostgreSQL|libpq|WPS|Markdown|Ctrl|[KMG]iB"#, // names of programs, keys and units
        #"\$[A-Z_]+"#,                              // environment variables
        #"(?<![A-Za-z])[A-Z][A-Z0-9_]*(-[A-Z0-9]+)*(?![a-z])"#,  // CSV, UTF-8, YYYY-MM-DD, H001
    ]

    /// Machine spellings users type in either language: every enumeration
    /// key and short form, plus the words of option values.
    static let typedWords: Set<String> = {
        var words: Set<String> = ["table", "json", "csv", "zh", "en", "yes", "no", "all", "overdue", "monthly", "every",
                                  "months", "per", "quarter", "month", "national", "xlsx", "region"]
        func add<T: DomainEnum>(_ type: T.Type) {
            for value in T.allCases {
                for spelling in [value.key, value.names.short].compactMap({ $0 }) + value.names.aliases
                where spelling.unicodeScalars.allSatisfy(\.isASCII) {
                    words.formUnion(spelling.lowercased().components(separatedBy: CharacterSet.letters.inverted).filter { !$0.isEmpty })
                }
            }
        }
        add(ChecklistItem.self); add(CheckResult.self); add(VisitKind.self); add(HouseholdAttribute.self)
        add(HouseholdStatus.self); add(PovertyCause.self); add(Relation.self); add(Sex.self); add(Health.self)
        add(Schooling.self); add(Labour.self); add(MeasureKind.self); add(MonitoringKind.self)
        add(PensionCheckMethod.self); add(AssignmentRole.self); add(RectificationStatus.self)
        add(RectificationListStatus.self); add(RectificationTopic.self)
        add(MemberLeaveReason.self); add(HouseholdCloseReason.self)
        add(MonitoringRisk.self); add(MonitoringSource.self); add(MonitoringStep.self); add(StepOutcome.self)
        add(RemovalMethod.self); add(MonitoringEventKind.self); add(MonitoringState.self); add(MonitoringProcedure.self)
        return words
    }()

    private static func lines(of text: String, without userData: [String]) -> [(String, String)] {
        // A typed `住房=不达标:屋顶漏雨` is also its parts, and so is a typed URL's `?key=value&…`.
        let parts = userData.flatMap { $0.components(separatedBy: CharacterSet(charactersIn: "=:：?&")) }
        let data = Set(userData + parts).filter { !$0.isEmpty }.sorted { $0.count > $1.count }
        return text.components(separatedBy: "\n").map { line in
            var stripped = line
            for item in data where stripped.contains(item) {
                if item.unicodeScalars.allSatisfy(\.isASCII) {
                    // A typed word goes only as a whole word: "log" is not part of "ecology".
                    let pattern = "(?<![A-Za-z])" + NSRegularExpression.escapedPattern(for: item) + "(?![A-Za-z])"
                    stripped = stripped.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
                } else {
                    stripped = stripped.replacingOccurrences(of: item, with: " ")
                }
            }
            return (line, stripped)
        }
    }

    private static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        (0x3400...0x9FFF).contains(scalar.value) || (0xF900...0xFAFF).contains(scalar.value)
            || (0x20000...0x2FFFF).contains(scalar.value)
    }
}
