-- PostgreSQL dialect of Migrations/0002_officials_assignments.sql: the same meaning.
-- Assigned officials (帮扶责任人, 驻村干部, 第一书记, 包保干部) and their
-- assignments to households. An assignment that changes is ended, not deleted.

CREATE TABLE officials (
    id bigserial PRIMARY KEY,
    name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    unit text,
    title text,
    phone text,
    source_id bigint REFERENCES sources (id) ON DELETE RESTRICT
);
CREATE INDEX officials_by_name ON officials (name);

CREATE TABLE assignments (
    id bigserial PRIMARY KEY,
    household_id bigint NOT NULL REFERENCES households (id) ON DELETE CASCADE,
    official_id bigint NOT NULL REFERENCES officials (id) ON DELETE RESTRICT,
    role text NOT NULL DEFAULT 'responsible'
        CHECK (role IN ('responsible', 'resident_cadre', 'first_secretary', 'paired_cadre')),
    start_date text CHECK (start_date IS NULL OR tracker_is_date(start_date)),
    end_date text CHECK (end_date IS NULL OR tracker_is_date(end_date)),
    source_id bigint REFERENCES sources (id) ON DELETE RESTRICT,
    CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);
-- At most one current assignment of an official to a household.
CREATE UNIQUE INDEX assignments_one_current ON assignments (household_id, official_id) WHERE end_date IS NULL;
CREATE INDEX assignments_by_official ON assignments (official_id);


-- Audit trail: every insert, update and delete, with the operator.

CREATE TRIGGER officials_audit_insert AFTER INSERT ON officials
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('', 'id', 'name', 'unit', 'title', 'phone', 'source_id');

CREATE TRIGGER officials_audit_update AFTER UPDATE ON officials
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('', 'id', 'name', 'unit', 'title', 'phone', 'source_id');

CREATE TRIGGER officials_audit_delete AFTER DELETE ON officials
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('', 'id', 'name', 'unit', 'title', 'phone', 'source_id');

CREATE TRIGGER assignments_audit_insert AFTER INSERT ON assignments
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('household_id', 'id', 'household_id', 'official_id', 'role', 'start_date', 'end_date', 'source_id');

CREATE TRIGGER assignments_audit_update AFTER UPDATE ON assignments
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('household_id', 'id', 'household_id', 'official_id', 'role', 'start_date', 'end_date', 'source_id');

CREATE TRIGGER assignments_audit_delete AFTER DELETE ON assignments
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('household_id', 'id', 'household_id', 'official_id', 'role', 'start_date', 'end_date', 'source_id');
