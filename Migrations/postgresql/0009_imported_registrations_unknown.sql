-- PostgreSQL dialect of Migrations/0009_imported_registrations_unknown.sql: the same meaning.
-- Until this step `import households` gave each household it added the day
-- of the import as its registration (建档日期), although the roster never
-- said when the household was registered. Monthly reports leave out
-- households registered after the month, so an imported roster reached no
-- report for any earlier month. The registration of such a household is
-- unknown: NULL, which counts in every month.
--
-- Cleared: households added by an `import households` command whose
-- registration is still the one that import gave. Kept: households added by
-- hand (`household add` defaults to today, which the user saw and accepted)
-- and any registration changed since the import.
--
-- The change goes through the audit triggers like any other, recorded as
-- one command of its own so `tracker log` shows what the upgrade did.

-- The audit triggers read the operator from the transaction's setting.
SELECT set_config('tracker.operator', 'tracker upgrade', true);

UPDATE households SET registered_on = NULL
WHERE registered_on IS NOT NULL
  AND EXISTS (
      SELECT 1 FROM audit_log a
      JOIN audit_commands c ON a.id BETWEEN c.first_entry AND c.last_entry
      WHERE a.table_name = 'households' AND a.action = 'insert' AND a.row_id = households.id
        AND c.command LIKE 'import households %'
        AND a.new_values::json ->> 'registered_on' = households.registered_on)
  AND NOT EXISTS (
      SELECT 1 FROM audit_log u
      WHERE u.table_name = 'households' AND u.action = 'update' AND u.row_id = households.id
        AND u.old_values::json ->> 'registered_on' IS DISTINCT FROM u.new_values::json ->> 'registered_on');

INSERT INTO audit_commands (operator, command, first_entry, last_entry)
SELECT 'tracker upgrade', 'upgrade 0009: registrations that import households set to the import day are unknown',
       min(id), max(id)
FROM audit_log
WHERE operator = 'tracker upgrade' AND id > coalesce((SELECT max(last_entry) FROM audit_commands), 0)
HAVING count(*) > 0;
