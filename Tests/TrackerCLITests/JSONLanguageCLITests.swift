import Foundation
import XCTest

/// JSON is for programs: every read command gives the same document under
/// `--lang zh` and `--lang en` (stable English keys and enumeration values).
///
/// The commands are found by walking the real command tree through
/// `--help`, so a new command fails this test until it is listed below as a
/// read command (and compared) or as a write command.
final class JSONLanguageCLITests: XCTestCase {
    /// Read commands, each with the invocations that exercise its JSON.
    static let reads: [String: [[String]]] = [
        "db status": [["db", "status"]],
        "household list": [["household", "list"], ["household", "list", "--due-for-visit"]],
        "household show": [["household", "show", "赵丁先"], ["household", "show", "沈红荣"]],
        "official list": [["official", "list"]],
        "visit list": [["visit", "list"], ["visit", "list", "--month", "2020-04"]],
        "followup list": [["followup", "list", "--status", "all"]],
        "followup show": [["followup", "show", "1"], ["followup", "show", "2"]],
        "visit show": [["visit", "show", "1"], ["visit", "show", "4"]],
        "report summary": [["report", "summary", "--month", "2020-04"]],
        // CSV only: --json is refused alike in both languages.
        "report monthly": [["report", "monthly", "--month", "2020-04"]],
        // HTML only: --json is refused alike in both languages.
        "report page": [["report", "page", "--month", "2020-04"]],
        "line list": [["line", "list"]],
        "pension due": [["pension", "due", "--within", "366"]],
        "log": [["log"], ["log", "--rows", "--limit", "40"]],
        "check": [["check"]],
        "config get": [["config", "get"]],
        "config list": [["config", "list"]],
        "income list": [["income", "list"], ["income", "list", "沈红荣"]],
        "measure list": [["measure", "list"], ["measure", "list", "--year", "2020"]],
        "monitor show": [["monitor", "show", "1"], ["monitor", "show", "赵丁先"]],
        "monitor list": [["monitor", "list"], ["monitor", "list", "--overdue"]],
        "monitor due-for-removal": [["monitor", "due-for-removal"]],
        "monitor screen": [["monitor", "screen", "--year", "2019"]],
        // A text file to post: --json is refused alike in both languages.
        "monitor notice": [["monitor", "notice", "--village", "焦庄村", "--out", "notice.txt", "--force"]],
        "threshold list": [["threshold", "list"]],
        // Text for people only: --json is refused alike in both languages.
        "help": [["help"], ["help", "visit", "add"]],
        "import households": [["import", "households", "roster.csv", "--dry-run"]],
    ]

    /// Commands that change the database; their output is not compared here.
    static let writes: Set<String> = [
        "init", "seed", "household add", "household edit", "member add", "official add", "assign", "unassign",
        "visit add", "followup close", "followup reopen", "income add", "measure add", "line set",
        "pension check", "backup", "config set",
        "household head", "household close", "member edit", "member remove", "official edit", "official leave",
        "visit void", "visit edit", "followup extend", "followup assign",
        "monitor open", "monitor step", "monitor confirm", "monitor measure", "monitor income", "monitor propose-removal",
        "monitor remove", "monitor take-back", "monitor reflag", "threshold set", "migrate-to",
    ]

    /// Every leaf command path, read from the help of each group.
    private func leaves(_ tracker: TrackerRunner, under path: [String] = []) -> [String] {
        let help = tracker.run(path + ["--help", "--lang", "en"]).stdout
        guard help.contains("\nSubcommands:\n") else { return [path.joined(separator: " ")] }
        let section = help.components(separatedBy: "\nSubcommands:\n")[1].components(separatedBy: "\n\n")[0]
        let names = section.split(separator: "\n").compactMap { $0.split(separator: " ").first.map(String.init) }
        XCTAssertFalse(names.isEmpty, "no subcommands read from the help of '\(path.joined(separator: " "))'")
        return names.flatMap { leaves(tracker, under: path + [$0]) }
    }

    func testEveryCommandIsListedAsReadOrWrite() {
        let tracker = TrackerRunner()
        let all = leaves(tracker)
        XCTAssertGreaterThan(all.count, 20)
        for command in all {
            XCTAssertTrue(Self.reads[command] != nil || Self.writes.contains(command),
                          "'tracker \(command)' is new: list it in JSONLanguageCLITests.reads (with an invocation) or .writes")
        }
        for command in Set(Self.reads.keys).union(Self.writes) {
            XCTAssertTrue(all.contains(command), "'tracker \(command)' is listed but not in the command tree")
        }
    }

    func testEveryReadCommandGivesTheSameJSONInBothLanguages() throws {
        let tracker = TrackerRunner()
        tracker.environment["TRACKER_TODAY"] = "2020-05-20"
        let setup: [[String]] = [
            ["seed"],
            ["line", "set", "--year", "2019", "--amount", "3218", "--approximate"],
            ["income", "add", "沈红荣", "--year", "2019", "--wage", "2000", "--transfer", "1200", "--size", "2"],
            ["measure", "add", "沈红荣", "--year", "2020", "--kind", "就业", "--note", "扶贫车间"],
            ["member", "add", "沈红荣", "沈大", "--relation", "配偶", "--birth", "1944-02-03", "--pension", "yes"],
            ["pension", "check", "沈红荣", "沈大", "--method", "上门", "--by", "朱家福", "--date", "2019-06-01"],
            ["visit", "add", "赵丁先", "--by", "李国珍", "--date", "2020-04-10", "--check", "住房=不达标:屋顶漏雨", "--check", "吃=达标"],
            ["visit", "add", "苏记拴", "--by", "李国珍", "--date", "2020-04-12", "--check", "饮水=不达标", "--kind", "回访"],
            ["followup", "close", "2", "--resolution", "接通自来水", "--date", "2020-05-01"],
            ["monitor", "open", "赵丁先", "--item", "1", "--kind", "边缘易致贫户", "--risk", "因安全住房", "--risk", "因病"],
            ["monitor", "step", "1", "入户核实", "--by", "李国珍", "--consent", "--date", "2020-04-11"],
        ]
        for command in setup {
            let result = tracker.run(command)
            XCTAssertEqual(result.status, 0, "\(command): \(result.stderr)")
        }
        try "户编号,乡镇,村,姓名,与户主关系,建档日期\nH9,陈集镇,焦庄村,王五,户主,2019-03\n"
            .write(toFile: tracker.folder + "/roster.csv", atomically: true, encoding: .utf8)

        for (command, invocations) in Self.reads.sorted(by: { $0.key < $1.key }) {
            for invocation in invocations {
                let zh = tracker.run(invocation + ["--json", "--lang", "zh"])
                let en = tracker.run(invocation + ["--json", "--lang", "en"])
                XCTAssertEqual(zh.status, en.status, "exit codes of \(invocation) differ by language")
                XCTAssertEqual(zh.stdout, en.stdout, "JSON of 'tracker \(invocation.joined(separator: " "))' differs by language")
                if ["report monthly", "report page", "help", "monitor notice"].contains(command) {
                    XCTAssertEqual(en.status, 64, "\(command) refuses --json")
                    continue
                }
                XCTAssertEqual(en.status, 0, "\(invocation): \(en.stderr)")
                XCTAssertNoThrow(try JSONSerialization.jsonObject(with: en.stdoutBytes),
                                 "'tracker \(invocation.joined(separator: " ")) --json' is not JSON: \(en.stdout)")
                XCTAssertFalse(en.stdout.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "\(invocation) printed nothing")
            }
        }
    }
}
