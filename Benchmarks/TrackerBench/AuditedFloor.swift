import CountyGenerator
import TrackerDomain
import TrackerStore

/// The audited floor of a roster import (issue 19): what sqlite3 alone
/// needs for the same work, done set-based.
///
/// It runs on a copy of an empty database that tracker itself created, so
/// the tables, CHECKs, indexes, audit triggers and the audit chain are the
/// ones the migrations make, whatever migrations come later; and the
/// roster's labels are mapped to stored keys by CASE expressions generated
/// from the domain's enumerations (every spelling tracker accepts). Then, in
/// one transaction with `synchronous=FULL`: `.import` into a scratch table,
/// and `INSERT … SELECT` into places, households, household_causes and
/// members; the households' one is built by their writer in the store
/// (`HouseholdStore.insertSelectSQL`), the only place that INSERT is written. The content check afterwards (`Verify.importedTables`) makes
/// sure the floor wrote what tracker wrote.
enum AuditedFloor {
    /// The script for importing `roster` (a CountyRoster CSV) into a copy of an
    /// empty tracker database whose audit chains' triggers are `chainTriggers`.
    static func script(roster: String, chainTriggers: [Scripts.Trigger]) -> String {
        let columns = CountyRoster.header.split(separator: ",").map(String.init)
        func column(_ index: Int) -> String { "s.\"" + columns[index] + "\"" }
        let (code, town, village, name, relation, idNumber, sex, birth) =
            (column(0), column(1), column(2), column(3), column(4), column(5), column(6), column(7))
        let (health, schooling, labour, attribute, cause, status, phone) =
            (column(8), column(9), column(10), column(11), column(12), column(13), column(14))
        let isHead = "\(keyCase(Relation.self, relation)) = '\(Relation.head.key)'"
        let swap = Scripts.chainTriggerSwap(chainTriggers)
        // The households' INSERT comes from their one writer in the store,
        // so the floor writes the very columns tracker's import writes.
        let households = HouseholdStore.insertSelectSQL([
            "code": code, "head_name": name, "head_id_number": "nullif(\(idNumber), '')",
            "phone": "nullif(\(phone), '')", "village_id": "v.id",
            "attribute": keyCase(HouseholdAttribute.self, attribute),
            "status": "coalesce(\(keyCase(HouseholdStatus.self, status)), '\(HouseholdStatus.notLifted.key)')",
        ], rest: """
            FROM roster_scratch s
                JOIN places t ON t.kind = 'town' AND t.name = \(town) AND t.parent_id IS NULL
                JOIN places v ON v.kind = 'village' AND v.name = \(village) AND v.parent_id = t.id
                WHERE \(isHead) ORDER BY s.rowid
            """)
        return """
            PRAGMA journal_mode = WAL;
            PRAGMA synchronous = FULL;
            PRAGMA foreign_keys = ON;
            BEGIN IMMEDIATE;
            \(swap.before)
            UPDATE audit_context SET operator = 'tracker-bench' WHERE id = 1;
            .import --csv \(roster) roster_scratch
            INSERT INTO places (kind, name, parent_id)
                SELECT 'town', \(town), NULL FROM roster_scratch s GROUP BY \(town) ORDER BY min(s.rowid);
            INSERT INTO places (kind, name, parent_id)
                SELECT 'village', \(village), t.id FROM roster_scratch s
                JOIN places t ON t.kind = 'town' AND t.name = \(town) AND t.parent_id IS NULL
                WHERE \(isHead) GROUP BY t.id, \(village) ORDER BY min(s.rowid);
            \(households);
            INSERT INTO household_causes (household_id, cause, is_main)
                SELECT h.id, \(keyCase(PovertyCause.self, cause)), 1 FROM roster_scratch s JOIN households h ON h.code = \(code)
                WHERE \(isHead) AND \(cause) <> '' ORDER BY s.rowid;
            INSERT INTO members (household_id, name, relation, sex, birth_date, id_number, health, schooling, labour)
                SELECT h.id, \(name), \(keyCase(Relation.self, relation)), \(keyCase(Sex.self, sex)),
                       nullif(\(birth), ''), nullif(\(idNumber), ''), \(keyCase(Health.self, health)),
                       \(keyCase(Schooling.self, schooling)), \(keyCase(Labour.self, labour))
                FROM roster_scratch s JOIN households h ON h.code = \(code) ORDER BY h.id, s.rowid;
            DROP TABLE roster_scratch;
            INSERT INTO audit_commands (operator, command, first_entry, last_entry)
                SELECT 'tracker-bench', 'import households', min(id), max(id) FROM audit_log;
            \(swap.after)
            COMMIT;

            """
    }

    /// `CASE trim(expression) WHEN 'spelling' THEN 'key' … END`: every
    /// spelling of every case of `type`, as tracker's parser accepts them
    /// (it also ignores letter case and spaces; the roster needs neither).
    static func keyCase<T: DomainEnum>(_ type: T.Type, _ expression: String) -> String {
        var seen: Set<String> = []
        var text = "CASE trim(\(expression))"
        for value in T.allCases {
            for spelling in value.spellings where seen.insert(spelling).inserted {
                text += " WHEN \(Scripts.quoted(spelling)) THEN '\(value.key)'"
            }
        }
        return text + " END"
    }
}
