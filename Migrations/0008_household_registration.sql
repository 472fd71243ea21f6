-- When a household was registered (建档日期), so a report for a past month
-- leaves out households registered after it: March's report counts only
-- what had happened by the end of March. NULL = registered before tracker
-- knew of it (the seed, old rosters); such households count in every month.
--
-- Also an index for "who was assigned to this household on a date", which
-- the monthly report and `household show` ask for every household.

ALTER TABLE households ADD COLUMN registered_on TEXT
    CHECK (registered_on IS NULL OR date(registered_on) = registered_on);

CREATE INDEX assignments_by_household ON assignments (household_id, start_date);

-- The audit triggers list the columns they record: recreate them with the new one.
DROP TRIGGER households_audit_insert;
DROP TRIGGER households_audit_update;
DROP TRIGGER households_audit_delete;

CREATE TRIGGER households_audit_insert AFTER INSERT ON households BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, new_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'insert', 'households', NEW.id, NEW.id,
        json_object('id', NEW.id, 'code', NEW.code, 'head_name', NEW.head_name, 'head_id_number', NEW.head_id_number, 'phone', NEW.phone, 'village_id', NEW.village_id, 'attribute', NEW.attribute, 'status', NEW.status, 'lifted_year', NEW.lifted_year, 'monitoring_kind', NEW.monitoring_kind, 'size', NEW.size, 'source_id', NEW.source_id, 'registered_on', NEW.registered_on));
END;

CREATE TRIGGER households_audit_update AFTER UPDATE ON households BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, old_values, new_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'update', 'households', NEW.id, NEW.id,
        json_object('id', OLD.id, 'code', OLD.code, 'head_name', OLD.head_name, 'head_id_number', OLD.head_id_number, 'phone', OLD.phone, 'village_id', OLD.village_id, 'attribute', OLD.attribute, 'status', OLD.status, 'lifted_year', OLD.lifted_year, 'monitoring_kind', OLD.monitoring_kind, 'size', OLD.size, 'source_id', OLD.source_id, 'registered_on', OLD.registered_on),
        json_object('id', NEW.id, 'code', NEW.code, 'head_name', NEW.head_name, 'head_id_number', NEW.head_id_number, 'phone', NEW.phone, 'village_id', NEW.village_id, 'attribute', NEW.attribute, 'status', NEW.status, 'lifted_year', NEW.lifted_year, 'monitoring_kind', NEW.monitoring_kind, 'size', NEW.size, 'source_id', NEW.source_id, 'registered_on', NEW.registered_on));
END;

CREATE TRIGGER households_audit_delete AFTER DELETE ON households BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, old_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'delete', 'households', OLD.id, OLD.id,
        json_object('id', OLD.id, 'code', OLD.code, 'head_name', OLD.head_name, 'head_id_number', OLD.head_id_number, 'phone', OLD.phone, 'village_id', OLD.village_id, 'attribute', OLD.attribute, 'status', OLD.status, 'lifted_year', OLD.lifted_year, 'monitoring_kind', OLD.monitoring_kind, 'size', OLD.size, 'source_id', OLD.source_id, 'registered_on', OLD.registered_on));
END;
