/// Limits on free text, so a pasted essay or a control character cannot
/// break a table, a CSV cell or a terminal.
public enum TextRules {
    public static let maximumNameLength = 100
    public static let maximumNoteLength = 4000

    /// A person's or official's name: 1–100 characters, no control characters.
    public static func checkName(_ text: String, option: String) throws(TrackerError) {
        guard !text.isBlank else {
            throw TrackerError(.invalidInput, en: "\(option) must not be empty", zh: "\(option) 不能为空")
        }
        try checkLength(text, option: option, limit: maximumNameLength)
        if text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            throw TrackerError(.invalidInput, en: "\(option) contains a control character; type the name as plain text",
                               zh: "\(option) 含有控制字符；请输入纯文本姓名")
        }
    }

    /// Notes may hold newlines and tabs, but no other control characters.
    public static func checkNote(_ text: String, option: String) throws(TrackerError) {
        try checkLength(text, option: option, limit: maximumNoteLength)
        if text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control && !["\n", "\t", "\r"].contains($0) }) {
            throw TrackerError(.invalidInput, en: "\(option) contains a control character other than newline or tab",
                               zh: "\(option) 含有换行和制表符以外的控制字符")
        }
    }

    public static func checkLength(_ text: String, option: String, limit: Int) throws(TrackerError) {
        if text.count > limit {
            throw TrackerError(.invalidInput, en: "\(option) is \(text.count) characters long; the limit is \(limit)",
                               zh: "\(option) 长 \(text.count) 个字符，上限为 \(limit)")
        }
    }

    /// Digits with optional +, - and spaces; 5 to 20 digits (landlines, mobiles, extensions).
    public static func checkPhone(_ phone: String) throws(TrackerError) {
        let digits = phone.filter(\.isASCII).filter(\.isNumber).count
        let allowed = phone.allSatisfy { ($0.isASCII && $0.isNumber) || $0 == "+" || $0 == "-" || $0 == " " }
        guard allowed, (5...20).contains(digits) else {
            throw TrackerError(.invalidInput, en: "--phone \(phone) is not a phone number (digits, +, - and spaces)",
                               zh: "--phone \(phone) 不是有效电话号码（仅限数字、+、- 和空格）")
        }
    }
}

extension String {
    /// Empty or only whitespace.
    var isBlank: Bool { allSatisfy(\.isWhitespace) }
}
