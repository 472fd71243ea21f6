-- A case over time (issue 13): facts of a household that change on a date,
-- corrections that keep what they correct, and endings.
--
-- household_facts: status (with the lifted year and monitoring kind),
-- attribute, village, size and head, each valid from a date (NULL: since
-- the household's record began) and stamped with when it was recorded.
-- The fact that applies on a day is the one with the latest valid_from on
-- or before it (the later recorded when two share a day), so a report for
-- a past month reads the facts as of its last day and comes out the same
-- whatever is recorded about later dates. The households columns keep the
-- facts as of today, for lists, lookups and the rules.
--
-- Voided visits and rectification items stay, with when and why they were
-- voided, and no longer count anywhere. Members leave (with a reason and a
-- date) instead of being deleted; households and officials end the same way.
-- audit_commands.reason carries the reason a correction was made, so
-- `tracker log` can show it beside the command.

CREATE TABLE household_facts (
    id INTEGER PRIMARY KEY,
    household_id INTEGER NOT NULL REFERENCES households (id) ON DELETE CASCADE,
    fact TEXT NOT NULL CHECK (CASE fact WHEN 'status' THEN 1 WHEN 'attribute' THEN 1 WHEN 'village' THEN 1 WHEN 'size' THEN 1 WHEN 'head' THEN 1 ELSE fact IS NULL END),
    valid_from TEXT CHECK (valid_from IS NULL OR date(valid_from) = valid_from),
    recorded_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    status TEXT CHECK (CASE status WHEN 'not_lifted' THEN 1 WHEN 'lifted' THEN 1 WHEN 'relapsed' THEN 1 WHEN 'monitored' THEN 1 ELSE status IS NULL END),
    lifted_year INTEGER CHECK (lifted_year IS NULL OR lifted_year BETWEEN 1978 AND 2100),
    monitoring_kind TEXT CHECK (CASE monitoring_kind WHEN 'unstable' THEN 1 WHEN 'marginal' THEN 1 WHEN 'hardship' THEN 1 ELSE monitoring_kind IS NULL END),
    attribute TEXT CHECK (CASE attribute WHEN 'general' THEN 1 WHEN 'dibao' THEN 1 WHEN 'tekun' THEN 1 ELSE attribute IS NULL END),
    village_id INTEGER REFERENCES places (id) ON DELETE RESTRICT,
    size INTEGER CHECK (size IS NULL OR size BETWEEN 1 AND 99),
    head_member_id INTEGER REFERENCES members (id) ON DELETE SET NULL,
    head_name TEXT CHECK (head_name IS NULL OR length(head_name) BETWEEN 1 AND 100),
    CHECK (fact <> 'status' OR status IS NOT NULL),
    CHECK (fact <> 'village' OR village_id IS NOT NULL),
    CHECK (fact <> 'head' OR head_name IS NOT NULL)
) STRICT;
CREATE INDEX household_facts_by_household ON household_facts (household_id, fact, valid_from);

-- Existing households: what is stored now has held since their record began.
INSERT INTO household_facts (household_id, fact, status, lifted_year, monitoring_kind)
    SELECT id, 'status', status, lifted_year, monitoring_kind FROM households ORDER BY id;
INSERT INTO household_facts (household_id, fact, attribute) SELECT id, 'attribute', attribute FROM households ORDER BY id;
INSERT INTO household_facts (household_id, fact, village_id) SELECT id, 'village', village_id FROM households ORDER BY id;
INSERT INTO household_facts (household_id, fact, size) SELECT id, 'size', size FROM households ORDER BY id;
INSERT INTO household_facts (household_id, fact, head_member_id, head_name)
    SELECT h.id, 'head', (SELECT m.id FROM members m WHERE m.household_id = h.id AND m.relation = 'head'), h.head_name
    FROM households h ORDER BY h.id;

ALTER TABLE households ADD COLUMN closed_on TEXT CHECK (closed_on IS NULL OR date(closed_on) = closed_on);
ALTER TABLE households ADD COLUMN close_reason TEXT
    CHECK (CASE close_reason WHEN 'natural_decrease' THEN 1 WHEN 'moved_out' THEN 1 WHEN 'deregistered' THEN 1 WHEN 'other' THEN 1 ELSE close_reason IS NULL END);

-- joined_on NULL: a member since the household's record began.
ALTER TABLE members ADD COLUMN joined_on TEXT CHECK (joined_on IS NULL OR date(joined_on) = joined_on);
ALTER TABLE members ADD COLUMN left_on TEXT CHECK (left_on IS NULL OR date(left_on) = left_on);
ALTER TABLE members ADD COLUMN left_reason TEXT
    CHECK (CASE left_reason WHEN 'death' THEN 1 WHEN 'moved_out' THEN 1 WHEN 'married_out' THEN 1 WHEN 'other' THEN 1 ELSE left_reason IS NULL END);
-- One current head: a head who died or left stays in the history.
DROP INDEX members_one_head;
CREATE UNIQUE INDEX members_one_head ON members (household_id) WHERE relation = 'head' AND left_on IS NULL;

ALTER TABLE officials ADD COLUMN left_on TEXT CHECK (left_on IS NULL OR date(left_on) = left_on);

ALTER TABLE visits ADD COLUMN voided_on TEXT CHECK (voided_on IS NULL OR date(voided_on) = voided_on);
ALTER TABLE visits ADD COLUMN void_reason TEXT;
-- The visits that count, for "latest visit up to a day" per household.
CREATE INDEX visits_counted_by_household ON visits (household_id, visit_date) WHERE voided_on IS NULL;

ALTER TABLE rectifications ADD COLUMN voided_on TEXT CHECK (voided_on IS NULL OR date(voided_on) = voided_on);
ALTER TABLE rectifications ADD COLUMN void_reason TEXT;

ALTER TABLE audit_commands ADD COLUMN reason TEXT;

-- Households written without a dated fact (added, imported): their first
-- facts hold since their record began. Not audited apart: the households
-- row's own audit entry has the same values.
CREATE TRIGGER households_initial_facts AFTER INSERT ON households BEGIN
    INSERT INTO household_facts (household_id, fact, status, lifted_year, monitoring_kind)
        VALUES (NEW.id, 'status', NEW.status, NEW.lifted_year, NEW.monitoring_kind);
    INSERT INTO household_facts (household_id, fact, attribute) VALUES (NEW.id, 'attribute', NEW.attribute);
    INSERT INTO household_facts (household_id, fact, village_id) VALUES (NEW.id, 'village', NEW.village_id);
    INSERT INTO household_facts (household_id, fact, size) VALUES (NEW.id, 'size', NEW.size);
    INSERT INTO household_facts (household_id, fact, head_name) VALUES (NEW.id, 'head', NEW.head_name);
END;

-- A change written straight to households (a roster import) without its
-- dated fact becomes a fact from the day it was written. The tool's own
-- edits write the fact first, so these find nothing to add.
CREATE TRIGGER households_status_fact AFTER UPDATE OF status, lifted_year, monitoring_kind ON households
WHEN (NEW.status, NEW.lifted_year, NEW.monitoring_kind) IS NOT (SELECT status, lifted_year, monitoring_kind FROM household_facts
        WHERE household_id = NEW.id AND fact = 'status' ORDER BY valid_from DESC, id DESC LIMIT 1) BEGIN
    INSERT INTO household_facts (household_id, fact, valid_from, status, lifted_year, monitoring_kind)
        VALUES (NEW.id, 'status', date('now', 'localtime'), NEW.status, NEW.lifted_year, NEW.monitoring_kind);
END;

CREATE TRIGGER households_attribute_fact AFTER UPDATE OF attribute ON households
WHEN NEW.attribute IS NOT (SELECT attribute FROM household_facts
        WHERE household_id = NEW.id AND fact = 'attribute' ORDER BY valid_from DESC, id DESC LIMIT 1) BEGIN
    INSERT INTO household_facts (household_id, fact, valid_from, attribute) VALUES (NEW.id, 'attribute', date('now', 'localtime'), NEW.attribute);
END;

CREATE TRIGGER households_village_fact AFTER UPDATE OF village_id ON households
WHEN NEW.village_id IS NOT (SELECT village_id FROM household_facts
        WHERE household_id = NEW.id AND fact = 'village' ORDER BY valid_from DESC, id DESC LIMIT 1) BEGIN
    INSERT INTO household_facts (household_id, fact, valid_from, village_id) VALUES (NEW.id, 'village', date('now', 'localtime'), NEW.village_id);
END;

CREATE TRIGGER households_size_fact AFTER UPDATE OF size ON households
WHEN NEW.size IS NOT (SELECT size FROM household_facts
        WHERE household_id = NEW.id AND fact = 'size' ORDER BY valid_from DESC, id DESC LIMIT 1) BEGIN
    INSERT INTO household_facts (household_id, fact, valid_from, size) VALUES (NEW.id, 'size', date('now', 'localtime'), NEW.size);
END;

CREATE TRIGGER households_head_fact AFTER UPDATE OF head_name ON households
WHEN NEW.head_name IS NOT (SELECT head_name FROM household_facts
        WHERE household_id = NEW.id AND fact = 'head' ORDER BY valid_from DESC, id DESC LIMIT 1) BEGIN
    INSERT INTO household_facts (household_id, fact, valid_from, head_name) VALUES (NEW.id, 'head', date('now', 'localtime'), NEW.head_name);
END;


-- Audit trail: the new table, and the changed tables' triggers recreated
-- with their new columns.

DROP TRIGGER households_audit_insert;
DROP TRIGGER households_audit_update;
DROP TRIGGER households_audit_delete;

CREATE TRIGGER households_audit_insert AFTER INSERT ON households BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, new_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'insert', 'households', NEW.id, NEW.id,
        json_object('id', NEW.id, 'code', NEW.code, 'head_name', NEW.head_name, 'head_id_number', NEW.head_id_number, 'phone', NEW.phone, 'village_id', NEW.village_id, 'attribute', NEW.attribute, 'status', NEW.status, 'lifted_year', NEW.lifted_year, 'monitoring_kind', NEW.monitoring_kind, 'size', NEW.size, 'source_id', NEW.source_id, 'registered_on', NEW.registered_on, 'closed_on', NEW.closed_on, 'close_reason', NEW.close_reason));
