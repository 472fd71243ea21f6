import Bilingual
internal import SQLiteKit
import TrackerDomain

/// Whether `checklist_history` (migration 0015) still equals what it is
/// derived from: every checklist result of a counted visit, with the
/// visit's household and date. The table is not audited, so the replay of
/// the audit trail cannot vouch for it; a hand edit to it would make the
/// monthly report show a standing no visit recorded.
///
/// Both sides are read once, in (visit, item) order, and compared as they
/// stream: memory stays flat and no row of either side is looked up.
enum ChecklistHistoryCheck {
    static let recorded = """
        SELECT c.visit_id, c.item, c.result, v.household_id, v.visit_date
        FROM visits v JOIN checklist_results c ON c.visit_id = v.id
        WHERE v.voided_on IS NULL
        ORDER BY c.visit_id, c.item
        """

    static let filed = """
        SELECT visit_id, item, result, household_id, visit_date FROM checklist_history
        ORDER BY visit_id, item
        """

    /// The first (visit, item) where the two differ, with what differs; nil when equal.
    static func firstDifference(in connection: Connection) throws -> DerivedTableDifference? {
        let source = try connection.prepare(recorded)
        let copy = try connection.prepare(filed)
        var sourceRow = try Entry(next: source)
        var copyRow = try Entry(next: copy)
        while sourceRow != nil || copyRow != nil {
            switch (sourceRow, copyRow) {
            case let (expected?, found?) where expected.key == found.key:
                if expected != found {
                    return difference(visit: expected.visit, item: expected.item,
                                      en: "holds \(found.summary) where the visit recorded \(expected.summary)",
                                      zh: "记为 \(found.summary)，而走访记录为 \(expected.summary)")
                }
                sourceRow = try Entry(next: source)
                copyRow = try Entry(next: copy)
            case let (expected?, found) where found == nil || expected.key < found!.key:
                return difference(visit: expected.visit, item: expected.item,
                                  en: "lacks the result the visit recorded (\(expected.summary))",
                                  zh: "缺少走访记录的结果（\(expected.summary)）")
            case let (_, found?):
                return difference(visit: found.visit, item: found.item,
                                  en: "holds a result no counted visit recorded (\(found.summary))",
                                  zh: "含有未计入的走访结果（\(found.summary)）")
            default:
                return nil
            }
        }
        return nil
    }

    private static func difference(visit: Int64, item: String, en: String, zh: String) -> DerivedTableDifference {
        DerivedTableDifference(
            table: "checklist_history", visit: visit,
            text: LocalizedText(
                en: "checklist_history, visit \(visit) item \(item): \(en); restore from a backup ('tracker backup' makes one)",
                zh: "checklist_history 第 \(visit) 次走访 \(item) 项：\(zh)；请从备份恢复"))
    }

    /// One row of either side.
    private struct Entry: Equatable {
        let visit: Int64
        let item: String
        let result: String
        let household: Int64
        let date: String

        var key: Key { Key(visit: visit, item: item) }
        var summary: String { "household \(household), \(date), \(result)" }

        init?(next statement: Statement) throws {
            guard try statement.step() else { return nil }
            visit = statement.int64("visit_id")
            item = statement.text("item")
            result = statement.text("result")
            household = statement.int64("household_id")
            date = statement.text("visit_date")
        }
    }

    private struct Key: Comparable {
        let visit: Int64
        let item: String
        // Items compare as SQLite's BINARY collation orders them: by UTF-8 bytes.
        static func < (a: Key, b: Key) -> Bool {
            a.visit != b.visit ? a.visit < b.visit : a.item.utf8.lexicographicallyPrecedes(b.item.utf8)
        }
    }
}

/// A table derived from others (no audit trail of its own) that no longer
/// equals what it is derived from.
public struct DerivedTableDifference: Sendable, Equatable {
    public let table: String
    /// The visit whose results differ.
    public let visit: Int64
    public let text: LocalizedText
}
