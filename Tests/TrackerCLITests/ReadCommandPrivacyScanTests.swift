import CLIKit
import Foundation
import TestSupport
import TrackerStore
import XCTest

@testable import tracker

/// On a database holding ID numbers and phones, every read command, run
/// without --reveal, prints no whole ID number or phone: in a table, in
/// JSON or in CSV, on stdout or stderr, `log` and `log --rows` included.
///
/// The commands come from the real command tree: a new command fails this
/// test until it is listed below as a read (with the arguments to run it)
/// or as a write, so no read command escapes the scan.
final class ReadCommandPrivacyScanTests: XCTestCase {
    /// Read commands by id, each with the argument lists that run it.
    static let reads: [String: [[String]]] = [
        "config.get": [["config", "get"]],
        "config.list": [["config", "list"]],
        "help": [["help", "household"]],
        "income.list": [["income", "list"], ["income", "list", "H001"]],
        "measure.list": [["measure", "list"], ["measure", "list", "H001"]],
        "monitor.show": [["monitor", "show", "H001"]],
        "monitor.list": [["monitor", "list"], ["monitor", "list", "--overdue"]],
        "monitor.due-for-removal": [["monitor", "due-for-removal"]],
        "monitor.screen": [["monitor", "screen", "--year", "2020"]],
        "monitor.notice": [["monitor", "notice", "--village", "焦庄村", "--out", "@NOTICE", "--force"]],
        "threshold.list": [["threshold", "list"]],
        "db.status": [["db", "status"]],
        "followup.list": [["followup", "list", "--status", "all"]],
        "followup.show": [["followup", "show", "1"]],
        "household.list": [["household", "list"], ["household", "list", "--due-for-visit"]],
        "household.show": [["household", "show", "H001"], ["household", "show", "H002"]],
        "line.list": [["line", "list"]],
        "log": [["log", "--limit", "0"], ["log", "--rows", "--limit", "0"], ["log", "--household", "H001", "--rows"]],
        "official.list": [["official", "list"]],
        "pension.due": [["pension", "due", "--within", "366"]],
        "report.monthly": [["report", "monthly", "--month", "2020-12"]],
        "report.summary": [["report", "summary", "--month", "2020-12"]],
        "report.page": [["report", "page", "--month", "2020-12"]],
        "visit.list": [["visit", "list"]],
        "visit.show": [["visit", "show", "1"]],
        "check": [["check"]],
        // A write command whose dry run only reads, and prints what it found.
        "import.households": [["import", "households", "@ROSTER", "--dry-run"]],
    ]

    /// Commands that change the database or write a file; their output is
    /// a confirmation, checked by their own tests.
    static let writes: Set<String> = [
        "assign", "backup", "config.set", "followup.assign", "followup.close", "followup.extend", "followup.reopen",
        "household.add", "household.close", "household.edit", "household.head", "income.add", "init", "line.set", "migrate-to",
        "measure.add", "member.add", "member.edit", "member.remove", "official.add", "official.edit", "official.leave",
        "pension.check", "seed", "unassign", "visit.add", "visit.edit", "visit.void",
        "monitor.open", "monitor.step", "monitor.confirm", "monitor.measure", "monitor.income", "monitor.propose-removal",
        "monitor.remove", "monitor.take-back", "monitor.reflag", "threshold.set",
    ]

    static func leafIDs(_ spec: Command) -> [String] {
        spec.leaves().map { $0.path.joined(separator: ".") }
    }

    func testEveryCommandIsClassifiedAsReadOrWrite() {
        let leaves = Self.leafIDs(CommandTree.root)
        XCTAssertGreaterThan(leaves.count, 20)
        for id in leaves {
            XCTAssertTrue(Self.reads[id] != nil || Self.writes.contains(id),
                          "command \(id) is new: add it to ReadCommandPrivacyScanTests.reads (with arguments) if it shows data, else to .writes")
        }
        for id in Array(Self.reads.keys) + Array(Self.writes) where !leaves.contains(id) {
            XCTFail("\(id) is no longer a command; remove it from ReadCommandPrivacyScanTests")
        }
    }