END;

CREATE TRIGGER households_audit_update AFTER UPDATE ON households BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, old_values, new_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'update', 'households', NEW.id, NEW.id,
        json_object('id', OLD.id, 'code', OLD.code, 'head_name', OLD.head_name, 'head_id_number', OLD.head_id_number, 'phone', OLD.phone, 'village_id', OLD.village_id, 'attribute', OLD.attribute, 'status', OLD.status, 'lifted_year', OLD.lifted_year, 'monitoring_kind', OLD.monitoring_kind, 'size', OLD.size, 'source_id', OLD.source_id, 'registered_on', OLD.registered_on, 'closed_on', OLD.closed_on, 'close_reason', OLD.close_reason),
        json_object('id', NEW.id, 'code', NEW.code, 'head_name', NEW.head_name, 'head_id_number', NEW.head_id_number, 'phone', NEW.phone, 'village_id', NEW.village_id, 'attribute', NEW.attribute, 'status', NEW.status, 'lifted_year', NEW.lifted_year, 'monitoring_kind', NEW.monitoring_kind, 'size', NEW.size, 'source_id', NEW.source_id, 'registered_on', NEW.registered_on, 'closed_on', NEW.closed_on, 'close_reason', NEW.close_reason));
END;

CREATE TRIGGER households_audit_delete AFTER DELETE ON households BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, old_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'delete', 'households', OLD.id, OLD.id,
        json_object('id', OLD.id, 'code', OLD.code, 'head_name', OLD.head_name, 'head_id_number', OLD.head_id_number, 'phone', OLD.phone, 'village_id', OLD.village_id, 'attribute', OLD.attribute, 'status', OLD.status, 'lifted_year', OLD.lifted_year, 'monitoring_kind', OLD.monitoring_kind, 'size', OLD.size, 'source_id', OLD.source_id, 'registered_on', OLD.registered_on, 'closed_on', OLD.closed_on, 'close_reason', OLD.close_reason));
