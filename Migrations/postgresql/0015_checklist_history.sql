-- PostgreSQL dialect of Migrations/0015_checklist_history.sql: the same meaning.
-- Each checklist result of a counted visit, filed under its household,
-- item and date, so that an item's standing at a month's end is one index
-- seek. Derived and not audited: triggers keep it equal to
--     SELECT v.household_id, c.item, v.visit_date, v.id, c.result
--     FROM checklist_results c JOIN visits v ON v.id = c.visit_id
--     WHERE v.voided_on IS NULL
-- and `tracker check` compares it with that join.

CREATE TABLE checklist_history (
    household_id bigint NOT NULL,
    item text NOT NULL,
    visit_date text NOT NULL,
    visit_id bigint NOT NULL REFERENCES visits (id) ON DELETE CASCADE,
    result text NOT NULL,
    PRIMARY KEY (household_id, item, visit_date, visit_id)
);

CREATE INDEX checklist_history_by_visit ON checklist_history (visit_id, item, result);

INSERT INTO checklist_history (household_id, item, visit_date, visit_id, result)
SELECT v.household_id, c.item, v.visit_date, v.id, c.result
FROM checklist_results c JOIN visits v ON v.id = c.visit_id
WHERE v.voided_on IS NULL;

-- A result written, changed or removed: its row is filed again as the result now stands.
CREATE FUNCTION tracker_checklist_history_result() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        DELETE FROM checklist_history WHERE visit_id = OLD.visit_id AND item = OLD.item;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO checklist_history (household_id, item, visit_date, visit_id, result)
        SELECT v.household_id, NEW.item, v.visit_date, v.id, NEW.result
        FROM visits v WHERE v.id = NEW.visit_id AND v.voided_on IS NULL;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER checklist_history_result AFTER INSERT OR UPDATE OR DELETE ON checklist_results
    FOR EACH ROW EXECUTE FUNCTION tracker_checklist_history_result();

-- A visit moved to another household or date, voided or restored.
CREATE FUNCTION tracker_checklist_history_visit() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM checklist_history WHERE visit_id = OLD.id;
    INSERT INTO checklist_history (household_id, item, visit_date, visit_id, result)
    SELECT NEW.household_id, c.item, NEW.visit_date, NEW.id, c.result
    FROM checklist_results c WHERE c.visit_id = NEW.id AND NEW.voided_on IS NULL;
    RETURN NULL;
END $$;

CREATE TRIGGER checklist_history_visit AFTER UPDATE OF household_id, visit_date, voided_on ON visits
    FOR EACH ROW EXECUTE FUNCTION tracker_checklist_history_visit();

CREATE INDEX visits_counted_by_date ON visits (visit_date, household_id, voided_on) WHERE voided_on IS NULL;
