-- Assigned officials (帮扶责任人, 驻村干部, 第一书记, 包保干部) and their
-- assignments to households. An assignment that changes is ended, not deleted.

CREATE TABLE officials (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    unit TEXT,
    title TEXT,
    phone TEXT,
    source_id INTEGER REFERENCES sources (id) ON DELETE RESTRICT
) STRICT;
CREATE INDEX officials_by_name ON officials (name);

CREATE TABLE assignments (
    id INTEGER PRIMARY KEY,
    household_id INTEGER NOT NULL REFERENCES households (id) ON DELETE CASCADE,
    official_id INTEGER NOT NULL REFERENCES officials (id) ON DELETE RESTRICT,
    role TEXT NOT NULL DEFAULT 'responsible'
        CHECK (CASE role WHEN 'responsible' THEN 1 WHEN 'resident_cadre' THEN 1 WHEN 'first_secretary' THEN 1 WHEN 'paired_cadre' THEN 1 ELSE role IS NULL END),
    start_date TEXT CHECK (start_date IS NULL OR date(start_date) = start_date),
    end_date TEXT CHECK (end_date IS NULL OR date(end_date) = end_date),
    source_id INTEGER REFERENCES sources (id) ON DELETE RESTRICT,
    CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
) STRICT;
-- At most one current assignment of an official to a household.
CREATE UNIQUE INDEX assignments_one_current ON assignments (household_id, official_id) WHERE end_date IS NULL;
CREATE INDEX assignments_by_official ON assignments (official_id);


-- Audit trail: every insert, update and delete, with the operator.

CREATE TRIGGER officials_audit_insert AFTER INSERT ON officials BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, new_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'insert', 'officials', NEW.id, NULL,
        json_object('id', NEW.id, 'name', NEW.name, 'unit', NEW.unit, 'title', NEW.title, 'phone', NEW.phone, 'source_id', NEW.source_id));
END;

CREATE TRIGGER officials_audit_update AFTER UPDATE ON officials BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, old_values, new_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'update', 'officials', NEW.id, NULL,
        json_object('id', OLD.id, 'name', OLD.name, 'unit', OLD.unit, 'title', OLD.title, 'phone', OLD.phone, 'source_id', OLD.source_id),
        json_object('id', NEW.id, 'name', NEW.name, 'unit', NEW.unit, 'title', NEW.title, 'phone', NEW.phone, 'source_id', NEW.source_id));
END;

CREATE TRIGGER officials_audit_delete AFTER DELETE ON officials BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, old_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'delete', 'officials', OLD.id, NULL,
        json_object('id', OLD.id, 'name', OLD.name, 'unit', OLD.unit, 'title', OLD.title, 'phone', OLD.phone, 'source_id', OLD.source_id));
END;

CREATE TRIGGER assignments_audit_insert AFTER INSERT ON assignments BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, new_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'insert', 'assignments', NEW.id, NEW.household_id,
        json_object('id', NEW.id, 'household_id', NEW.household_id, 'official_id', NEW.official_id, 'role', NEW.role, 'start_date', NEW.start_date, 'end_date', NEW.end_date, 'source_id', NEW.source_id));
END;

CREATE TRIGGER assignments_audit_update AFTER UPDATE ON assignments BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, old_values, new_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'update', 'assignments', NEW.id, NEW.household_id,
        json_object('id', OLD.id, 'household_id', OLD.household_id, 'official_id', OLD.official_id, 'role', OLD.role, 'start_date', OLD.start_date, 'end_date', OLD.end_date, 'source_id', OLD.source_id),
        json_object('id', NEW.id, 'household_id', NEW.household_id, 'official_id', NEW.official_id, 'role', NEW.role, 'start_date', NEW.start_date, 'end_date', NEW.end_date, 'source_id', NEW.source_id));
END;

CREATE TRIGGER assignments_audit_delete AFTER DELETE ON assignments BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, old_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'delete', 'assignments', OLD.id, OLD.household_id,
        json_object('id', OLD.id, 'household_id', OLD.household_id, 'official_id', OLD.official_id, 'role', OLD.role, 'start_date', OLD.start_date, 'end_date', OLD.end_date, 'source_id', OLD.source_id));
END;
