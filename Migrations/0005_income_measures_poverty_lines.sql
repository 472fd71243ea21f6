-- Money: yearly household income, assistance measures, and poverty lines by
-- year (data, not constants). Amounts are whole fen (0.01 yuan) so sums are exact.

CREATE TABLE incomes (
    id INTEGER PRIMARY KEY,
    household_id INTEGER NOT NULL REFERENCES households (id) ON DELETE CASCADE,
    year INTEGER NOT NULL CHECK (year BETWEEN 1978 AND 2100),
    wage_fen INTEGER NOT NULL DEFAULT 0,
    business_fen INTEGER NOT NULL DEFAULT 0,
    property_fen INTEGER NOT NULL DEFAULT 0,
    transfer_fen INTEGER NOT NULL DEFAULT 0,
    household_size INTEGER NOT NULL CHECK (household_size BETWEEN 1 AND 99),
    UNIQUE (household_id, year)
) STRICT;

CREATE TABLE measures (
    id INTEGER PRIMARY KEY,
    household_id INTEGER NOT NULL REFERENCES households (id) ON DELETE CASCADE,
    year INTEGER NOT NULL CHECK (year BETWEEN 1978 AND 2100),
    kind TEXT NOT NULL CHECK (CASE kind WHEN 'industry' THEN 1 WHEN 'employment' THEN 1 WHEN 'education' THEN 1 WHEN 'health' THEN 1 WHEN 'housing' THEN 1 WHEN 'relocation' THEN 1 WHEN 'safety_net' THEN 1 WHEN 'finance' THEN 1 WHEN 'photovoltaic' THEN 1 WHEN 'ecology' THEN 1 WHEN 'public_job' THEN 1 ELSE kind IS NULL END),
    note TEXT NOT NULL CHECK (length(note) >= 1),
    amount_fen INTEGER CHECK (amount_fen IS NULL OR amount_fen >= 0),
    source_id INTEGER REFERENCES sources (id) ON DELETE RESTRICT
) STRICT;
CREATE INDEX measures_by_household ON measures (household_id, year);

-- Per-person yearly line. region 'national' or a province's name.
CREATE TABLE poverty_lines (
    id INTEGER PRIMARY KEY,
    year INTEGER NOT NULL CHECK (year BETWEEN 1978 AND 2100),
    region TEXT NOT NULL DEFAULT 'national',
    amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
    approximate INTEGER NOT NULL DEFAULT 0 CHECK (CASE approximate WHEN 0 THEN 1 WHEN 1 THEN 1 ELSE approximate IS NULL END),
    note TEXT,
    UNIQUE (year, region)
) STRICT;

-- The national line (2,300 yuan a person a year at 2010 prices) and its
-- approximate current-price values; from 2021 provinces set a monitoring
-- line with 6,000 yuan as the floor. Edit with `tracker line set`.
INSERT INTO poverty_lines (year, region, amount_fen, approximate, note) VALUES
    (2010, 'national', 230000, 0, '2010 prices'),
    (2019, 'national', 321800, 1, 'current prices, approximate'),
    (2020, 'national', 400000, 1, 'current prices, approximate'),
    (2021, 'national', 600000, 0, 'monitoring line floor; provinces set their own');


-- Audit trail: every insert, update and delete, with the operator.

CREATE TRIGGER incomes_audit_insert AFTER INSERT ON incomes BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, new_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'insert', 'incomes', NEW.id, NEW.household_id,
        json_object('id', NEW.id, 'household_id', NEW.household_id, 'year', NEW.year, 'wage_fen', NEW.wage_fen, 'business_fen', NEW.business_fen, 'property_fen', NEW.property_fen, 'transfer_fen', NEW.transfer_fen, 'household_size', NEW.household_size));
END;

CREATE TRIGGER incomes_audit_update AFTER UPDATE ON incomes BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, old_values, new_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'update', 'incomes', NEW.id, NEW.household_id,
        json_object('id', OLD.id, 'household_id', OLD.household_id, 'year', OLD.year, 'wage_fen', OLD.wage_fen, 'business_fen', OLD.business_fen, 'property_fen', OLD.property_fen, 'transfer_fen', OLD.transfer_fen, 'household_size', OLD.household_size),
        json_object('id', NEW.id, 'household_id', NEW.household_id, 'year', NEW.year, 'wage_fen', NEW.wage_fen, 'business_fen', NEW.business_fen, 'property_fen', NEW.property_fen, 'transfer_fen', NEW.transfer_fen, 'household_size', NEW.household_size));
END;

CREATE TRIGGER incomes_audit_delete AFTER DELETE ON incomes BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, old_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'delete', 'incomes', OLD.id, OLD.household_id,
        json_object('id', OLD.id, 'household_id', OLD.household_id, 'year', OLD.year, 'wage_fen', OLD.wage_fen, 'business_fen', OLD.business_fen, 'property_fen', OLD.property_fen, 'transfer_fen', OLD.transfer_fen, 'household_size', OLD.household_size));
END;

CREATE TRIGGER measures_audit_insert AFTER INSERT ON measures BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, new_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'insert', 'measures', NEW.id, NEW.household_id,
        json_object('id', NEW.id, 'household_id', NEW.household_id, 'year', NEW.year, 'kind', NEW.kind, 'note', NEW.note, 'amount_fen', NEW.amount_fen, 'source_id', NEW.source_id));
END;

CREATE TRIGGER measures_audit_update AFTER UPDATE ON measures BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, old_values, new_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'update', 'measures', NEW.id, NEW.household_id,
        json_object('id', OLD.id, 'household_id', OLD.household_id, 'year', OLD.year, 'kind', OLD.kind, 'note', OLD.note, 'amount_fen', OLD.amount_fen, 'source_id', OLD.source_id),
        json_object('id', NEW.id, 'household_id', NEW.household_id, 'year', NEW.year, 'kind', NEW.kind, 'note', NEW.note, 'amount_fen', NEW.amount_fen, 'source_id', NEW.source_id));
END;

CREATE TRIGGER measures_audit_delete AFTER DELETE ON measures BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, old_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'delete', 'measures', OLD.id, OLD.household_id,
        json_object('id', OLD.id, 'household_id', OLD.household_id, 'year', OLD.year, 'kind', OLD.kind, 'note', OLD.note, 'amount_fen', OLD.amount_fen, 'source_id', OLD.source_id));
END;

CREATE TRIGGER poverty_lines_audit_insert AFTER INSERT ON poverty_lines BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, new_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'insert', 'poverty_lines', NEW.id, NULL,
        json_object('id', NEW.id, 'year', NEW.year, 'region', NEW.region, 'amount_fen', NEW.amount_fen, 'approximate', NEW.approximate, 'note', NEW.note));
END;

CREATE TRIGGER poverty_lines_audit_update AFTER UPDATE ON poverty_lines BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, old_values, new_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'update', 'poverty_lines', NEW.id, NULL,
        json_object('id', OLD.id, 'year', OLD.year, 'region', OLD.region, 'amount_fen', OLD.amount_fen, 'approximate', OLD.approximate, 'note', OLD.note),
        json_object('id', NEW.id, 'year', NEW.year, 'region', NEW.region, 'amount_fen', NEW.amount_fen, 'approximate', NEW.approximate, 'note', NEW.note));
END;

CREATE TRIGGER poverty_lines_audit_delete AFTER DELETE ON poverty_lines BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, old_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'delete', 'poverty_lines', OLD.id, NULL,
        json_object('id', OLD.id, 'year', OLD.year, 'region', OLD.region, 'amount_fen', OLD.amount_fen, 'approximate', OLD.approximate, 'note', OLD.note));
END;
