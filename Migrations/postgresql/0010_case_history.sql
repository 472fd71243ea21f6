-- PostgreSQL dialect of Migrations/0010_case_history.sql: the same meaning.
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
    id bigserial PRIMARY KEY,
    household_id bigint NOT NULL REFERENCES households (id) ON DELETE CASCADE,
    fact text NOT NULL CHECK (fact IN ('status', 'attribute', 'village', 'size', 'head')),
    valid_from text CHECK (valid_from IS NULL OR tracker_is_date(valid_from)),
    recorded_at text NOT NULL DEFAULT tracker_now(),
    status text CHECK (status IN ('not_lifted', 'lifted', 'relapsed', 'monitored')),
    lifted_year bigint CHECK (lifted_year IS NULL OR lifted_year BETWEEN 1978 AND 2100),
    monitoring_kind text CHECK (monitoring_kind IN ('unstable', 'marginal', 'hardship')),
    attribute text CHECK (attribute IN ('general', 'dibao', 'tekun')),
    village_id bigint REFERENCES places (id) ON DELETE RESTRICT,
    size bigint CHECK (size IS NULL OR size BETWEEN 1 AND 99),
    head_member_id bigint REFERENCES members (id) ON DELETE SET NULL,
    head_name text CHECK (head_name IS NULL OR length(head_name) BETWEEN 1 AND 100),
    CHECK (fact <> 'status' OR status IS NOT NULL),
    CHECK (fact <> 'village' OR village_id IS NOT NULL),
    CHECK (fact <> 'head' OR head_name IS NOT NULL)
);
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

ALTER TABLE households ADD COLUMN closed_on text CHECK (closed_on IS NULL OR tracker_is_date(closed_on));
ALTER TABLE households ADD COLUMN close_reason text
    CHECK (close_reason IN ('natural_decrease', 'moved_out', 'deregistered', 'other'));

-- joined_on NULL: a member since the household's record began.
ALTER TABLE members ADD COLUMN joined_on text CHECK (joined_on IS NULL OR tracker_is_date(joined_on));
ALTER TABLE members ADD COLUMN left_on text CHECK (left_on IS NULL OR tracker_is_date(left_on));
ALTER TABLE members ADD COLUMN left_reason text
    CHECK (left_reason IN ('death', 'moved_out', 'married_out', 'other'));
-- One current head: a head who died or left stays in the history.
DROP INDEX members_one_head;
CREATE UNIQUE INDEX members_one_head ON members (household_id) WHERE relation = 'head' AND left_on IS NULL;

ALTER TABLE officials ADD COLUMN left_on text CHECK (left_on IS NULL OR tracker_is_date(left_on));

ALTER TABLE visits ADD COLUMN voided_on text CHECK (voided_on IS NULL OR tracker_is_date(voided_on));
ALTER TABLE visits ADD COLUMN void_reason text;
-- The visits that count, for "latest visit up to a day" per household.
CREATE INDEX visits_counted_by_household ON visits (household_id, visit_date) WHERE voided_on IS NULL;

ALTER TABLE rectifications ADD COLUMN voided_on text CHECK (voided_on IS NULL OR tracker_is_date(voided_on));
ALTER TABLE rectifications ADD COLUMN void_reason text;

ALTER TABLE audit_commands ADD COLUMN reason text;

-- Households written without a dated fact (added, imported): their first
-- facts hold since their record began. Not audited apart: the households
-- row's own audit entry has the same values.
CREATE FUNCTION tracker_households_initial_facts() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO household_facts (household_id, fact, status, lifted_year, monitoring_kind)
        VALUES (NEW.id, 'status', NEW.status, NEW.lifted_year, NEW.monitoring_kind);
    INSERT INTO household_facts (household_id, fact, attribute) VALUES (NEW.id, 'attribute', NEW.attribute);
    INSERT INTO household_facts (household_id, fact, village_id) VALUES (NEW.id, 'village', NEW.village_id);
    INSERT INTO household_facts (household_id, fact, size) VALUES (NEW.id, 'size', NEW.size);
    INSERT INTO household_facts (household_id, fact, head_name) VALUES (NEW.id, 'head', NEW.head_name);
    RETURN NULL;
END $$;
CREATE TRIGGER households_initial_facts AFTER INSERT ON households
    FOR EACH ROW EXECUTE FUNCTION tracker_households_initial_facts();

