import Foundation
import TrackerStore
import XCTest

/// Every message and label exists in both languages, and Chinese text keeps
/// Chinese punctuation (issue 12, items 7 and 8): the commands of a working
/// day, the help of every command and the bad-invocation corpus are run in
/// each language and scanned with `LanguageScan`.
final class BilingualOutputTests: XCTestCase {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus")

    /// A working day: setting up, a visit with two officials and a failed
    /// item, closing it, money, reports, an import with a bad row and a good one.
    static let session: [[String]] = [
        ["seed"],
        ["official", "add", "刘明", "--unit", "陈集镇", "--title", "驻村干部"],
        ["household", "add", "王五", "--town", "陈集镇", "--village", "焦庄村", "--code", "H001", "--attribute", "低保贫困户",
         "--cause", "因病", "--phone", "13812345678"],
        ["member", "add", "H001", "王小五", "--relation", "子女", "--id-number", "372901201003040027"],
        ["assign", "王五", "李国珍", "--role", "帮扶责任人", "--from", "2020-01-01"],
        ["visit", "add", "赵丁先", "--by", "李国珍", "--by", "刘明", "--date", "2020-04-10", "--check", "住房=不达标:屋顶漏雨",
         "--check", "吃=达标", "--need", "修屋顶", "--followup", "联系施工队"],
        ["visit", "list"],
        ["household", "show", "赵丁先"],
        ["household", "show", "h001"],
        ["household", "list"],
        ["household", "list", "--due-for-visit"],
        ["official", "list"],
        ["followup", "list", "--status", "all"],
        ["followup", "close", "1", "--resolution", "已修缮屋顶", "--date", "2020-05-08"],
        ["followup", "reopen", "1", "--reason", "又漏雨"],
        ["followup", "list", "--status", "all"],
        ["income", "add", "王五", "--year", "2019", "--wage", "2000", "--transfer", "1218", "--size", "1"],
        ["measure", "add", "王五", "--year", "2019", "--kind", "产业", "--note", "养牛"],
        ["household", "show", "王五"],
        ["line", "list"],
        ["report", "monthly", "--month", "2020-04", "--out", "@FILE:report.csv"],
        ["report", "summary", "--month", "2020-04"],
        ["pension", "due"],
        ["config", "get"],
        ["import", "households", "@FILE:sex-mismatch.csv"],
        ["import", "households", "@FILE:good.csv", "--dry-run"],
        ["import", "households", "@FILE:good.csv"],
        ["log"],
        ["check"],
        ["household", "show", "赵丁仙"],
        ["official", "add", "李国珍"],
        ["assign", "赵丁先", "李国珍"],
        ["assign", "赵丁先", "李国珍"],
    ]

    static let goodRoster = """
        户编号,乡镇,村,姓名,与户主关系,身份证号,性别,出生日期,健康状况,贫困户属性,主要致贫原因,脱贫状态,联系电话
        HZ7,陈集镇,焦庄村,钱七,户主,,男,1965-03-12,健康,一般贫困户,因病,未脱贫,
        """

    struct Transcript {
        var text = ""
        var userData: [String] = []
    }

    /// Runs the session in `language` on a fresh database, collecting stdout and stderr.
    func runSession(_ language: String) throws -> Transcript {
        let tracker = TrackerRunner()
        tracker.environment["TRACKER_TODAY"] = "2020-05-20"
        let files = tracker.folder + "/files"
        try FileManager.default.copyItem(atPath: Self.corpus.appendingPathComponent("files").path, toPath: files)
        try Self.goodRoster.write(toFile: files + "/good.csv", atomically: true, encoding: .utf8)
        var transcript = Transcript()
        for command in Self.session {
            let arguments = command.map { $0.hasPrefix("@FILE:") ? files + "/" + $0.dropFirst(6) : $0 }
            let result = tracker.run(["--lang", language] + arguments)
            transcript.text += "$ tracker \(command.joined(separator: " "))\n" + result.stdout + result.stderr
            transcript.userData += arguments
        }
        transcript.userData += try Self.storedText(tracker.databasePath) + [tracker.folder, "测试员"]
        for file in try FileManager.default.contentsOfDirectory(atPath: files) {
            let text = (try? String(contentsOfFile: files + "/" + file, encoding: .utf8)) ?? ""
            transcript.userData += text.components(separatedBy: CharacterSet(charactersIn: ",\n\r"))
        }
        return transcript
    }

