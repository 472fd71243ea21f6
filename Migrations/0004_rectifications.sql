-- Rectification items (整改事项 / 问题台账) and their history: opened,
-- closed (销号) with a resolution, reopened, verified at a later visit.

CREATE TABLE rectifications (
    id INTEGER PRIMARY KEY,
    household_id INTEGER NOT NULL REFERENCES households (id) ON DELETE CASCADE,
    visit_id INTEGER REFERENCES visits (id) ON DELETE SET NULL,
    item TEXT NOT NULL CHECK (CASE item WHEN 'food' THEN 1 WHEN 'clothing' THEN 1 WHEN 'education' THEN 1 WHEN 'medical' THEN 1 WHEN 'housing' THEN 1 WHEN 'water' THEN 1 WHEN 'request' THEN 1 WHEN 'other' THEN 1 ELSE item IS NULL END),
    description TEXT NOT NULL CHECK (length(description) >= 1),
    owner_official_id INTEGER REFERENCES officials (id) ON DELETE RESTRICT,
    opened_on TEXT NOT NULL CHECK (date(opened_on) = opened_on),
    due_date TEXT NOT NULL CHECK (date(due_date) = due_date AND due_date >= opened_on),
    status TEXT NOT NULL DEFAULT 'open' CHECK (CASE status WHEN 'open' THEN 1 WHEN 'closed' THEN 1 ELSE status IS NULL END),
    closed_on TEXT CHECK (closed_on IS NULL OR date(closed_on) = closed_on),
    resolution TEXT,
    verified_on TEXT CHECK (verified_on IS NULL OR date(verified_on) = verified_on),
    verified_visit_id INTEGER REFERENCES visits (id) ON DELETE SET NULL,
    CHECK ((status = 'open' AND closed_on IS NULL AND resolution IS NULL)
        OR (status = 'closed' AND closed_on IS NOT NULL AND closed_on >= opened_on
            AND resolution IS NOT NULL AND length(resolution) >= 1))
) STRICT;
-- "A 不达标 result opens an item unless one is already open": at most one
-- open item per household and checklist item.
CREATE UNIQUE INDEX rectifications_one_open_per_item ON rectifications (household_id, item)
    WHERE status = 'open' AND item <> 'request' AND item <> 'other';
CREATE INDEX rectifications_open_by_due ON rectifications (due_date) WHERE status = 'open';
CREATE INDEX rectifications_by_household ON rectifications (household_id, opened_on);
CREATE INDEX rectifications_by_owner ON rectifications (owner_official_id);

CREATE TABLE rectification_events (
    id INTEGER PRIMARY KEY,
    rectification_id INTEGER NOT NULL REFERENCES rectifications (id) ON DELETE CASCADE,
    event TEXT NOT NULL CHECK (CASE event WHEN 'opened' THEN 1 WHEN 'closed' THEN 1 WHEN 'reopened' THEN 1 WHEN 'verified' THEN 1 ELSE event IS NULL END),
    event_date TEXT NOT NULL CHECK (date(event_date) = event_date),
    note TEXT
) STRICT;
CREATE INDEX rectification_events_by_item ON rectification_events (rectification_id, event_date);
CREATE INDEX rectification_events_by_date ON rectification_events (event_date, event);


-- Audit trail: every insert, update and delete, with the operator.

CREATE TRIGGER rectifications_audit_insert AFTER INSERT ON rectifications BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, new_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'insert', 'rectifications', NEW.id, NEW.household_id,
        json_object('id', NEW.id, 'household_id', NEW.household_id, 'visit_id', NEW.visit_id, 'item', NEW.item, 'description', NEW.description, 'owner_official_id', NEW.owner_official_id, 'opened_on', NEW.opened_on, 'due_date', NEW.due_date, 'status', NEW.status, 'closed_on', NEW.closed_on, 'resolution', NEW.resolution, 'verified_on', NEW.verified_on, 'verified_visit_id', NEW.verified_visit_id));
END;

CREATE TRIGGER rectifications_audit_update AFTER UPDATE ON rectifications BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, old_values, new_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'update', 'rectifications', NEW.id, NEW.household_id,
        json_object('id', OLD.id, 'household_id', OLD.household_id, 'visit_id', OLD.visit_id, 'item', OLD.item, 'description', OLD.description, 'owner_official_id', OLD.owner_official_id, 'opened_on', OLD.opened_on, 'due_date', OLD.due_date, 'status', OLD.status, 'closed_on', OLD.closed_on, 'resolution', OLD.resolution, 'verified_on', OLD.verified_on, 'verified_visit_id', OLD.verified_visit_id),
        json_object('id', NEW.id, 'household_id', NEW.household_id, 'visit_id', NEW.visit_id, 'item', NEW.item, 'description', NEW.description, 'owner_official_id', NEW.owner_official_id, 'opened_on', NEW.opened_on, 'due_date', NEW.due_date, 'status', NEW.status, 'closed_on', NEW.closed_on, 'resolution', NEW.resolution, 'verified_on', NEW.verified_on, 'verified_visit_id', NEW.verified_visit_id));
END;

CREATE TRIGGER rectifications_audit_delete AFTER DELETE ON rectifications BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, old_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'delete', 'rectifications', OLD.id, OLD.household_id,
        json_object('id', OLD.id, 'household_id', OLD.household_id, 'visit_id', OLD.visit_id, 'item', OLD.item, 'description', OLD.description, 'owner_official_id', OLD.owner_official_id, 'opened_on', OLD.opened_on, 'due_date', OLD.due_date, 'status', OLD.status, 'closed_on', OLD.closed_on, 'resolution', OLD.resolution, 'verified_on', OLD.verified_on, 'verified_visit_id', OLD.verified_visit_id));
END;

CREATE TRIGGER rectification_events_audit_insert AFTER INSERT ON rectification_events BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, new_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'insert', 'rectification_events', NEW.id, (SELECT household_id FROM rectifications WHERE id = NEW.rectification_id),
        json_object('id', NEW.id, 'rectification_id', NEW.rectification_id, 'event', NEW.event, 'event_date', NEW.event_date, 'note', NEW.note));
END;

CREATE TRIGGER rectification_events_audit_update AFTER UPDATE ON rectification_events BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, old_values, new_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'update', 'rectification_events', NEW.id, (SELECT household_id FROM rectifications WHERE id = NEW.rectification_id),
        json_object('id', OLD.id, 'rectification_id', OLD.rectification_id, 'event', OLD.event, 'event_date', OLD.event_date, 'note', OLD.note),
        json_object('id', NEW.id, 'rectification_id', NEW.rectification_id, 'event', NEW.event, 'event_date', NEW.event_date, 'note', NEW.note));
END;

CREATE TRIGGER rectification_events_audit_delete AFTER DELETE ON rectification_events BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, old_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'delete', 'rectification_events', OLD.id, (SELECT household_id FROM rectifications WHERE id = OLD.rectification_id),
        json_object('id', OLD.id, 'rectification_id', OLD.rectification_id, 'event', OLD.event, 'event_date', OLD.event_date, 'note', OLD.note));
END;
