-- PostgreSQL dialect of Migrations/0012_household_facts_on_demand.sql: the same meaning.
-- Household facts on demand: a household gets its first dated fact of a
-- kind only when that kind first changes, instead of five facts the moment
-- it is added. Writing five facts per household more than doubled the cost
-- of adding households (a county roster of 25,000: 1.0 s -> 2.7 s).
--
-- A kind with no fact has held since the household's record began, as its
-- households column says. The first change of a kind first records the
-- value it had (valid since the start), then the new one, so a report for
-- an earlier month still reads what held then. The facts 0010 gave existing
-- households stay: they say the same.

DROP TRIGGER households_initial_facts ON households;
DROP TRIGGER households_status_fact ON households;
DROP TRIGGER households_attribute_fact ON households;
DROP TRIGGER households_village_fact ON households;
DROP TRIGGER households_size_fact ON households;
DROP TRIGGER households_head_fact ON households;
DROP FUNCTION tracker_households_initial_facts();

-- A change written straight to households (a roster import) without its
-- dated fact becomes a fact from the day it was written. The tool's own
-- edits write the facts first, so these find nothing to add.
CREATE OR REPLACE FUNCTION tracker_household_fact() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    latest household_facts%ROWTYPE;
    first boolean;
BEGIN
    SELECT * INTO latest FROM household_facts
    WHERE household_id = NEW.id AND fact = TG_ARGV[0]
    ORDER BY valid_from DESC NULLS LAST, id DESC LIMIT 1;
    first := NOT FOUND;
    IF TG_ARGV[0] = 'status'
       AND (NEW.status, NEW.lifted_year, NEW.monitoring_kind) IS DISTINCT FROM (latest.status, latest.lifted_year, latest.monitoring_kind) THEN
        IF first THEN
            INSERT INTO household_facts (household_id, fact, status, lifted_year, monitoring_kind)
                VALUES (OLD.id, 'status', OLD.status, OLD.lifted_year, OLD.monitoring_kind);
        END IF;
        INSERT INTO household_facts (household_id, fact, valid_from, status, lifted_year, monitoring_kind)
            VALUES (NEW.id, 'status', tracker_today(), NEW.status, NEW.lifted_year, NEW.monitoring_kind);
    ELSIF TG_ARGV[0] = 'attribute' AND NEW.attribute IS DISTINCT FROM latest.attribute THEN
        IF first THEN
            INSERT INTO household_facts (household_id, fact, attribute) VALUES (OLD.id, 'attribute', OLD.attribute);
        END IF;
        INSERT INTO household_facts (household_id, fact, valid_from, attribute) VALUES (NEW.id, 'attribute', tracker_today(), NEW.attribute);
    ELSIF TG_ARGV[0] = 'village' AND NEW.village_id IS DISTINCT FROM latest.village_id THEN
        IF first THEN
            INSERT INTO household_facts (household_id, fact, village_id) VALUES (OLD.id, 'village', OLD.village_id);
        END IF;
        INSERT INTO household_facts (household_id, fact, valid_from, village_id) VALUES (NEW.id, 'village', tracker_today(), NEW.village_id);
    ELSIF TG_ARGV[0] = 'size' AND NEW.size IS DISTINCT FROM latest.size THEN
        IF first THEN
            INSERT INTO household_facts (household_id, fact, size) VALUES (OLD.id, 'size', OLD.size);
        END IF;
        INSERT INTO household_facts (household_id, fact, valid_from, size) VALUES (NEW.id, 'size', tracker_today(), NEW.size);
    ELSIF TG_ARGV[0] = 'head' AND NEW.head_name IS DISTINCT FROM latest.head_name THEN
        IF first THEN
            INSERT INTO household_facts (household_id, fact, head_name) VALUES (OLD.id, 'head', OLD.head_name);
        END IF;
        INSERT INTO household_facts (household_id, fact, valid_from, head_name) VALUES (NEW.id, 'head', tracker_today(), NEW.head_name);
    END IF;
    RETURN NULL;
END $$;

-- PostgreSQL runs a table's triggers for one event in the order of their
-- names; SQLite runs the newest first. On SQLite these five, made after
-- households_audit_update, run before it, newest (head) first: the
-- numbered names give PostgreSQL the same order, so the same audit rows
-- come out in the same order.
CREATE TRIGGER households_0_head_fact AFTER UPDATE OF head_name ON households
    FOR EACH ROW WHEN (NEW.head_name IS DISTINCT FROM OLD.head_name)
    EXECUTE FUNCTION tracker_household_fact('head');
CREATE TRIGGER households_1_size_fact AFTER UPDATE OF size ON households
    FOR EACH ROW WHEN (NEW.size IS DISTINCT FROM OLD.size)
    EXECUTE FUNCTION tracker_household_fact('size');
CREATE TRIGGER households_2_village_fact AFTER UPDATE OF village_id ON households
    FOR EACH ROW WHEN (NEW.village_id IS DISTINCT FROM OLD.village_id)
    EXECUTE FUNCTION tracker_household_fact('village');
CREATE TRIGGER households_3_attribute_fact AFTER UPDATE OF attribute ON households
    FOR EACH ROW WHEN (NEW.attribute IS DISTINCT FROM OLD.attribute)
    EXECUTE FUNCTION tracker_household_fact('attribute');
CREATE TRIGGER households_4_status_fact AFTER UPDATE OF status, lifted_year, monitoring_kind ON households
    FOR EACH ROW WHEN ((NEW.status, NEW.lifted_year, NEW.monitoring_kind) IS DISTINCT FROM (OLD.status, OLD.lifted_year, OLD.monitoring_kind))
    EXECUTE FUNCTION tracker_household_fact('status');
