import TrackerDomain
import TrackerStore

/// The sqlite3 side of each comparison: the same statements tracker runs,
/// with the values written in, for the sqlite3 command-line shell.
enum Scripts {
    static func quoted(_ text: String) -> String { "'" + text.replacingAll("'", with: "''") + "'" }

    /// `household show`: resolve by code, then by name; then the case's
    /// eight lookups (HouseholdStore, MemberStore, AssignmentStore,
    /// ChecklistQueries, RectificationQueries, MoneyQueries, VisitQueries).
    static func householdShow(name: String, id: Int64) -> String {
        let columns = """
            SELECT h.id, h.code, h.head_name, h.head_id_number, h.phone, c.name, t.name, v.name,
                   h.attribute, h.status, h.lifted_year, h.monitoring_kind, h.size, s.title,
                   (SELECT group_concat(cause, ',') FROM
                       (SELECT cause FROM household_causes WHERE household_id = h.id ORDER BY is_main DESC, id))
            FROM households h JOIN places v ON v.id = h.village_id JOIN places t ON t.id = v.parent_id
            LEFT JOIN places c ON c.id = t.parent_id LEFT JOIN sources s ON s.id = h.source_id
            """
        let name = quoted(name)
        return """
            BEGIN;
            \(columns) WHERE h.code = \(name);
            \(columns) WHERE h.head_name = \(name) AND (NULL IS NULL OR v.name = NULL) ORDER BY h.id;
            \(columns) WHERE h.id = \(id);
            SELECT id, household_id, name, relation, sex, birth_date, id_number, health, schooling, grade, labour,
                   medical_insurance, pension_insurance FROM members WHERE household_id = \(id)
             ORDER BY relation <> 'head', CASE relation WHEN 'spouse' THEN 0 WHEN 'parent' THEN 1 WHEN 'child' THEN 2
                      WHEN 'grandchild' THEN 3 ELSE 4 END, birth_date, id;
            SELECT a.id, a.household_id, o.id, o.name, o.unit, o.title, o.phone, a.role, a.start_date, a.end_date
            FROM assignments a JOIN officials o ON o.id = a.official_id WHERE a.household_id = \(id)
            ORDER BY a.end_date IS NOT NULL, a.start_date, a.id;
            SELECT item, result, note, visit_date, last_checked FROM (
                SELECT c.item, c.result, c.note, v.visit_date,
                       row_number() OVER (PARTITION BY c.item ORDER BY v.visit_date DESC, v.id DESC) AS rank,
                       max(v.visit_date) OVER (PARTITION BY c.item) AS last_checked
                FROM checklist_results c JOIN visits v ON v.id = c.visit_id
                WHERE v.household_id = \(id) AND c.result <> 'unrecorded') WHERE rank = 1;
            SELECT c.item, max(v.visit_date) FROM checklist_results c JOIN visits v ON v.id = c.visit_id
            WHERE v.household_id = \(id) GROUP BY c.item;
            SELECT r.id, r.household_id, h.head_name, v.name, r.visit_id, r.item, r.description,
                   o.id, o.name, o.unit, o.title, o.phone,
                   r.opened_on, r.due_date, r.status, r.closed_on, r.resolution, r.verified_on
            FROM rectifications r JOIN households h ON h.id = r.household_id JOIN places v ON v.id = h.village_id
            JOIN places t ON t.id = v.parent_id LEFT JOIN officials o ON o.id = r.owner_official_id
            WHERE r.household_id = \(id) ORDER BY r.status = 'closed', r.due_date, r.id;
            SELECT i.year, i.wage_fen, i.business_fen, i.property_fen, i.transfer_fen, i.household_size, l.amount_fen
            FROM incomes i LEFT JOIN poverty_lines l ON l.id = (
                SELECT id FROM poverty_lines WHERE year = i.year ORDER BY region = 'national', id DESC LIMIT 1)
            WHERE i.household_id = \(id) ORDER BY i.year DESC;
            SELECT id, household_id, year, kind, note, amount_fen FROM measures WHERE household_id = \(id) ORDER BY year DESC, id;
            SELECT v.id, v.household_id, v.visit_date, v.kind, v.campaign, v.findings, v.plans, v.note, s.title,
                   h.head_name, h.code, pv.name, pt.name
            FROM visits v LEFT JOIN sources s ON s.id = v.source_id JOIN households h ON h.id = v.household_id
            JOIN places pv ON pv.id = h.village_id JOIN places pt ON pt.id = pv.parent_id
            WHERE v.household_id = \(id) ORDER BY v.visit_date DESC, v.id DESC;
            SELECT vo.visit_id, o.id, o.name, o.unit, o.title, o.phone
            FROM visit_officials vo JOIN officials o ON o.id = vo.official_id
            WHERE vo.visit_id IN (SELECT id FROM visits WHERE household_id = \(id)) ORDER BY vo.visit_id, vo.is_lead DESC, vo.id;
            SELECT visit_id, item, result, note FROM checklist_results
            WHERE visit_id IN (SELECT id FROM visits WHERE household_id = \(id)) ORDER BY visit_id;
            SELECT visit_id, text FROM visit_requests
            WHERE visit_id IN (SELECT id FROM visits WHERE household_id = \(id)) ORDER BY visit_id, id;
            COMMIT;

            """
    }

