import Bilingual
import CLIKit
import Platform
import TrackerDomain
import TrackerStore

/// Everything a command needs: what was typed, the language, where output
/// goes, the database (opened on first use) and today's date.
final class CommandContext {
    let parsed: ParsedCommand<CommandContext>
    let language: Language
    let environment: [String: String]
    let output: Output
    let format: OutputFormat
    /// Whether stdout is a terminal (tables get its width, prompts may run).
    let isInteractive: Bool
    let terminalWidth: Int?
    private var openedDatabase: TrackerDatabase?

    /// Today's local date. TRACKER_TODAY=YYYY-MM-DD pins it, so scripted
    /// checks and tests of "overdue" do not depend on the day they run.
    let today: CalendarDate

    /// Fails (usage, 64) when TRACKER_TODAY is set, not empty, and not a date: a
    /// script that pins the day must not silently run on the real clock.
    init(parsed: ParsedCommand<CommandContext>, language: Language, environment: [String: String], output: Output,
         format: OutputFormat, isInteractive: Bool, terminalWidth: Int?) throws {
        if let pinned = environment["TRACKER_TODAY"], !pinned.isEmpty {
            guard let date = Self.strictDate(pinned) else {
                throw CLIFailure(LocalizedText(en: "TRACKER_TODAY=\(pinned) is not a date; set it to YYYY-MM-DD (e.g. 2020-05-20) or unset it",
                                 zh: "环境变量 TRACKER_TODAY=\(pinned) 不是有效日期；请设为 YYYY-MM-DD（如 2020-05-20）或取消设置"),
                                 path: parsed.path)
            }
            today = date
        } else {
            today = CalendarDate.today()
        }
        self.parsed = parsed
        self.language = language
        self.environment = environment
        self.output = output
        self.format = format
        self.isInteractive = isInteractive
        self.terminalWidth = terminalWidth
    }

    // MARK: LocalizedText

    /// Shorthand for a message worded on the spot: the one bilingual type,
    /// rendered in the reader's language.
    func t(_ en: String, _ zh: String) -> String { LocalizedText(en: en, zh: zh).text(in: language) }

    // MARK: Arguments

    func argument(_ name: String) -> String? { parsed.argument(name) }
    func value(_ option: String) -> String? { parsed.value(option) }
    func values(_ option: String) -> [String] { parsed.values(option) }
    func isSet(_ flag: String) -> Bool { parsed.isSet(flag) }

    /// The options among `names` that were given, as `name=value` words
    /// ("village=焦庄村"), or "all" when none was: which rows a listing chose.
    func selection(_ names: [String]) -> String {
        let given = names.compactMap { name in value(name).map { "\(name)=\($0)" } }
        return given.isEmpty ? "all" : given.joined(separator: " ")
    }

    func usageFailure(_ en: String, _ zh: String) -> CLIFailure {
        CLIFailure(LocalizedText(en: en, zh: zh), path: parsed.path)
    }

    // MARK: Database

    /// Where the database is: --db, TRACKER_DB (a path or a postgresql://
    /// URL), PGSERVICE or PGDATABASE, then the XDG data folder.
    var databaseTarget: DatabaseTarget {
        get throws {
            guard let target = try DatabaseLocation.target(explicit: value("db"), environment: environment) else {
                throw TrackerError(.io, en: "no database path: set HOME or pass --db PATH",
                                   zh: "无法确定数据库位置：请设置 HOME 或使用 --db PATH")
            }
            return target
        }
    }

    /// The operator recorded in the audit log on an SQLite file: --operator,
    /// TRACKER_OPERATOR, the login name. (On PostgreSQL it is the role that
    /// logged in, and TRACKER_OPERATOR is not read.)
    var operatorName: String {
        if let name = value("operator"), !name.isEmpty { return name }
        if let name = environment["TRACKER_OPERATOR"], !name.isEmpty { return name }
        return ProcessEnvironment.loginName(environment)
    }