    func testNoReadCommandPrintsAWholeIDNumberOrPhone() throws {
        let tracker = TrackerRunner()
        tracker.environment["TRACKER_TODAY"] = "2021-01-15"
        func ok(_ arguments: String...) {
            let result = tracker.run(arguments)
            XCTAssertEqual(result.status, 0, "\(arguments): \(result.stderr)")
        }
        ok("seed")
        let headID = IDFixtures.id(birth: "19700101", sequence: 11)
        let childID = IDFixtures.id(birth: "20100304", sequence: 22)
        let elderID = IDFixtures.id(birth: "19500101", sequence: 33)
        ok("household", "add", "王五", "--town", "陈集镇", "--village", "焦庄村", "--code", "H001",
           "--id-number", headID, "--phone", "13812345678", "--registered", "2019-01-01")
        ok("member", "add", "H001", "王小五", "--relation", "子女", "--id-number", childID)
        ok("member", "add", "H001", "王老汉", "--relation", "父母", "--id-number", elderID)
        ok("household", "edit", "H001", "--phone", "0530-5556677")
        ok("official", "add", "张干部", "--unit", "开发区", "--phone", "13900001111")
        // An ID number typed as a positional lands in the recorded command line.
        ok("pension", "check", "H001", elderID, "--method", "app", "--date", "2020-01-10")
        ok("assign", "H001", "张干部", "--from", "2020-01-01")
        ok("visit", "add", "H001", "--by", "张干部", "--date", "2020-12-10", "--check", "住房=不达标:屋顶漏雨")
        ok("income", "add", "H001", "--year", "2020", "--wage", "3000", "--size", "3")
        ok("measure", "add", "H001", "--year", "2020", "--kind", "产业扶贫", "--note", "养羊")
        ok("monitor", "open", "H001", "--item", "1", "--kind", "突发严重困难户", "--risk", "因安全住房", "--risk", "因病")
        ok("monitor", "step", "H001", "入户核实", "--by", "张干部", "--consent", "--date", "2020-12-20")
        ok("monitor", "step", "H001", "信息比对", "--by", "镇民政办", "--date", "2020-12-21")
        ok("monitor", "step", "H001", "村级评议", "--by", "村民代表会议", "--votes-for", "9", "--votes-against", "0", "--date", "2020-12-22")
        let notice = tracker.folder + "/notice.txt"
        let roster = tracker.folder + "/roster.csv"
        try RosterGenerator.roster(households: 3).text.write(toFile: roster, atomically: true, encoding: .utf8)
        ok("import", "households", roster)
        // A second roster, never imported, for the dry run to read.
        let dryRoster = tracker.folder + "/dry.csv"
        try RosterGenerator.roster(households: 2, seed: 7).text.replacingOccurrences(of: "HZ0", with: "HY0")
            .write(toFile: dryRoster, atomically: true, encoding: .utf8)
        ok("household", "add", "李四", "--town", "陈集镇", "--village", "李庄村", "--code", "H002",
           "--id-number", IDFixtures.id(birth: "19800202", sequence: 44), "--phone", "13700002222")

        let secrets = try personalData(tracker).union(personalData(in: dryRoster))
        XCTAssertGreaterThanOrEqual(secrets.count, 10, "the database holds ID numbers and phones")

        // The scan can see a leak: --reveal shows them.
        let revealed = tracker.run("household", "show", "H001", "--reveal")
        XCTAssertTrue(revealed.stdout.contains(headID) && revealed.stdout.contains("0530-5556677"), revealed.stdout)

        for id in Self.leafIDs(CommandTree.root) {
            for arguments in Self.reads[id] ?? [] {
                let arguments = arguments.map { $0 == "@ROSTER" ? dryRoster : $0 == "@NOTICE" ? notice : $0 }
                for format in [[], ["--json"], ["--csv"]] {
                    let result = tracker.run(arguments + format)
                    let label = "tracker \((arguments + format).joined(separator: " "))"
                    if format.isEmpty {
                        XCTAssertEqual(result.status, 0, "\(label): \(result.stderr)")
                    } else {
                        XCTAssertTrue([0, 64].contains(result.status), "\(label): \(result.stderr)")
                    }
                    for secret in secrets {
                        XCTAssertFalse(result.stdout.contains(secret), "\(label) prints \(secret):\n\(result.stdout)")
                        XCTAssertFalse(result.stderr.contains(secret), "\(label) prints \(secret) on stderr:\n\(result.stderr)")
                    }
                }
            }
        }
        // The notice is posted in the village: it holds names, never an ID number or phone.
        let posted = try String(contentsOfFile: notice, encoding: .utf8)
        XCTAssertTrue(posted.contains("王五"), posted)
        for secret in secrets { XCTAssertFalse(posted.contains(secret), "the notice shows \(secret):\n\(posted)") }
    }

    /// Every ID number and phone stored anywhere in the database.
    private func personalData(_ tracker: TrackerRunner) throws -> Set<String> {
        let connection = try RawDatabase(path: tracker.databasePath, readOnly: true)
        var values: Set<String> = []
        for query in ["SELECT head_id_number FROM households", "SELECT phone FROM households",
                      "SELECT id_number FROM members", "SELECT phone FROM officials"] {
            for row in try connection.query(query) { if let value = row[0].string { values.insert(value) } }
        }
        return values
    }

    /// The ID numbers and phones of a roster file (columns 身份证号 and 联系电话).
    private func personalData(in roster: String) throws -> Set<String> {
        let lines = try String(contentsOfFile: roster, encoding: .utf8).components(separatedBy: "\r\n").dropFirst()
        return Set(lines.flatMap { line -> [String] in
            let cells = line.components(separatedBy: ",")
            guard cells.count > 13 else { return [] }
            return [cells[5], cells[13]].filter { !$0.isEmpty }
        })
    }
}
