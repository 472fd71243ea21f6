import Bilingual
import TrackerDomain
import TrackerStore

/// Walks a visitor through the six checklist items, one question each, when
/// `visit add` runs on a terminal without any `--check`.
///
/// Reading and writing are injected so tests can script the answers
/// in-process; the command passes stdin and an unbuffered stderr (the
/// questions must appear before the answer is typed, and stdout stays data).
struct ChecklistPrompter {
    /// The next line typed, without its newline; nil at end of input.
    let readLine: () -> String?
    /// Shows text at once (no newline added).
    let write: (String) -> Void
    let language: Language

    private func t(_ en: String, _ zh: String) -> String { language == .zh ? zh : en }

    /// The answers given, in checklist order. Enter skips an item; a bad
    /// answer is explained and the same item asked again. End of input
    /// (Ctrl-D) before every item was answered or skipped returns nil: a
    /// visit with half its answers would look like a complete one, so the
    /// caller records nothing.
    func run() -> [Visit.Check]? {
        write(t("Checklist: answer ok / fail / na (达标 / 不达标 / 不适用), a note may follow ':' (fail:roof leaks); Enter skips an item.\n",
                "两不愁三保障排查：回答 达标 / 不达标 / 不适用（或 ok / fail / na），冒号后可写备注（不达标：屋顶漏雨）；直接回车跳过该项。\n"))
        var checks: [Visit.Check] = []
        for item in ChecklistItem.allCases {
            while true {
                write("  " + item.label(in: language) + t(" [ok/fail/na]: ", " [达标/不达标/不适用]："))
                guard let line = readLine() else {
                    write("\n")
                    return nil
                }
                let (resultText, note) = CheckArgument.splitNote(Substring(line))
                if resultText.isEmpty && note == nil { break }
                if let result = CheckResult.parse(resultText), CheckResult.offeredCases.contains(result) {
                    checks.append(Visit.Check(item: item, result: result, note: note))
                    break
                }
                write(t("    '\(line)' is not an answer; type ok, fail or na (达标, 不达标, 不适用), or press Enter to skip.\n",
                        "    无法识别“\(line)”；请输入 达标、不达标 或 不适用（ok、fail、na），或直接回车跳过。\n"))
            }
        }
        return checks
    }
}
