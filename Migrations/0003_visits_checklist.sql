-- Visits (走访), who went, the six checklist items (两不愁三保障 + 饮水安全)
-- checked at each, and the requests (诉求) the family raised.

CREATE TABLE visits (
    id INTEGER PRIMARY KEY,
    household_id INTEGER NOT NULL REFERENCES households (id) ON DELETE CASCADE,
    visit_date TEXT NOT NULL CHECK (date(visit_date) = visit_date),
    kind TEXT NOT NULL DEFAULT 'home_visit'
        CHECK (CASE kind WHEN 'home_visit' THEN 1 WHEN 'survey' THEN 1 WHEN 'return_visit' THEN 1 WHEN 'verification' THEN 1 WHEN 'phone' THEN 1 ELSE kind IS NULL END),
    campaign TEXT,
    findings TEXT,
    plans TEXT,
    note TEXT,
    source_id INTEGER REFERENCES sources (id) ON DELETE RESTRICT
) STRICT;
CREATE INDEX visits_by_household ON visits (household_id, visit_date);
CREATE INDEX visits_by_date ON visits (visit_date);

-- Officials present; exactly one of them leads (the tool enforces "at least").
CREATE TABLE visit_officials (
    id INTEGER PRIMARY KEY,
    visit_id INTEGER NOT NULL REFERENCES visits (id) ON DELETE CASCADE,
    official_id INTEGER NOT NULL REFERENCES officials (id) ON DELETE RESTRICT,
    is_lead INTEGER NOT NULL DEFAULT 0 CHECK (CASE is_lead WHEN 0 THEN 1 WHEN 1 THEN 1 ELSE is_lead IS NULL END),
    UNIQUE (visit_id, official_id)
) STRICT;
CREATE UNIQUE INDEX visit_officials_one_lead ON visit_officials (visit_id) WHERE is_lead = 1;
CREATE INDEX visit_officials_by_official ON visit_officials (official_id);

-- 'unrecorded' = the item was looked at but no outcome was recorded
-- (the source article reports what was checked, never the outcome).
-- An item not checked at a visit has no row.
CREATE TABLE checklist_results (
    id INTEGER PRIMARY KEY,
    visit_id INTEGER NOT NULL REFERENCES visits (id) ON DELETE CASCADE,
    item TEXT NOT NULL CHECK (CASE item WHEN 'food' THEN 1 WHEN 'clothing' THEN 1 WHEN 'education' THEN 1 WHEN 'medical' THEN 1 WHEN 'housing' THEN 1 WHEN 'water' THEN 1 ELSE item IS NULL END),
    result TEXT NOT NULL CHECK (CASE result WHEN 'met' THEN 1 WHEN 'not_met' THEN 1 WHEN 'not_applicable' THEN 1 WHEN 'unrecorded' THEN 1 ELSE result IS NULL END),
    note TEXT,
    UNIQUE (visit_id, item)
) STRICT;

CREATE TABLE visit_requests (
    id INTEGER PRIMARY KEY,
    visit_id INTEGER NOT NULL REFERENCES visits (id) ON DELETE CASCADE,
    text TEXT NOT NULL CHECK (length(text) >= 1)
) STRICT;
CREATE INDEX visit_requests_by_visit ON visit_requests (visit_id);


-- Audit trail: every insert, update and delete, with the operator.

CREATE TRIGGER visits_audit_insert AFTER INSERT ON visits BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, new_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'insert', 'visits', NEW.id, NEW.household_id,
        json_object('id', NEW.id, 'household_id', NEW.household_id, 'visit_date', NEW.visit_date, 'kind', NEW.kind, 'campaign', NEW.campaign, 'findings', NEW.findings, 'plans', NEW.plans, 'note', NEW.note, 'source_id', NEW.source_id));
END;

CREATE TRIGGER visits_audit_update AFTER UPDATE ON visits BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, old_values, new_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'update', 'visits', NEW.id, NEW.household_id,
        json_object('id', OLD.id, 'household_id', OLD.household_id, 'visit_date', OLD.visit_date, 'kind', OLD.kind, 'campaign', OLD.campaign, 'findings', OLD.findings, 'plans', OLD.plans, 'note', OLD.note, 'source_id', OLD.source_id),
        json_object('id', NEW.id, 'household_id', NEW.household_id, 'visit_date', NEW.visit_date, 'kind', NEW.kind, 'campaign', NEW.campaign, 'findings', NEW.findings, 'plans', NEW.plans, 'note', NEW.note, 'source_id', NEW.source_id));
