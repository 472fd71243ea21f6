-- Pension eligibility checks (养老保险待遇资格认证): once every 12 months
-- per pensioner, by phone app, at a service window, or at home for the frail.

CREATE TABLE pension_checks (
    id INTEGER PRIMARY KEY,
    member_id INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    check_date TEXT NOT NULL CHECK (date(check_date) = check_date),
    method TEXT NOT NULL CHECK (CASE method WHEN 'app' THEN 1 WHEN 'window' THEN 1 WHEN 'home_visit' THEN 1 ELSE method IS NULL END),
    official_id INTEGER REFERENCES officials (id) ON DELETE SET NULL,
    note TEXT
) STRICT;
CREATE INDEX pension_checks_by_member ON pension_checks (member_id, check_date);


-- Audit trail: every insert, update and delete, with the operator.

CREATE TRIGGER pension_checks_audit_insert AFTER INSERT ON pension_checks BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, new_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'insert', 'pension_checks', NEW.id, (SELECT household_id FROM members WHERE id = NEW.member_id),
        json_object('id', NEW.id, 'member_id', NEW.member_id, 'check_date', NEW.check_date, 'method', NEW.method, 'official_id', NEW.official_id, 'note', NEW.note));
END;

CREATE TRIGGER pension_checks_audit_update AFTER UPDATE ON pension_checks BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, old_values, new_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'update', 'pension_checks', NEW.id, (SELECT household_id FROM members WHERE id = NEW.member_id),
        json_object('id', OLD.id, 'member_id', OLD.member_id, 'check_date', OLD.check_date, 'method', OLD.method, 'official_id', OLD.official_id, 'note', OLD.note),
        json_object('id', NEW.id, 'member_id', NEW.member_id, 'check_date', NEW.check_date, 'method', NEW.method, 'official_id', NEW.official_id, 'note', NEW.note));
END;

CREATE TRIGGER pension_checks_audit_delete AFTER DELETE ON pension_checks BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, old_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'delete', 'pension_checks', OLD.id, (SELECT household_id FROM members WHERE id = OLD.member_id),
        json_object('id', OLD.id, 'member_id', OLD.member_id, 'check_date', OLD.check_date, 'method', OLD.method, 'official_id', OLD.official_id, 'note', OLD.note));
END;
