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

DROP TRIGGER households_initial_facts;
DROP TRIGGER households_status_fact;
DROP TRIGGER households_attribute_fact;
DROP TRIGGER households_village_fact;
DROP TRIGGER households_size_fact;
DROP TRIGGER households_head_fact;

-- A change written straight to households (a roster import) without its
-- dated fact becomes a fact from the day it was written. The tool's own
-- edits write the facts first, so these find nothing to add.
CREATE TRIGGER households_status_fact AFTER UPDATE OF status, lifted_year, monitoring_kind ON households
WHEN (NEW.status, NEW.lifted_year, NEW.monitoring_kind) IS NOT (OLD.status, OLD.lifted_year, OLD.monitoring_kind)
 AND (NEW.status, NEW.lifted_year, NEW.monitoring_kind) IS NOT (SELECT status, lifted_year, monitoring_kind FROM household_facts
        WHERE household_id = NEW.id AND fact = 'status' ORDER BY valid_from DESC, id DESC LIMIT 1) BEGIN
    INSERT INTO household_facts (household_id, fact, status, lifted_year, monitoring_kind)
        SELECT OLD.id, 'status', OLD.status, OLD.lifted_year, OLD.monitoring_kind
        WHERE NOT EXISTS (SELECT 1 FROM household_facts WHERE household_id = OLD.id AND fact = 'status');
    INSERT INTO household_facts (household_id, fact, valid_from, status, lifted_year, monitoring_kind)
        VALUES (NEW.id, 'status', date('now', 'localtime'), NEW.status, NEW.lifted_year, NEW.monitoring_kind);
END;

CREATE TRIGGER households_attribute_fact AFTER UPDATE OF attribute ON households
WHEN NEW.attribute IS NOT OLD.attribute
 AND NEW.attribute IS NOT (SELECT attribute FROM household_facts
        WHERE household_id = NEW.id AND fact = 'attribute' ORDER BY valid_from DESC, id DESC LIMIT 1) BEGIN
    INSERT INTO household_facts (household_id, fact, attribute)
        SELECT OLD.id, 'attribute', OLD.attribute
        WHERE NOT EXISTS (SELECT 1 FROM household_facts WHERE household_id = OLD.id AND fact = 'attribute');
    INSERT INTO household_facts (household_id, fact, valid_from, attribute) VALUES (NEW.id, 'attribute', date('now', 'localtime'), NEW.attribute);
END;

CREATE TRIGGER households_village_fact AFTER UPDATE OF village_id ON households
WHEN NEW.village_id IS NOT OLD.village_id
 AND NEW.village_id IS NOT (SELECT village_id FROM household_facts
        WHERE household_id = NEW.id AND fact = 'village' ORDER BY valid_from DESC, id DESC LIMIT 1) BEGIN
    INSERT INTO household_facts (household_id, fact, village_id)
        SELECT OLD.id, 'village', OLD.village_id
        WHERE NOT EXISTS (SELECT 1 FROM household_facts WHERE household_id = OLD.id AND fact = 'village');
    INSERT INTO household_facts (household_id, fact, valid_from, village_id) VALUES (NEW.id, 'village', date('now', 'localtime'), NEW.village_id);
END;

CREATE TRIGGER households_size_fact AFTER UPDATE OF size ON households
WHEN NEW.size IS NOT OLD.size
 AND NEW.size IS NOT (SELECT size FROM household_facts
        WHERE household_id = NEW.id AND fact = 'size' ORDER BY valid_from DESC, id DESC LIMIT 1) BEGIN
    INSERT INTO household_facts (household_id, fact, size)
        SELECT OLD.id, 'size', OLD.size
        WHERE NOT EXISTS (SELECT 1 FROM household_facts WHERE household_id = OLD.id AND fact = 'size');
    INSERT INTO household_facts (household_id, fact, valid_from, size) VALUES (NEW.id, 'size', date('now', 'localtime'), NEW.size);
END;

CREATE TRIGGER households_head_fact AFTER UPDATE OF head_name ON households
WHEN NEW.head_name IS NOT OLD.head_name
 AND NEW.head_name IS NOT (SELECT head_name FROM household_facts
        WHERE household_id = NEW.id AND fact = 'head' ORDER BY valid_from DESC, id DESC LIMIT 1) BEGIN
    INSERT INTO household_facts (household_id, fact, head_name)
        SELECT OLD.id, 'head', OLD.head_name
        WHERE NOT EXISTS (SELECT 1 FROM household_facts WHERE household_id = OLD.id AND fact = 'head');
    INSERT INTO household_facts (household_id, fact, valid_from, head_name) VALUES (NEW.id, 'head', date('now', 'localtime'), NEW.head_name);
END;