    /// The database, opened (created, upgraded) the first time a command asks.
    ///
    /// On PostgreSQL the server is reached and its schema checked (it is
    /// created and upgraded by `tracker init`); commands whose stores do not
    /// run there yet are refused by the database, naming the command,
    /// before anything is read or written.
    func database() throws -> TrackerDatabase {
        if let openedDatabase { return openedDatabase }
        let database: TrackerDatabase
        switch try databaseTarget {
        case .file(let path):
            database = try TrackerDatabase.open(path: path, operatorName: operatorName, creating: !CommandTree.onlyReads(parsed))
        case .postgresql(let conninfo, let shown):
            database = try TrackerDatabase(PostgresTrackerDatabase.open(conninfo: conninfo, shown: shown, migrating: false))
            // Issue 16, item 2: the server says who the operator is; a typed
            // name would put words in the audit trail the login does not back.
            // (`log` changes nothing: there --operator means "changes by".)
            if value("operator") != nil && parsed.path != ["log"] {
                throw TrackerError(.refused,
                    en: "--operator does not apply on PostgreSQL: the operator is the role that logged in (\(database.operatorName)); leave --operator out",
                    zh: "PostgreSQL 上不能用 --operator：操作人是登录的角色（\(database.operatorName)）；请去掉 --operator")
            }
        }
        database.commandName = (["tracker"] + parsed.path).joined(separator: " ")
        // The command and its positional arguments (names, ids, files) group
        // this run's changes in the audit trail; option values stay out (notes
        // may say anything), and an ID number or phone typed as a positional
        // (pension check H001 372901…) is masked.
        database.commandDescription = Masking.commandLine(parsed.path + parsed.positionals)
        if let backup = database.upgradeBackupPath {
            output.error(t("Upgraded the database schema; the previous version is kept at \(backup)",
                           "已升级数据库结构；旧版本保存在 \(backup)"))
        }
        openedDatabase = database
        return database
    }

    /// An optional `--reason`, trimmed, recorded beside the command in the
    /// audit trail by the next write; refused when blank.
    func recordReason(on database: TrackerDatabase) throws {
        guard let text = value("reason") else { return }
        let reason = text.trimmingWhitespaceForCLI()
        guard !reason.isEmpty else {
            throw TrackerError(.invalidInput, en: "--reason must not be empty; say why, or leave it out",
                               zh: "--reason 不能为空；请写明原因，或不用此选项")
        }
        database.commandReason = try TextRules.note(reason, field: "--reason")
    }

    // MARK: Dates

    /// Exactly `YYYY-MM-DD` naming a day that exists: no padding, no `YYYYMMDD`.
    static func strictDate(_ text: String) -> CalendarDate? {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        return CalendarDate.parse(text)
    }

    /// Parses a date option, refusing malformed ones with exit 65.
    func date(_ option: String) throws -> CalendarDate? {
        guard let text = value(option) else { return nil }
        do { return try CalendarDate(text) } catch { throw OptionValueError(option: option, error: error) }
    }

    /// Parses an enumeration option in Chinese or English.
    func enumValue<T: DomainEnum>(_ option: String, as type: T.Type) throws -> T? {
        guard let text = value(option) else { return nil }
        return try parseEnum(text, option: option, as: type)
    }

    func parseEnum<T: DomainEnum>(_ text: String, option: String, as type: T.Type) throws -> T {
        do { return try T(parsing: text) } catch { throw OptionValueError(option: option, error: error) }
    }

    func integer(_ option: String, in range: ClosedRange<Int>) throws -> Int? {
        guard let text = value(option) else { return nil }
        guard let number = Int(text.trimmingWhitespaceForCLI()), range.contains(number) else {
            throw TrackerError(.invalidInput,
                en: "--\(option) must be a whole number from \(range.lowerBound) to \(range.upperBound) (got \(text))",
                zh: "--\(option) 须为 \(range.lowerBound) 到 \(range.upperBound) 之间的整数（输入为 \(text)）")
        }
        return number
    }
}

/// A value that failed the domain's parsing, with the option it came from.
struct OptionValueError: Error {
    let option: String
    let error: DomainError

    func message(in language: Language) -> String {
        "--\(option)" + (language == .zh ? "：" : ": ") + error.message(in: language)
    }
}

extension String {
    func trimmingWhitespaceForCLI() -> String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }
}
