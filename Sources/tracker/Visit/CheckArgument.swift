import TrackerDomain
import TrackerStore

/// Reads a checklist result as typed: `--check ITEM=RESULT[:NOTE]`, or a
/// prompt answer `RESULT[:NOTE]`.
///
/// Notes are free text and may themselves contain '=' or ':', so only the
/// first '=' and the first ':' after it separate fields. Chinese input
/// methods type the full-width '＝' and '：', so those separate too.
enum CheckArgument {
    static let form = "ITEM=RESULT[:NOTE]"

    static func parse(_ text: String) throws -> Visit.Check {
        guard let equals = text.firstIndex(where: { $0 == "=" || $0 == "＝" }) else { throw badShape(text) }
        let itemText = String(text[..<equals]).trimmingWhitespaceForCLI()
        let (resultText, note) = splitNote(text[text.index(after: equals)...])
        guard !itemText.isEmpty, !resultText.isEmpty else { throw badShape(text) }
        do {
            return Visit.Check(item: try ChecklistItem(parsing: itemText), result: try CheckResult(parsing: resultText),
                               note: note)
        } catch {
            throw OptionValueError(option: "check", error: error)
        }
    }

    /// Splits `RESULT[:NOTE]` at the first ':' or '：'; a blank note is no note.
    static func splitNote(_ text: Substring) -> (result: String, note: String?) {
        guard let colon = text.firstIndex(where: { $0 == ":" || $0 == "：" }) else {
            return (String(text).trimmingWhitespaceForCLI(), nil)
        }
        let note = String(text[text.index(after: colon)...]).trimmingWhitespaceForCLI()
        return (String(text[..<colon]).trimmingWhitespaceForCLI(), note.isEmpty ? nil : note)
    }

    private static func badShape(_ text: String) -> TrackerError {
        TrackerError(.invalidInput,
            en: "--check '\(text)' is not of the form \(form), e.g. --check housing=fail:roof-leaks",
            zh: "--check “\(text)”格式不对，应为 项目=结果[：备注]，例如 --check 住房=不达标：屋顶漏雨")
    }
}
