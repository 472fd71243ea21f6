-- PostgreSQL dialect of Migrations/0006_pension_checks.sql: the same meaning.
-- Pension eligibility checks (养老保险待遇资格认证): once every 12 months
-- per pensioner, by phone app, at a service window, or at home for the frail.

CREATE TABLE pension_checks (
    id bigserial PRIMARY KEY,
    member_id bigint NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    check_date text NOT NULL CHECK (tracker_is_date(check_date)),
    method text NOT NULL CHECK (method IN ('app', 'window', 'home_visit')),
    official_id bigint REFERENCES officials (id) ON DELETE SET NULL,
    note text
);
CREATE INDEX pension_checks_by_member ON pension_checks (member_id, check_date);


-- Audit trail: every insert, update and delete, with the operator.

CREATE TRIGGER pension_checks_audit_insert AFTER INSERT ON pension_checks
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('members.member_id', 'id', 'member_id', 'check_date', 'method', 'official_id', 'note');

CREATE TRIGGER pension_checks_audit_update AFTER UPDATE ON pension_checks
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('members.member_id', 'id', 'member_id', 'check_date', 'method', 'official_id', 'note');

CREATE TRIGGER pension_checks_audit_delete AFTER DELETE ON pension_checks
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('members.member_id', 'id', 'member_id', 'check_date', 'method', 'official_id', 'note');
