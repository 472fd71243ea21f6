-- A household marked 已脱贫 although a rule of 脱贫 was not met
-- (`household edit --status 已脱贫 --override REASON`): who decided, when,
-- why, and what the rules said at that moment. The insert is audited like
-- every domain row, so the reason stands in the audit log beside the
-- status change it allowed.

CREATE TABLE lift_overrides (
    id INTEGER PRIMARY KEY,
    household_id INTEGER NOT NULL REFERENCES households (id) ON DELETE CASCADE,
    decided_on TEXT NOT NULL CHECK (date(decided_on) = decided_on),
    reason TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 4000),
    -- The unmet rules, as a JSON array of English sentences.
    blockers TEXT NOT NULL CHECK (json_valid(blockers) AND json_type(blockers) = 'array')
) STRICT;
CREATE INDEX lift_overrides_by_household ON lift_overrides (household_id, decided_on);


-- Audit trail: every insert, update and delete, with the operator.

CREATE TRIGGER lift_overrides_audit_insert AFTER INSERT ON lift_overrides BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, new_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'insert', 'lift_overrides', NEW.id, NEW.household_id,
        json_object('id', NEW.id, 'household_id', NEW.household_id, 'decided_on', NEW.decided_on, 'reason', NEW.reason, 'blockers', NEW.blockers));
END;

CREATE TRIGGER lift_overrides_audit_update AFTER UPDATE ON lift_overrides BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, old_values, new_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'update', 'lift_overrides', NEW.id, NEW.household_id,
        json_object('id', OLD.id, 'household_id', OLD.household_id, 'decided_on', OLD.decided_on, 'reason', OLD.reason, 'blockers', OLD.blockers),
        json_object('id', NEW.id, 'household_id', NEW.household_id, 'decided_on', NEW.decided_on, 'reason', NEW.reason, 'blockers', NEW.blockers));
END;

CREATE TRIGGER lift_overrides_audit_delete AFTER DELETE ON lift_overrides BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, old_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'delete', 'lift_overrides', OLD.id, OLD.household_id,
        json_object('id', OLD.id, 'household_id', OLD.household_id, 'decided_on', OLD.decided_on, 'reason', OLD.reason, 'blockers', OLD.blockers));
END;
