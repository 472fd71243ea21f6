-- PostgreSQL dialect of Migrations/0008_household_registration.sql: the same meaning.
-- When a household was registered (建档日期), so a report for a past month
-- leaves out households registered after it: March's report counts only
-- what had happened by the end of March. NULL = registered before tracker
-- knew of it (the seed, old rosters); such households count in every month.
--
-- Also an index for "who was assigned to this household on a date", which
-- the monthly report and `household show` ask for every household.

ALTER TABLE households ADD COLUMN registered_on text
    CHECK (registered_on IS NULL OR tracker_is_date(registered_on));

CREATE INDEX assignments_by_household ON assignments (household_id, start_date);

-- The audit triggers list the columns they record: recreate them with the new one.
DROP TRIGGER households_audit_insert ON households;
DROP TRIGGER households_audit_update ON households;
DROP TRIGGER households_audit_delete ON households;

CREATE TRIGGER households_audit_insert AFTER INSERT ON households
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('id', 'id', 'code', 'head_name', 'head_id_number', 'phone', 'village_id', 'attribute', 'status', 'lifted_year', 'monitoring_kind', 'size', 'source_id', 'registered_on');

CREATE TRIGGER households_audit_update AFTER UPDATE ON households
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('id', 'id', 'code', 'head_name', 'head_id_number', 'phone', 'village_id', 'attribute', 'status', 'lifted_year', 'monitoring_kind', 'size', 'source_id', 'registered_on');

CREATE TRIGGER households_audit_delete AFTER DELETE ON households
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('id', 'id', 'code', 'head_name', 'head_id_number', 'phone', 'village_id', 'attribute', 'status', 'lifted_year', 'monitoring_kind', 'size', 'source_id', 'registered_on');