    /// `visit add` with two checks, both met: the visit, its official and
    /// its two checklist rows (and, through the triggers, their audit rows),
    /// committed durably as tracker commits them. The audit chains' triggers
    /// are swapped for the shell's (see `chainTriggerSwap`).
    static func visitAdd(household: Int64, official: Int64, date: String, chainTriggers: [Trigger]) -> String {
        let swap = chainTriggerSwap(chainTriggers)
        return """
            PRAGMA journal_mode = WAL;
            PRAGMA synchronous = FULL;
            PRAGMA foreign_keys = ON;
            BEGIN IMMEDIATE;
            \(swap.before)
            UPDATE audit_context SET operator = 'tracker-bench' WHERE id = 1;
            INSERT INTO visits (household_id, visit_date, kind, campaign, findings, plans, note)
            VALUES (\(household), '\(date)', 'home_visit', NULL, NULL, NULL, '例行走访');
            INSERT INTO visit_officials (visit_id, official_id, is_lead) VALUES (last_insert_rowid(), \(official), 1);
            INSERT INTO checklist_results (visit_id, item, result, note)
            VALUES ((SELECT max(id) FROM visits), 'food', 'met', NULL), ((SELECT max(id) FROM visits), 'water', 'met', NULL);
            INSERT INTO audit_commands (operator, command, first_entry, last_entry)
                SELECT 'tracker-bench', 'visit add', min(id), max(id) FROM audit_log
                WHERE id > (SELECT coalesce(max(last_entry), 0) FROM audit_commands);
            \(swap.after)
            COMMIT;

            """
    }

    /// A trigger as sqlite_schema holds it.
    struct Trigger {
        var name: String
        var sql: String
    }

    /// The shell lacks tracker's `chain_sha256()`, which the audit chains'
    /// triggers call: `before` swaps each such trigger for one doing the
    /// same per-entry work with the shell's own `sha3()` (each call
    /// `chain_sha256(a, b, …)` becomes `sha3(quote(a) || quote(b) || …, 256)`),
    /// `after` puts the originals back; both inside the caller's transaction.
    /// Those entries' hashes are not tracker's chain, so scripts using this
    /// run on copies, or after `tracker check` is timed.
    static func chainTriggerSwap(_ triggers: [Trigger]) -> (before: String, after: String) {
        var before = ""
        var after = ""
        for trigger in triggers {
            before += "DROP TRIGGER \(trigger.name);\n\(shellChainHash(trigger.sql));\n"
            after += "DROP TRIGGER \(trigger.name);\n\(trigger.sql);\n"
        }
        return (before, after)
    }

    /// `sql` with every `chain_sha256(…)` call spelled with `sha3()`.
    static func shellChainHash(_ sql: String) -> String {
        let name = Array("chain_sha256(")
        let characters = Array(sql)
        var result = ""
        var index = 0
        while index < characters.count {
            guard characters[index...].starts(with: name) else {
                result.append(characters[index])
                index += 1
                continue
            }
            // Split the arguments at the commas outside parentheses and quotes.
            var arguments: [String] = []
            var current = ""
            var depth = 0
            var quoted = false
            index += name.count
            while index < characters.count {
                let character = characters[index]
                index += 1
                if character == "'" { quoted.toggle() }
                if !quoted && character == "(" { depth += 1 }
                if !quoted && character == ")" {
                    if depth == 0 { break }
                    depth -= 1
                }
                if !quoted && depth == 0 && character == "," {
                    arguments.append(current)
                    current = ""
                } else {
                    current.append(character)
                }
            }
            arguments.append(current)
            result += "sha3(" + arguments.map { "quote(" + $0 + ")" }.joined(separator: " || ") + ", 256)"
        }
        return result
    }

    /// `report monthly` for the whole county: its five statements, written as CSV to `output`.
    static func monthlyReport(month: YearMonth, output: String) -> String {
        var script = "BEGIN;\n.mode csv\n.output \(output)\n"
        for statement in ReportStore.monthlyStatements {
            script += shellSQL(statement, month: month) + ";\n"
        }
        return script + ".output stdout\nCOMMIT;\n"
    }

    /// The report's first statement alone (one row per household), as tab-separated text.
    static func reportHouseholds(month: YearMonth) -> String {
        ".mode tabs\n" + shellSQL(ReportStore.monthlyStatements[0], month: month) + ";\n"
    }

    /// A report statement with its parameters written in, for the shell.
    static func shellSQL(_ statement: String, month: YearMonth) -> String {
        statement
            .replacingAll(":first_day", with: quoted(month.firstDay.description))
            .replacingAll(":last_day", with: quoted(month.lastDay.description))
            .replacingAll(":among_towns", with: "NULL")
            .replacingAll(":town", with: "NULL")
            .replacingAll(":village", with: "NULL")
            .replacingAll(":year", with: String(month.year - 1))
            // The shell lacks tracker's pinyin key (a function tracker
            // registers on its connection); plain text order costs it a
            // little less, so the comparison leans towards sqlite3, and
            // the rows come in another order (compared as sets).
            .replacingAll("sort_key(", with: "(")
    }
}

extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var result = ""
        var rest = self[...]
        while let range = rest.range(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}

extension Substring {
    func range(of target: String) -> Range<Index>? {
        var start = startIndex
        while start < endIndex {
            if self[start...].hasPrefix(target) {
                return start..<index(start, offsetBy: target.count)
            }
            start = index(after: start)
        }
        return nil
    }
}
