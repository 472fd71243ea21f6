-- PostgreSQL dialect of Migrations/0004_rectifications.sql: the same meaning.
-- Rectification items (整改事项 / 问题台账) and their history: opened,
-- closed (销号) with a resolution, reopened, verified at a later visit.

CREATE TABLE rectifications (
    id bigserial PRIMARY KEY,
    household_id bigint NOT NULL REFERENCES households (id) ON DELETE CASCADE,
    visit_id bigint REFERENCES visits (id) ON DELETE SET NULL,
    item text NOT NULL CHECK (item IN ('food', 'clothing', 'education', 'medical', 'housing', 'water', 'request', 'other')),
    description text NOT NULL CHECK (length(description) >= 1),
    owner_official_id bigint REFERENCES officials (id) ON DELETE RESTRICT,
    opened_on text NOT NULL CHECK (tracker_is_date(opened_on)),
    due_date text NOT NULL CHECK (tracker_is_date(due_date) AND due_date >= opened_on),
    status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    closed_on text CHECK (closed_on IS NULL OR tracker_is_date(closed_on)),
    resolution text,
    verified_on text CHECK (verified_on IS NULL OR tracker_is_date(verified_on)),
    verified_visit_id bigint REFERENCES visits (id) ON DELETE SET NULL,
    CHECK ((status = 'open' AND closed_on IS NULL AND resolution IS NULL)
        OR (status = 'closed' AND closed_on IS NOT NULL AND closed_on >= opened_on
            AND resolution IS NOT NULL AND length(resolution) >= 1))
);
-- "A 不达标 result opens an item unless one is already open": at most one
-- open item per household and checklist item.
CREATE UNIQUE INDEX rectifications_one_open_per_item ON rectifications (household_id, item)
    WHERE status = 'open' AND item <> 'request' AND item <> 'other';
CREATE INDEX rectifications_open_by_due ON rectifications (due_date) WHERE status = 'open';
CREATE INDEX rectifications_by_household ON rectifications (household_id, opened_on);
CREATE INDEX rectifications_by_owner ON rectifications (owner_official_id);

CREATE TABLE rectification_events (
    id bigserial PRIMARY KEY,
    rectification_id bigint NOT NULL REFERENCES rectifications (id) ON DELETE CASCADE,
    event text NOT NULL CHECK (event IN ('opened', 'closed', 'reopened', 'verified')),
    event_date text NOT NULL CHECK (tracker_is_date(event_date)),
    note text
);
CREATE INDEX rectification_events_by_item ON rectification_events (rectification_id, event_date);
CREATE INDEX rectification_events_by_date ON rectification_events (event_date, event);


-- Audit trail: every insert, update and delete, with the operator.

CREATE TRIGGER rectifications_audit_insert AFTER INSERT ON rectifications
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('household_id', 'id', 'household_id', 'visit_id', 'item', 'description', 'owner_official_id', 'opened_on', 'due_date', 'status', 'closed_on', 'resolution', 'verified_on', 'verified_visit_id');

CREATE TRIGGER rectifications_audit_update AFTER UPDATE ON rectifications
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('household_id', 'id', 'household_id', 'visit_id', 'item', 'description', 'owner_official_id', 'opened_on', 'due_date', 'status', 'closed_on', 'resolution', 'verified_on', 'verified_visit_id');

CREATE TRIGGER rectifications_audit_delete AFTER DELETE ON rectifications
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('household_id', 'id', 'household_id', 'visit_id', 'item', 'description', 'owner_official_id', 'opened_on', 'due_date', 'status', 'closed_on', 'resolution', 'verified_on', 'verified_visit_id');

CREATE TRIGGER rectification_events_audit_insert AFTER INSERT ON rectification_events
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('rectifications.rectification_id', 'id', 'rectification_id', 'event', 'event_date', 'note');

CREATE TRIGGER rectification_events_audit_update AFTER UPDATE ON rectification_events
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('rectifications.rectification_id', 'id', 'rectification_id', 'event', 'event_date', 'note');

CREATE TRIGGER rectification_events_audit_delete AFTER DELETE ON rectification_events
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('rectifications.rectification_id', 'id', 'rectification_id', 'event', 'event_date', 'note');