END;

DROP TRIGGER members_audit_insert;
DROP TRIGGER members_audit_update;
DROP TRIGGER members_audit_delete;

CREATE TRIGGER members_audit_insert AFTER INSERT ON members BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, new_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'insert', 'members', NEW.id, NEW.household_id,
        json_object('id', NEW.id, 'household_id', NEW.household_id, 'name', NEW.name, 'relation', NEW.relation, 'sex', NEW.sex, 'birth_date', NEW.birth_date, 'id_number', NEW.id_number, 'health', NEW.health, 'schooling', NEW.schooling, 'grade', NEW.grade, 'labour', NEW.labour, 'medical_insurance', NEW.medical_insurance, 'pension_insurance', NEW.pension_insurance, 'joined_on', NEW.joined_on, 'left_on', NEW.left_on, 'left_reason', NEW.left_reason));
END;

CREATE TRIGGER members_audit_update AFTER UPDATE ON members BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, old_values, new_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'update', 'members', NEW.id, NEW.household_id,
        json_object('id', OLD.id, 'household_id', OLD.household_id, 'name', OLD.name, 'relation', OLD.relation, 'sex', OLD.sex, 'birth_date', OLD.birth_date, 'id_number', OLD.id_number, 'health', OLD.health, 'schooling', OLD.schooling, 'grade', OLD.grade, 'labour', OLD.labour, 'medical_insurance', OLD.medical_insurance, 'pension_insurance', OLD.pension_insurance, 'joined_on', OLD.joined_on, 'left_on', OLD.left_on, 'left_reason', OLD.left_reason),
        json_object('id', NEW.id, 'household_id', NEW.household_id, 'name', NEW.name, 'relation', NEW.relation, 'sex', NEW.sex, 'birth_date', NEW.birth_date, 'id_number', NEW.id_number, 'health', NEW.health, 'schooling', NEW.schooling, 'grade', NEW.grade, 'labour', NEW.labour, 'medical_insurance', NEW.medical_insurance, 'pension_insurance', NEW.pension_insurance, 'joined_on', NEW.joined_on, 'left_on', NEW.left_on, 'left_reason', NEW.left_reason));