-- A change written straight to households (a roster import) without its
-- dated fact becomes a fact from the day it was written. The tool's own
-- edits write the fact first, so these find nothing to add.
-- One function for the five kinds (the trigger's argument). The latest
-- fact is the one SQLite's `ORDER BY valid_from DESC, id DESC` finds: there
-- NULL sorts first, so DESC puts it last, which PostgreSQL must be told.
-- When there is no fact, `latest` is all NULL, as SQLite's empty subquery.
CREATE FUNCTION tracker_household_fact() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    latest household_facts%ROWTYPE;
BEGIN
    SELECT * INTO latest FROM household_facts
    WHERE household_id = NEW.id AND fact = TG_ARGV[0]
    ORDER BY valid_from DESC NULLS LAST, id DESC LIMIT 1;
    IF TG_ARGV[0] = 'status'
       AND (NEW.status, NEW.lifted_year, NEW.monitoring_kind) IS DISTINCT FROM (latest.status, latest.lifted_year, latest.monitoring_kind) THEN
        INSERT INTO household_facts (household_id, fact, valid_from, status, lifted_year, monitoring_kind)
            VALUES (NEW.id, 'status', tracker_today(), NEW.status, NEW.lifted_year, NEW.monitoring_kind);
    ELSIF TG_ARGV[0] = 'attribute' AND NEW.attribute IS DISTINCT FROM latest.attribute THEN
        INSERT INTO household_facts (household_id, fact, valid_from, attribute) VALUES (NEW.id, 'attribute', tracker_today(), NEW.attribute);
    ELSIF TG_ARGV[0] = 'village' AND NEW.village_id IS DISTINCT FROM latest.village_id THEN
        INSERT INTO household_facts (household_id, fact, valid_from, village_id) VALUES (NEW.id, 'village', tracker_today(), NEW.village_id);
    ELSIF TG_ARGV[0] = 'size' AND NEW.size IS DISTINCT FROM latest.size THEN
        INSERT INTO household_facts (household_id, fact, valid_from, size) VALUES (NEW.id, 'size', tracker_today(), NEW.size);
    ELSIF TG_ARGV[0] = 'head' AND NEW.head_name IS DISTINCT FROM latest.head_name THEN
        INSERT INTO household_facts (household_id, fact, valid_from, head_name) VALUES (NEW.id, 'head', tracker_today(), NEW.head_name);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER households_status_fact AFTER UPDATE OF status, lifted_year, monitoring_kind ON households
    FOR EACH ROW EXECUTE FUNCTION tracker_household_fact('status');
CREATE TRIGGER households_attribute_fact AFTER UPDATE OF attribute ON households
    FOR EACH ROW EXECUTE FUNCTION tracker_household_fact('attribute');
CREATE TRIGGER households_village_fact AFTER UPDATE OF village_id ON households
    FOR EACH ROW EXECUTE FUNCTION tracker_household_fact('village');
CREATE TRIGGER households_size_fact AFTER UPDATE OF size ON households
    FOR EACH ROW EXECUTE FUNCTION tracker_household_fact('size');
CREATE TRIGGER households_head_fact AFTER UPDATE OF head_name ON households
    FOR EACH ROW EXECUTE FUNCTION tracker_household_fact('head');


-- Audit trail: the new table, and the changed tables' triggers recreated
-- with their new columns.

DROP TRIGGER households_audit_insert ON households;
DROP TRIGGER households_audit_update ON households;
DROP TRIGGER households_audit_delete ON households;

CREATE TRIGGER households_audit_insert AFTER INSERT ON households
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('id', 'id', 'code', 'head_name', 'head_id_number', 'phone', 'village_id', 'attribute', 'status', 'lifted_year', 'monitoring_kind', 'size', 'source_id', 'registered_on', 'closed_on', 'close_reason');

CREATE TRIGGER households_audit_update AFTER UPDATE ON households
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('id', 'id', 'code', 'head_name', 'head_id_number', 'phone', 'village_id', 'attribute', 'status', 'lifted_year', 'monitoring_kind', 'size', 'source_id', 'registered_on', 'closed_on', 'close_reason');

CREATE TRIGGER households_audit_delete AFTER DELETE ON households
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('id', 'id', 'code', 'head_name', 'head_id_number', 'phone', 'village_id', 'attribute', 'status', 'lifted_year', 'monitoring_kind', 'size', 'source_id', 'registered_on', 'closed_on', 'close_reason');

DROP TRIGGER members_audit_insert ON members;
DROP TRIGGER members_audit_update ON members;
DROP TRIGGER members_audit_delete ON members;

CREATE TRIGGER members_audit_insert AFTER INSERT ON members
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('household_id', 'id', 'household_id', 'name', 'relation', 'sex', 'birth_date', 'id_number', 'health', 'schooling', 'grade', 'labour', 'medical_insurance', 'pension_insurance', 'joined_on', 'left_on', 'left_reason');

CREATE TRIGGER members_audit_update AFTER UPDATE ON members
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('household_id', 'id', 'household_id', 'name', 'relation', 'sex', 'birth_date', 'id_number', 'health', 'schooling', 'grade', 'labour', 'medical_insurance', 'pension_insurance', 'joined_on', 'left_on', 'left_reason');

CREATE TRIGGER members_audit_delete AFTER DELETE ON members
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('household_id', 'id', 'household_id', 'name', 'relation', 'sex', 'birth_date', 'id_number', 'health', 'schooling', 'grade', 'labour', 'medical_insurance', 'pension_insurance', 'joined_on', 'left_on', 'left_reason');

DROP TRIGGER officials_audit_insert ON officials;
DROP TRIGGER officials_audit_update ON officials;
DROP TRIGGER officials_audit_delete ON officials;

CREATE TRIGGER officials_audit_insert AFTER INSERT ON officials
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('', 'id', 'name', 'unit', 'title', 'phone', 'source_id', 'left_on');

CREATE TRIGGER officials_audit_update AFTER UPDATE ON officials
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('', 'id', 'name', 'unit', 'title', 'phone', 'source_id', 'left_on');

CREATE TRIGGER officials_audit_delete AFTER DELETE ON officials
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('', 'id', 'name', 'unit', 'title', 'phone', 'source_id', 'left_on');

DROP TRIGGER visits_audit_insert ON visits;
DROP TRIGGER visits_audit_update ON visits;
DROP TRIGGER visits_audit_delete ON visits;

CREATE TRIGGER visits_audit_insert AFTER INSERT ON visits
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('household_id', 'id', 'household_id', 'visit_date', 'kind', 'campaign', 'findings', 'plans', 'note', 'source_id', 'voided_on', 'void_reason');

CREATE TRIGGER visits_audit_update AFTER UPDATE ON visits
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('household_id', 'id', 'household_id', 'visit_date', 'kind', 'campaign', 'findings', 'plans', 'note', 'source_id', 'voided_on', 'void_reason');

CREATE TRIGGER visits_audit_delete AFTER DELETE ON visits
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('household_id', 'id', 'household_id', 'visit_date', 'kind', 'campaign', 'findings', 'plans', 'note', 'source_id', 'voided_on', 'void_reason');

DROP TRIGGER rectifications_audit_insert ON rectifications;
DROP TRIGGER rectifications_audit_update ON rectifications;
DROP TRIGGER rectifications_audit_delete ON rectifications;

CREATE TRIGGER rectifications_audit_insert AFTER INSERT ON rectifications
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('household_id', 'id', 'household_id', 'visit_id', 'item', 'description', 'owner_official_id', 'opened_on', 'due_date', 'status', 'closed_on', 'resolution', 'verified_on', 'verified_visit_id', 'voided_on', 'void_reason');

CREATE TRIGGER rectifications_audit_update AFTER UPDATE ON rectifications
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('household_id', 'id', 'household_id', 'visit_id', 'item', 'description', 'owner_official_id', 'opened_on', 'due_date', 'status', 'closed_on', 'resolution', 'verified_on', 'verified_visit_id', 'voided_on', 'void_reason');

CREATE TRIGGER rectifications_audit_delete AFTER DELETE ON rectifications
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('household_id', 'id', 'household_id', 'visit_id', 'item', 'description', 'owner_official_id', 'opened_on', 'due_date', 'status', 'closed_on', 'resolution', 'verified_on', 'verified_visit_id', 'voided_on', 'void_reason');

CREATE TRIGGER household_facts_audit_insert AFTER INSERT ON household_facts
    FOR EACH ROW WHEN (NEW.valid_from IS NOT NULL)
    EXECUTE FUNCTION tracker_audit_row('household_id', 'id', 'household_id', 'fact', 'valid_from', 'recorded_at', 'status', 'lifted_year', 'monitoring_kind', 'attribute', 'village_id', 'size', 'head_member_id', 'head_name');

CREATE TRIGGER household_facts_audit_update AFTER UPDATE ON household_facts
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('household_id', 'id', 'household_id', 'fact', 'valid_from', 'recorded_at', 'status', 'lifted_year', 'monitoring_kind', 'attribute', 'village_id', 'size', 'head_member_id', 'head_name');

CREATE TRIGGER household_facts_audit_delete AFTER DELETE ON household_facts
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('household_id', 'id', 'household_id', 'fact', 'valid_from', 'recorded_at', 'status', 'lifted_year', 'monitoring_kind', 'attribute', 'village_id', 'size', 'head_member_id', 'head_name');

