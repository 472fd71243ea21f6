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
    /// committed durably as tracker commits them.
    ///
    /// The shell lacks tracker's `chain_sha256()`, which the audit chain's
    /// trigger calls; inside the transaction the trigger is swapped for one
    /// doing the same per-entry work with the shell's own `sha3()`, and the
    /// original (`chainTrigger`, read from the database) is put back before
    /// the commit. Those entries' hashes are not tracker's, so `tracker check`
    /// is timed before this runs.
    static func visitAdd(household: Int64, official: Int64, date: String, chainTrigger: String) -> String {
        """
        PRAGMA journal_mode = WAL;
        PRAGMA synchronous = FULL;
        PRAGMA foreign_keys = ON;
        BEGIN IMMEDIATE;
        DROP TRIGGER audit_log_chain;
        CREATE TRIGGER audit_log_chain AFTER INSERT ON audit_log BEGIN
            UPDATE audit_log SET hash = sha3(quote((SELECT hash FROM audit_log WHERE id < NEW.id ORDER BY id DESC LIMIT 1))
                || quote(NEW.id) || quote(NEW.at) || quote(NEW.operator) || quote(NEW.action) || quote(NEW.table_name)
                || quote(NEW.row_id) || quote(NEW.household_id) || quote(NEW.old_values) || quote(NEW.new_values), 256)
            WHERE id = NEW.id;
        END;
        UPDATE audit_context SET operator = 'tracker-bench' WHERE id = 1;
        INSERT INTO visits (household_id, visit_date, kind, campaign, findings, plans, note)
        VALUES (\(household), '\(date)', 'home_visit', NULL, NULL, NULL, '例行走访');
        INSERT INTO visit_officials (visit_id, official_id, is_lead) VALUES (last_insert_rowid(), \(official), 1);
        INSERT INTO checklist_results (visit_id, item, result, note)
        VALUES ((SELECT max(id) FROM visits), 'food', 'met', NULL), ((SELECT max(id) FROM visits), 'water', 'met', NULL);
        DROP TRIGGER audit_log_chain;
        \(chainTrigger);
        COMMIT;

        """
    }

    /// `report monthly` for the whole county: its five statements, written as CSV to `output`.
    static func monthlyReport(month: YearMonth, output: String) -> String {
        var script = "BEGIN;\n.mode csv\n.output \(output)\n"
        for statement in ReportStore.monthlyStatements {
            let sql =
                statement
                .replacingAll(":first_day", with: quoted(month.firstDay.description))
                .replacingAll(":last_day", with: quoted(month.lastDay.description))
                .replacingAll(":town", with: "NULL")
                .replacingAll(":village", with: "NULL")

                // The shell lacks tracker's pinyin key (a function tracker
                // registers on its connection); plain text order costs it a
                // little less, so the comparison leans towards sqlite3.
                .replacingAll("sort_key(", with: "(")
            script += sql + ";\n"
        }
        return script + ".output stdout\nCOMMIT;\n"
    }

    /// A roster into a bare table, as fast as sqlite3 loads CSV.
    static func importCSV(_ path: String) -> String {
        """
        PRAGMA journal_mode = WAL;
        PRAGMA synchronous = FULL;
        .import --csv \(path) persons

        """
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
