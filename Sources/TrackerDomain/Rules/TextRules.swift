import Bilingual

/// The one set of rules for text that is stored or looked up, so a pasted
/// essay, a control character or an invisible difference cannot break a
/// table, a CSV cell, a terminal or a later lookup.
///
/// Every store passes its text through `line`, `name`, `code` or `note`
/// before writing it, and every lookup passes what the user typed through
/// `canonical`: both sides see the same trimmed, NFC-normalised form, so
/// what was stored can always be found again.
public enum TextRules {
    public static let maximumNameLength = 100
    public static let maximumNoteLength = 4000
    /// Places (county, town, village), units and titles.
    public static let maximumLineLength = 200
    public static let maximumCodeLength = 64
    public static let maximumOperatorLength = 100

    // MARK: The shared form

    /// `text` as it is stored and compared: Unicode NFC (so `é` typed as one
    /// or as two code points is one spelling), without leading or trailing
    /// whitespace, line breaks or full-width spaces.
    ///
    /// NFC comes from the standard library's own normaliser, the one `==`
    /// on `String` uses; the domain avoids Foundation to start fast.
    public static func canonical(_ text: String) -> String {
        let trimmed = text.trimmingWhitespace()
        if trimmed.utf8.allSatisfy({ $0 < 0x80 }) { return trimmed }  // ASCII is always NFC
        return String(decoding: trimmed._nfcCodeUnits, as: UTF8.self)
    }

    /// Length as SQLite's `length()` counts text, the unit of the schema's
    /// CHECK constraints: Unicode code points, not what Swift calls characters.
    public static func length(_ text: String) -> Int { text.unicodeScalars.count }

    // MARK: Checked forms

    /// A one-line field (town, village, unit, title, region, operator…):
    /// canonical, not empty, at most `limit` code points, and free of
    /// control, format and line-separator characters.
    public static func line(_ text: String, field: String, limit: Int = maximumLineLength) throws(TrackerError) -> String {
        let text = canonical(text)
        if let problem = problem(in: text, multiline: false, limit: limit) { throw problem.error(field: field) }
        return text
    }

    /// A person's or official's name: a line of at most 100 code points.
    public static func name(_ text: String, field: String) throws(TrackerError) -> String {
        try line(text, field: field, limit: maximumNameLength)
    }

    /// A household code: a line of at most 64 code points without spaces.
    public static func code(_ text: String, field: String) throws(TrackerError) -> String {
        let text = try line(text, field: field, limit: maximumCodeLength)
        if text.unicodeScalars.contains(where: \.properties.isWhitespace) {
            throw TextProblem.space.error(field: field)
        }
        return text
    }

    /// Free text that may span lines: newlines and tabs are kept (a CRLF
    /// becomes a newline), every other control or format character is refused.
    public static func note(_ text: String, field: String, limit: Int = maximumNoteLength) throws(TrackerError) -> String {
        let text = canonical(text.replacing("\r\n", with: "\n"))
        if let problem = problem(in: text, multiline: true, limit: limit) { throw problem.error(field: field) }
        return text
    }

    /// `note`, with blank text meaning no note.
    public static func optionalNote(_ text: String?, field: String, limit: Int = maximumNoteLength) throws(TrackerError) -> String? {
        guard let text, !canonical(text).isEmpty else { return nil }
        return try note(text, field: field, limit: limit)
    }

    /// Digits with optional +, - and spaces; 5 to 20 digits (landlines, mobiles, extensions).
    public static func phone(_ text: String, field: String = "--phone") throws(TrackerError) -> String {
        let phone = canonical(text)
        let digits = phone.unicodeScalars.filter { $0.value >= 0x30 && $0.value <= 0x39 }.count
        let allowed = phone.unicodeScalars.allSatisfy { ($0.value >= 0x30 && $0.value <= 0x39) || $0 == "+" || $0 == "-" || $0 == " " }
        guard allowed, (5...20).contains(digits) else {
            // The value is not echoed: it may hold an escape sequence.
            throw TrackerError(.invalidInput, en: "\(field) is not a phone number (5 to 20 digits, with +, - and spaces)",
                               zh: "\(field) 不是有效电话号码（5 到 20 位数字，可含 +、- 和空格）")
        }
        return phone
    }

    // MARK: Problems

    /// What is wrong with already-canonical `text`, or nil. The roster
    /// importer reports it per cell; the checked forms above throw it.
    public static func problem(in text: String, multiline: Bool, limit: Int) -> TextProblem? {
        if text.isEmpty { return .empty }
        for scalar in text.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .control:
                if multiline && (scalar == "\n" || scalar == "\t") { continue }
                return .control(scalar)
            case .format:
                return .format(scalar)
            case .lineSeparator, .paragraphSeparator:
                if multiline { continue }
                return .control(scalar)
            case .surrogate, .unassigned:
                // Unassigned code points include the noncharacters (U+FFFE):
                // nothing a keyboard types.
                return .format(scalar)
            default:
                continue
            }
        }
        let length = length(text)
        if length > limit { return .tooLong(length: length, characters: text.count, limit: limit) }
        return nil
    }
}

/// Why a piece of text was refused.
public enum TextProblem: Sendable, Equatable {
    case empty
    /// A control character (C0, DEL, C1), or a line break where one line is expected.
    case control(Unicode.Scalar)
    /// An invisible format character (zero-width space, joiner, direction mark, BOM…).
    case format(Unicode.Scalar)
    /// Longer than the limit, in code points; `characters` is what the user sees.
    case tooLong(length: Int, characters: Int, limit: Int)
    /// A space inside a value that may not have one (a household code).
    case space

    /// The reason alone, for a roster cell ("line 3, 村: …").
    public var reason: LocalizedText {
        switch self {
        case .empty:
            return LocalizedText(en: "must not be empty", zh: "不能为空")
        case .control(let scalar):
            let code = Self.codePoint(scalar)
            return LocalizedText(en: "contains the control character \(code); type plain text on one line",
                                 zh: "含有控制字符或换行（\(code)）；请输入单行纯文本")
        case .format(let scalar):
            let code = Self.codePoint(scalar)
            return LocalizedText(en: "contains the invisible character \(code) (such as a zero-width space); delete it and type the text again",
                                 zh: "含有不可见字符（\(code)，如零宽空格）；请删除后重新输入")
        case .tooLong(let length, let characters, let limit):
            if length == characters {
                return LocalizedText(en: "is \(length) characters long; the limit is \(limit)", zh: "长 \(length) 个字符，上限为 \(limit)")
            }
            return LocalizedText(en: "is \(length) characters long counting each accent or combining mark (\(characters) as shown); the limit is \(limit)",
                                 zh: "长 \(length) 个字符（\(characters) 个字加上组合符号），上限为 \(limit)")
        case .space:
            return LocalizedText(en: "must not contain spaces", zh: "不能含空格")
        }
    }

    /// The problem as the error of an option or argument.
    public func error(field: String) -> TrackerError {
        let reason = reason
        return TrackerError(.invalidInput, en: "\(field) \(reason.en)", zh: "\(field) \(reason.zh)")
    }

    static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}

extension String {
    /// Empty or only whitespace.
    var isBlank: Bool { allSatisfy(\.isWhitespace) }
}
