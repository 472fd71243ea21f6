-- Each checklist result of a counted visit, filed under its household,
-- item and date, so that "where did this household stand on 住房 at the
-- end of that month" is one index seek (issue 19).
--
-- The monthly report asks that question six times per household. Answered
-- from visits and checklist_results, it walks the household's visits back
-- from month end until one recorded the item: a visit records two items on
-- average, so the walk reads many visits, and it grows with the history.
-- This table is that join laid out in the order the question needs.
--
-- It holds nothing of its own: triggers keep it equal to
--     SELECT v.household_id, c.item, v.visit_date, v.id, c.result
--     FROM checklist_results c JOIN visits v ON v.id = c.visit_id
--     WHERE v.voided_on IS NULL
-- whatever writes the results or the visits (commands, imports,
-- corrections, voids), and `tracker check` compares it with that join.
-- Being derived, it is not audited: the audit trail of checklist_results
-- and visits already records every change behind it.

CREATE TABLE checklist_history (
    household_id INTEGER NOT NULL,
    item TEXT NOT NULL,
    visit_date TEXT NOT NULL,
    visit_id INTEGER NOT NULL REFERENCES visits (id) ON DELETE CASCADE,
    result TEXT NOT NULL,
    PRIMARY KEY (household_id, item, visit_date, visit_id)
) STRICT, WITHOUT ROWID;

-- The triggers find a visit's rows by visit, and the foreign key's cascade
-- needs it too; with the result in it, `tracker check` reads the whole
-- table in visit order from this index alone.
CREATE INDEX checklist_history_by_visit ON checklist_history (visit_id, item, result);

INSERT INTO checklist_history (household_id, item, visit_date, visit_id, result)
SELECT v.household_id, c.item, v.visit_date, v.id, c.result
FROM checklist_results c JOIN visits v ON v.id = c.visit_id
WHERE v.voided_on IS NULL;

CREATE TRIGGER checklist_history_result_insert AFTER INSERT ON checklist_results BEGIN
    INSERT INTO checklist_history (household_id, item, visit_date, visit_id, result)
    SELECT v.household_id, NEW.item, v.visit_date, v.id, NEW.result
    FROM visits v WHERE v.id = NEW.visit_id AND v.voided_on IS NULL;
END;

CREATE TRIGGER checklist_history_result_update AFTER UPDATE ON checklist_results BEGIN
    DELETE FROM checklist_history WHERE visit_id = OLD.visit_id AND item = OLD.item;
    INSERT INTO checklist_history (household_id, item, visit_date, visit_id, result)
    SELECT v.household_id, NEW.item, v.visit_date, v.id, NEW.result
    FROM visits v WHERE v.id = NEW.visit_id AND v.voided_on IS NULL;
END;

CREATE TRIGGER checklist_history_result_delete AFTER DELETE ON checklist_results BEGIN
    DELETE FROM checklist_history WHERE visit_id = OLD.visit_id AND item = OLD.item;
END;

-- A visit moved to another household or date, voided or restored: its
-- results are filed again as the visit now stands.
CREATE TRIGGER checklist_history_visit_update AFTER UPDATE OF household_id, visit_date, voided_on ON visits BEGIN
    DELETE FROM checklist_history WHERE visit_id = OLD.id;
    INSERT INTO checklist_history (household_id, item, visit_date, visit_id, result)
    SELECT NEW.household_id, c.item, NEW.visit_date, NEW.id, c.result
    FROM checklist_results c WHERE c.visit_id = NEW.id AND NEW.voided_on IS NULL;
END;

-- The counted visits of a span of days, with their household, from the
-- index alone: the month's visits in the report, and the visits of the
-- counted periods in the list of households due for a visit, no longer
-- read each visit's row.
-- voided_on is always NULL in it; SQLite counts the index as covering
-- only when every column the query names is in it.
CREATE INDEX visits_counted_by_date ON visits (visit_date, household_id, voided_on) WHERE voided_on IS NULL;