END;

CREATE TRIGGER members_audit_delete AFTER DELETE ON members BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, old_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'delete', 'members', OLD.id, OLD.household_id,
        json_object('id', OLD.id, 'household_id', OLD.household_id, 'name', OLD.name, 'relation', OLD.relation, 'sex', OLD.sex, 'birth_date', OLD.birth_date, 'id_number', OLD.id_number, 'health', OLD.health, 'schooling', OLD.schooling, 'grade', OLD.grade, 'labour', OLD.labour, 'medical_insurance', OLD.medical_insurance, 'pension_insurance', OLD.pension_insurance, 'joined_on', OLD.joined_on, 'left_on', OLD.left_on, 'left_reason', OLD.left_reason));
END;

DROP TRIGGER officials_audit_insert;
DROP TRIGGER officials_audit_update;
DROP TRIGGER officials_audit_delete;

CREATE TRIGGER officials_audit_insert AFTER INSERT ON officials BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, new_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'insert', 'officials', NEW.id, NULL,
        json_object('id', NEW.id, 'name', NEW.name, 'unit', NEW.unit, 'title', NEW.title, 'phone', NEW.phone, 'source_id', NEW.source_id, 'left_on', NEW.left_on));
END;

CREATE TRIGGER officials_audit_update AFTER UPDATE ON officials BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, old_values, new_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'update', 'officials', NEW.id, NULL,
        json_object('id', OLD.id, 'name', OLD.name, 'unit', OLD.unit, 'title', OLD.title, 'phone', OLD.phone, 'source_id', OLD.source_id, 'left_on', OLD.left_on),
        json_object('id', NEW.id, 'name', NEW.name, 'unit', NEW.unit, 'title', NEW.title, 'phone', NEW.phone, 'source_id', NEW.source_id, 'left_on', NEW.left_on));