    /// Every text value the database holds (names, places, notes), apart
    /// from the lower-case keys of enumerations and table names, which are
    /// the tool's words and must not leak into Chinese output.
    static func storedText(_ path: String) throws -> [String] {
        let connection = try RawDatabase(path: path, readOnly: true)
        var values: [String] = []
        for table in try connection.query("SELECT name FROM sqlite_schema WHERE type = 'table'").compactMap({ $0[0].string })
        where !table.hasPrefix("audit") && !table.hasPrefix("sqlite") && table != "schema_migrations" {
            for row in try connection.query("SELECT * FROM \"\(table)\"") {
                for case .text(let text) in row.values where text.range(of: "^[a-z_-]+$", options: .regularExpression) == nil {
                    values.append(text)
                }
            }
        }
        return values
    }

    private func report(_ problems: [String], _ what: String) {
        XCTAssertTrue(problems.isEmpty, "\(what):\n" + problems.prefix(40).joined(separator: "\n"))
    }

    // `log --rows` and `db status` are left out: they show the stored rows
    // and the schema as they are (tables, columns, keys, migration files).

    func testEnglishSessionHoldsNoChinese() throws {
        let transcript = try runSession("en")
        report(LanguageScan.chineseIn(transcript.text, userData: transcript.userData), "Chinese in English output")
    }

    func testChineseSessionHoldsNoEnglishAndKeepsChinesePunctuation() throws {
        let transcript = try runSession("zh")
        XCTAssertTrue(transcript.text.contains("全国") && !transcript.text.contains("current prices"), "line list in Chinese")
        XCTAssertTrue(transcript.text.contains("（UTF-8）") || transcript.text.contains("（UTF-8（带 BOM））"), "the encoding label")
        report(LanguageScan.englishIn(transcript.text.replacingOccurrences(of: "$ tracker", with: ""),
                                      userData: transcript.userData, allowedWords: LanguageScan.typedWords),
               "English in Chinese output")
        report(LanguageScan.halfWidthPunctuation(transcript.text, userData: transcript.userData),
               "half-width punctuation in Chinese output")
    }

    /// The names of every command, typed as they are in both languages.
    static let commandNames: Set<String> = {
        Set(BilingualOutputTests.walkHelp("en").names)
    }()

    /// Every command's help, found by walking the subcommand lists.
    func help(_ language: String) -> String { Self.walkHelp(language).text }

    static func walkHelp(_ language: String) -> (text: String, names: [String]) {
        let tracker = TrackerRunner()
        var text = "", queue: [[String]] = [[]], names: [String] = []
        while !queue.isEmpty {
            let path = queue.removeFirst()
            let result = tracker.run(["--lang", language] + path + ["--help"])
            text += result.stdout
            var inSubcommands = false
            for line in result.stdout.components(separatedBy: "\n") {
                if line == "Subcommands:" || line == "子命令：" { inSubcommands = true; continue }
                if line.isEmpty { inSubcommands = false; continue }
                if inSubcommands, let name = line.split(separator: " ").first {
                    queue.append(path + [String(name)])
                    names.append(String(name))
                }
            }
        }
        return (text, names)
    }

    func testEnglishHelpHoldsNoChineseButItsExamples() throws {
        // Example values are data a user types (names, places, Chinese
        // spellings of choices); the explanation around them is English.
        let text = help("en")
        XCTAssertGreaterThan(text.components(separatedBy: "\n").count, 300, "every command's help was read")
        report(LanguageScan.chineseIn(text, userData: Self.examplesIn(text)), "Chinese in English help")
    }

    func testChineseHelpHoldsNoEnglishAndKeepsChinesePunctuation() throws {
        let text = help("zh")
        report(LanguageScan.englishIn(text, userData: [], allowedWords: LanguageScan.typedWords.union(Self.commandNames)),
               "English in Chinese help")
        report(LanguageScan.halfWidthPunctuation(text, userData: Self.examplesIn(text)), "half-width punctuation in Chinese help")
    }

    /// Command lines quoted in help (`tracker visit add 赵丁先 --check 住房=不达标:屋顶漏雨`)
    /// are typed as they are.
    static func examplesIn(_ text: String) -> [String] {
        text.components(separatedBy: "\n").compactMap { line in
            line.range(of: "tracker [a-z]+ [^ ]+ [^\n]*", options: .regularExpression).map { String(line[$0]) }
        }
    }