END;

CREATE TRIGGER visits_audit_delete AFTER DELETE ON visits BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, old_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'delete', 'visits', OLD.id, OLD.household_id,
        json_object('id', OLD.id, 'household_id', OLD.household_id, 'visit_date', OLD.visit_date, 'kind', OLD.kind, 'campaign', OLD.campaign, 'findings', OLD.findings, 'plans', OLD.plans, 'note', OLD.note, 'source_id', OLD.source_id));
END;

CREATE TRIGGER visit_officials_audit_insert AFTER INSERT ON visit_officials BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, new_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'insert', 'visit_officials', NEW.id, (SELECT household_id FROM visits WHERE id = NEW.visit_id),
        json_object('id', NEW.id, 'visit_id', NEW.visit_id, 'official_id', NEW.official_id, 'is_lead', NEW.is_lead));
END;

CREATE TRIGGER visit_officials_audit_update AFTER UPDATE ON visit_officials BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, old_values, new_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'update', 'visit_officials', NEW.id, (SELECT household_id FROM visits WHERE id = NEW.visit_id),
        json_object('id', OLD.id, 'visit_id', OLD.visit_id, 'official_id', OLD.official_id, 'is_lead', OLD.is_lead),
        json_object('id', NEW.id, 'visit_id', NEW.visit_id, 'official_id', NEW.official_id, 'is_lead', NEW.is_lead));
END;

CREATE TRIGGER visit_officials_audit_delete AFTER DELETE ON visit_officials BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, old_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'delete', 'visit_officials', OLD.id, (SELECT household_id FROM visits WHERE id = OLD.visit_id),
        json_object('id', OLD.id, 'visit_id', OLD.visit_id, 'official_id', OLD.official_id, 'is_lead', OLD.is_lead));
END;

CREATE TRIGGER checklist_results_audit_insert AFTER INSERT ON checklist_results BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, new_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'insert', 'checklist_results', NEW.id, (SELECT household_id FROM visits WHERE id = NEW.visit_id),
        json_object('id', NEW.id, 'visit_id', NEW.visit_id, 'item', NEW.item, 'result', NEW.result, 'note', NEW.note));
END;

CREATE TRIGGER checklist_results_audit_update AFTER UPDATE ON checklist_results BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, old_values, new_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'update', 'checklist_results', NEW.id, (SELECT household_id FROM visits WHERE id = NEW.visit_id),
        json_object('id', OLD.id, 'visit_id', OLD.visit_id, 'item', OLD.item, 'result', OLD.result, 'note', OLD.note),
        json_object('id', NEW.id, 'visit_id', NEW.visit_id, 'item', NEW.item, 'result', NEW.result, 'note', NEW.note));
END;

CREATE TRIGGER checklist_results_audit_delete AFTER DELETE ON checklist_results BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, old_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'delete', 'checklist_results', OLD.id, (SELECT household_id FROM visits WHERE id = OLD.visit_id),
        json_object('id', OLD.id, 'visit_id', OLD.visit_id, 'item', OLD.item, 'result', OLD.result, 'note', OLD.note));
END;

CREATE TRIGGER visit_requests_audit_insert AFTER INSERT ON visit_requests BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, new_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'insert', 'visit_requests', NEW.id, (SELECT household_id FROM visits WHERE id = NEW.visit_id),
        json_object('id', NEW.id, 'visit_id', NEW.visit_id, 'text', NEW.text));
END;

CREATE TRIGGER visit_requests_audit_update AFTER UPDATE ON visit_requests BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, old_values, new_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'update', 'visit_requests', NEW.id, (SELECT household_id FROM visits WHERE id = NEW.visit_id),
        json_object('id', OLD.id, 'visit_id', OLD.visit_id, 'text', OLD.text),
        json_object('id', NEW.id, 'visit_id', NEW.visit_id, 'text', NEW.text));
END;

CREATE TRIGGER visit_requests_audit_delete AFTER DELETE ON visit_requests BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, old_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'delete', 'visit_requests', OLD.id, (SELECT household_id FROM visits WHERE id = OLD.visit_id),
        json_object('id', OLD.id, 'visit_id', OLD.visit_id, 'text', OLD.text));
END;