END;

CREATE TRIGGER officials_audit_delete AFTER DELETE ON officials BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, old_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'delete', 'officials', OLD.id, NULL,
        json_object('id', OLD.id, 'name', OLD.name, 'unit', OLD.unit, 'title', OLD.title, 'phone', OLD.phone, 'source_id', OLD.source_id, 'left_on', OLD.left_on));
END;

DROP TRIGGER visits_audit_insert;
DROP TRIGGER visits_audit_update;
DROP TRIGGER visits_audit_delete;

CREATE TRIGGER visits_audit_insert AFTER INSERT ON visits BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, new_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'insert', 'visits', NEW.id, NEW.household_id,
        json_object('id', NEW.id, 'household_id', NEW.household_id, 'visit_date', NEW.visit_date, 'kind', NEW.kind, 'campaign', NEW.campaign, 'findings', NEW.findings, 'plans', NEW.plans, 'note', NEW.note, 'source_id', NEW.source_id, 'voided_on', NEW.voided_on, 'void_reason', NEW.void_reason));
END;

CREATE TRIGGER visits_audit_update AFTER UPDATE ON visits BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, old_values, new_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'update', 'visits', NEW.id, NEW.household_id,
        json_object('id', OLD.id, 'household_id', OLD.household_id, 'visit_date', OLD.visit_date, 'kind', OLD.kind, 'campaign', OLD.campaign, 'findings', OLD.findings, 'plans', OLD.plans, 'note', OLD.note, 'source_id', OLD.source_id, 'voided_on', OLD.voided_on, 'void_reason', OLD.void_reason),
        json_object('id', NEW.id, 'household_id', NEW.household_id, 'visit_date', NEW.visit_date, 'kind', NEW.kind, 'campaign', NEW.campaign, 'findings', NEW.findings, 'plans', NEW.plans, 'note', NEW.note, 'source_id', NEW.source_id, 'voided_on', NEW.voided_on, 'void_reason', NEW.void_reason));
END;

CREATE TRIGGER visits_audit_delete AFTER DELETE ON visits BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, old_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'delete', 'visits', OLD.id, OLD.household_id,
        json_object('id', OLD.id, 'household_id', OLD.household_id, 'visit_date', OLD.visit_date, 'kind', OLD.kind, 'campaign', OLD.campaign, 'findings', OLD.findings, 'plans', OLD.plans, 'note', OLD.note, 'source_id', OLD.source_id, 'voided_on', OLD.voided_on, 'void_reason', OLD.void_reason));
END;

DROP TRIGGER rectifications_audit_insert;
DROP TRIGGER rectifications_audit_update;
DROP TRIGGER rectifications_audit_delete;

CREATE TRIGGER rectifications_audit_insert AFTER INSERT ON rectifications BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, new_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'insert', 'rectifications', NEW.id, NEW.household_id,
        json_object('id', NEW.id, 'household_id', NEW.household_id, 'visit_id', NEW.visit_id, 'item', NEW.item, 'description', NEW.description, 'owner_official_id', NEW.owner_official_id, 'opened_on', NEW.opened_on, 'due_date', NEW.due_date, 'status', NEW.status, 'closed_on', NEW.closed_on, 'resolution', NEW.resolution, 'verified_on', NEW.verified_on, 'verified_visit_id', NEW.verified_visit_id, 'voided_on', NEW.voided_on, 'void_reason', NEW.void_reason));
END;

