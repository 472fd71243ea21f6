-- PostgreSQL dialect of Migrations/0011_lift_overrides.sql: the same meaning.
-- A household marked 已脱贫 although a rule of 脱贫 was not met
-- (`household edit --status 已脱贫 --override REASON`): who decided, when,
-- why, and what the rules said at that moment. The insert is audited like
-- every domain row, so the reason stands in the audit log beside the
-- status change it allowed.

CREATE TABLE lift_overrides (
    id bigserial PRIMARY KEY,
    household_id bigint NOT NULL REFERENCES households (id) ON DELETE CASCADE,
    decided_on text NOT NULL CHECK (tracker_is_date(decided_on)),
    reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 4000),
    -- The unmet rules, as a JSON array of English sentences.
    blockers text NOT NULL CHECK (CASE WHEN tracker_is_json(blockers) THEN json_typeof(blockers::json) = 'array' ELSE false END)
);
CREATE INDEX lift_overrides_by_household ON lift_overrides (household_id, decided_on);


-- Audit trail: every insert, update and delete, with the operator.

CREATE TRIGGER lift_overrides_audit_insert AFTER INSERT ON lift_overrides
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('household_id', 'id', 'household_id', 'decided_on', 'reason', 'blockers');

CREATE TRIGGER lift_overrides_audit_update AFTER UPDATE ON lift_overrides
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('household_id', 'id', 'household_id', 'decided_on', 'reason', 'blockers');

CREATE TRIGGER lift_overrides_audit_delete AFTER DELETE ON lift_overrides
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('household_id', 'id', 'household_id', 'decided_on', 'reason', 'blockers');