    func testErrorsOfTheBadInvocationCorpusInBothLanguages() throws {
        let tracker = TrackerRunner()
        XCTAssertEqual(tracker.run("seed").status, 0)
        XCTAssertEqual(tracker.run("household", "add", "张文峰", "--town", "陈集镇", "--village", "李庄村").status, 0)
        XCTAssertEqual(tracker.run("visit", "add", "赵丁先", "--by", "李国珍", "--date", "2020-04-10", "--check", "住房=不达标").status, 0)
        let files = tracker.folder + "/corpus-files"
        try FileManager.default.copyItem(atPath: Self.corpus.appendingPathComponent("files").path, toPath: files)
        let cases = try BadInputCorpusTests.loadCases(files: files, database: tracker.databasePath)
        var english = "", chinese = "", userData = try Self.storedText(tracker.databasePath) + [tracker.folder]
        // A case that gives --lang itself tests the option, not the language.
        for item in cases where !item.arguments.contains(where: { $0.hasPrefix("--lang") }) {
            userData += item.arguments
            english += tracker.run(["--lang", "en"] + item.arguments).stderr
            chinese += tracker.run(["--lang", "zh"] + item.arguments).stderr
        }
        for file in try FileManager.default.contentsOfDirectory(atPath: files) {
            let text = (try? String(contentsOfFile: files + "/" + file, encoding: .utf8)) ?? ""
            userData += text.components(separatedBy: CharacterSet(charactersIn: ",\n\r"))
        }
        report(LanguageScan.chineseIn(english, userData: userData), "Chinese in English errors")
        report(LanguageScan.englishIn(chinese, userData: userData, allowedWords: LanguageScan.typedWords.union(Self.commandNames)),
               "English in Chinese errors")
        report(LanguageScan.halfWidthPunctuation(chinese, userData: userData), "half-width punctuation in Chinese errors")
    }
}

extension BilingualOutputTests {
    /// The cases issue 12 names, each checked where it appears.
    func testTheCasesTheIssueNames() throws {
        let tracker = TrackerRunner()
        XCTAssertEqual(tracker.run("seed").status, 0)
        XCTAssertEqual(tracker.run("official", "add", "刘明").status, 0)
        XCTAssertEqual(tracker.run("visit", "add", "赵丁先", "--by", "李国珍", "--by", "刘明", "--date", "2020-04-10",
                                   "--check", "住房=不达标:屋顶漏雨").status, 0)
        let english = tracker.run("--lang", "en", "household", "show", "赵丁先").stdout
        XCTAssertTrue(english.contains("李国珍, 刘明"), english)
        XCTAssertTrue(english.contains("not met (屋顶漏雨)"), english)
        XCTAssertTrue(english.contains("Place      焦庄村, 陈集镇, 菏泽开发区"), english)

        let chinese = tracker.run("--lang", "zh", "household", "show", "赵丁先").stdout
        XCTAssertTrue(chinese.contains("地址        菏泽开发区陈集镇焦庄村"), chinese)
        XCTAssertTrue(chinese.contains("家庭成员（1）"), chinese)
        XCTAssertTrue(chinese.contains("李国珍、刘明"), chinese)
        XCTAssertTrue(chinese.contains("不达标（屋顶漏雨）"), chinese)

        let log = tracker.run("--lang", "zh", "log").stdout
        XCTAssertTrue(log.contains("走访 +1") && log.contains("排查结果 +1") && !log.contains("visits +1"), log)
        let lines = tracker.run("--lang", "zh", "line", "list").stdout
        XCTAssertTrue(lines.contains("全国") && lines.contains("当年价，约数") && !lines.contains("national"), lines)

        let missing = tracker.run("--lang", "zh", "household", "show", "赵丁仙")
        XCTAssertTrue(missing.stderr.contains("；是否要找：赵丁先（陈集镇焦庄村）？"), missing.stderr)
        let help = tracker.run("--lang", "zh", "--help").stdout
        XCTAssertTrue(help.contains("数据库文件（默认：$TRACKER_DB，否则"), help)

        let roster = tracker.folder + "/roster.csv"
        try """
            户编号,乡镇,村,姓名,与户主关系,身份证号,性别
            HZ1,陈集镇,焦庄村,赵一,户主,371702196503121318,女
            """.write(toFile: roster, atomically: true, encoding: .utf8)
        let refused = tracker.run("--lang", "zh", "import", "households", roster)
        XCTAssertTrue(refused.stderr.contains("第 2 行，性别："), refused.stderr)
        XCTAssertFalse(refused.stderr.contains("does not match"), refused.stderr)
    }
}
