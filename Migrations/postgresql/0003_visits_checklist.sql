-- PostgreSQL dialect of Migrations/0003_visits_checklist.sql: the same meaning.
-- Visits (走访), who went, the six checklist items (两不愁三保障 + 饮水安全)
-- checked at each, and the requests (诉求) the family raised.

CREATE TABLE visits (
    id bigserial PRIMARY KEY,
    household_id bigint NOT NULL REFERENCES households (id) ON DELETE CASCADE,
    visit_date text NOT NULL CHECK (tracker_is_date(visit_date)),
    kind text NOT NULL DEFAULT 'home_visit'
        CHECK (kind IN ('home_visit', 'survey', 'return_visit', 'verification', 'phone')),
    campaign text,
    findings text,
    plans text,
    note text,
    source_id bigint REFERENCES sources (id) ON DELETE RESTRICT
);
CREATE INDEX visits_by_household ON visits (household_id, visit_date);
CREATE INDEX visits_by_date ON visits (visit_date);

-- Officials present; exactly one of them leads (the tool enforces "at least").
CREATE TABLE visit_officials (
    id bigserial PRIMARY KEY,
    visit_id bigint NOT NULL REFERENCES visits (id) ON DELETE CASCADE,
    official_id bigint NOT NULL REFERENCES officials (id) ON DELETE RESTRICT,
    is_lead bigint NOT NULL DEFAULT 0 CHECK (is_lead IN (0, 1)),
    UNIQUE (visit_id, official_id)
);
CREATE UNIQUE INDEX visit_officials_one_lead ON visit_officials (visit_id) WHERE is_lead = 1;
CREATE INDEX visit_officials_by_official ON visit_officials (official_id);

-- 'unrecorded' = the item was looked at but no outcome was recorded
-- (the source article reports what was checked, never the outcome).
-- An item not checked at a visit has no row.
CREATE TABLE checklist_results (
    id bigserial PRIMARY KEY,
    visit_id bigint NOT NULL REFERENCES visits (id) ON DELETE CASCADE,
    item text NOT NULL CHECK (item IN ('food', 'clothing', 'education', 'medical', 'housing', 'water')),
    result text NOT NULL CHECK (result IN ('met', 'not_met', 'not_applicable', 'unrecorded')),
    note text,
    UNIQUE (visit_id, item)
);

CREATE TABLE visit_requests (
    id bigserial PRIMARY KEY,
    visit_id bigint NOT NULL REFERENCES visits (id) ON DELETE CASCADE,
    text text NOT NULL CHECK (length(text) >= 1)
);
CREATE INDEX visit_requests_by_visit ON visit_requests (visit_id);


-- Audit trail: every insert, update and delete, with the operator.

CREATE TRIGGER visits_audit_insert AFTER INSERT ON visits
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('household_id', 'id', 'household_id', 'visit_date', 'kind', 'campaign', 'findings', 'plans', 'note', 'source_id');

CREATE TRIGGER visits_audit_update AFTER UPDATE ON visits
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('household_id', 'id', 'household_id', 'visit_date', 'kind', 'campaign', 'findings', 'plans', 'note', 'source_id');

CREATE TRIGGER visits_audit_delete AFTER DELETE ON visits
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('household_id', 'id', 'household_id', 'visit_date', 'kind', 'campaign', 'findings', 'plans', 'note', 'source_id');

CREATE TRIGGER visit_officials_audit_insert AFTER INSERT ON visit_officials
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('visits.visit_id', 'id', 'visit_id', 'official_id', 'is_lead');

CREATE TRIGGER visit_officials_audit_update AFTER UPDATE ON visit_officials
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('visits.visit_id', 'id', 'visit_id', 'official_id', 'is_lead');

CREATE TRIGGER visit_officials_audit_delete AFTER DELETE ON visit_officials
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('visits.visit_id', 'id', 'visit_id', 'official_id', 'is_lead');

CREATE TRIGGER checklist_results_audit_insert AFTER INSERT ON checklist_results
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('visits.visit_id', 'id', 'visit_id', 'item', 'result', 'note');

CREATE TRIGGER checklist_results_audit_update AFTER UPDATE ON checklist_results
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('visits.visit_id', 'id', 'visit_id', 'item', 'result', 'note');

CREATE TRIGGER checklist_results_audit_delete AFTER DELETE ON checklist_results
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('visits.visit_id', 'id', 'visit_id', 'item', 'result', 'note');

CREATE TRIGGER visit_requests_audit_insert AFTER INSERT ON visit_requests
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('visits.visit_id', 'id', 'visit_id', 'text');

CREATE TRIGGER visit_requests_audit_update AFTER UPDATE ON visit_requests
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('visits.visit_id', 'id', 'visit_id', 'text');

CREATE TRIGGER visit_requests_audit_delete AFTER DELETE ON visit_requests
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('visits.visit_id', 'id', 'visit_id', 'text');