CREATE TRIGGER rectifications_audit_update AFTER UPDATE ON rectifications BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, old_values, new_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'update', 'rectifications', NEW.id, NEW.household_id,
        json_object('id', OLD.id, 'household_id', OLD.household_id, 'visit_id', OLD.visit_id, 'item', OLD.item, 'description', OLD.description, 'owner_official_id', OLD.owner_official_id, 'opened_on', OLD.opened_on, 'due_date', OLD.due_date, 'status', OLD.status, 'closed_on', OLD.closed_on, 'resolution', OLD.resolution, 'verified_on', OLD.verified_on, 'verified_visit_id', OLD.verified_visit_id, 'voided_on', OLD.voided_on, 'void_reason', OLD.void_reason),
        json_object('id', NEW.id, 'household_id', NEW.household_id, 'visit_id', NEW.visit_id, 'item', NEW.item, 'description', NEW.description, 'owner_official_id', NEW.owner_official_id, 'opened_on', NEW.opened_on, 'due_date', NEW.due_date, 'status', NEW.status, 'closed_on', NEW.closed_on, 'resolution', NEW.resolution, 'verified_on', NEW.verified_on, 'verified_visit_id', NEW.verified_visit_id, 'voided_on', NEW.voided_on, 'void_reason', NEW.void_reason));
END;

CREATE TRIGGER rectifications_audit_delete AFTER DELETE ON rectifications BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, old_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'delete', 'rectifications', OLD.id, OLD.household_id,
        json_object('id', OLD.id, 'household_id', OLD.household_id, 'visit_id', OLD.visit_id, 'item', OLD.item, 'description', OLD.description, 'owner_official_id', OLD.owner_official_id, 'opened_on', OLD.opened_on, 'due_date', OLD.due_date, 'status', OLD.status, 'closed_on', OLD.closed_on, 'resolution', OLD.resolution, 'verified_on', OLD.verified_on, 'verified_visit_id', OLD.verified_visit_id, 'voided_on', OLD.voided_on, 'void_reason', OLD.void_reason));
END;

CREATE TRIGGER household_facts_audit_insert AFTER INSERT ON household_facts WHEN NEW.valid_from IS NOT NULL BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, new_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'insert', 'household_facts', NEW.id, NEW.household_id,
        json_object('id', NEW.id, 'household_id', NEW.household_id, 'fact', NEW.fact, 'valid_from', NEW.valid_from, 'recorded_at', NEW.recorded_at, 'status', NEW.status, 'lifted_year', NEW.lifted_year, 'monitoring_kind', NEW.monitoring_kind, 'attribute', NEW.attribute, 'village_id', NEW.village_id, 'size', NEW.size, 'head_member_id', NEW.head_member_id, 'head_name', NEW.head_name));
END;

CREATE TRIGGER household_facts_audit_update AFTER UPDATE ON household_facts BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, old_values, new_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'update', 'household_facts', NEW.id, NEW.household_id,
        json_object('id', OLD.id, 'household_id', OLD.household_id, 'fact', OLD.fact, 'valid_from', OLD.valid_from, 'recorded_at', OLD.recorded_at, 'status', OLD.status, 'lifted_year', OLD.lifted_year, 'monitoring_kind', OLD.monitoring_kind, 'attribute', OLD.attribute, 'village_id', OLD.village_id, 'size', OLD.size, 'head_member_id', OLD.head_member_id, 'head_name', OLD.head_name),
        json_object('id', NEW.id, 'household_id', NEW.household_id, 'fact', NEW.fact, 'valid_from', NEW.valid_from, 'recorded_at', NEW.recorded_at, 'status', NEW.status, 'lifted_year', NEW.lifted_year, 'monitoring_kind', NEW.monitoring_kind, 'attribute', NEW.attribute, 'village_id', NEW.village_id, 'size', NEW.size, 'head_member_id', NEW.head_member_id, 'head_name', NEW.head_name));
END;

CREATE TRIGGER household_facts_audit_delete AFTER DELETE ON household_facts BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, old_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'delete', 'household_facts', OLD.id, OLD.household_id,
        json_object('id', OLD.id, 'household_id', OLD.household_id, 'fact', OLD.fact, 'valid_from', OLD.valid_from, 'recorded_at', OLD.recorded_at, 'status', OLD.status, 'lifted_year', OLD.lifted_year, 'monitoring_kind', OLD.monitoring_kind, 'attribute', OLD.attribute, 'village_id', OLD.village_id, 'size', OLD.size, 'head_member_id', OLD.head_member_id, 'head_name', OLD.head_name));
END;

