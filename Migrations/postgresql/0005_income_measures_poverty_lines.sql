-- PostgreSQL dialect of Migrations/0005_income_measures_poverty_lines.sql: the same meaning.
-- Money: yearly household income, assistance measures, and poverty lines by
-- year (data, not constants). Amounts are whole fen (0.01 yuan) so sums are exact.

CREATE TABLE incomes (
    id bigserial PRIMARY KEY,
    household_id bigint NOT NULL REFERENCES households (id) ON DELETE CASCADE,
    year bigint NOT NULL CHECK (year BETWEEN 1978 AND 2100),
    wage_fen bigint NOT NULL DEFAULT 0,
    business_fen bigint NOT NULL DEFAULT 0,
    property_fen bigint NOT NULL DEFAULT 0,
    transfer_fen bigint NOT NULL DEFAULT 0,
    household_size bigint NOT NULL CHECK (household_size BETWEEN 1 AND 99),
    UNIQUE (household_id, year)
);

CREATE TABLE measures (
    id bigserial PRIMARY KEY,
    household_id bigint NOT NULL REFERENCES households (id) ON DELETE CASCADE,
    year bigint NOT NULL CHECK (year BETWEEN 1978 AND 2100),
    -- Named, so that 0014 can replace it (SQLite rebuilds the table there).
    kind text NOT NULL CONSTRAINT measures_kind_check CHECK (kind IN ('industry', 'employment', 'education', 'health', 'housing', 'relocation', 'safety_net', 'finance', 'photovoltaic', 'ecology', 'public_job')),
    note text NOT NULL CHECK (length(note) >= 1),
    amount_fen bigint CHECK (amount_fen IS NULL OR amount_fen >= 0),
    source_id bigint REFERENCES sources (id) ON DELETE RESTRICT
);
CREATE INDEX measures_by_household ON measures (household_id, year);

-- Per-person yearly line. region 'national' or a province's name.
CREATE TABLE poverty_lines (
    id bigserial PRIMARY KEY,
    year bigint NOT NULL CHECK (year BETWEEN 1978 AND 2100),
    region text NOT NULL DEFAULT 'national',
    amount_fen bigint NOT NULL CHECK (amount_fen > 0),
    approximate bigint NOT NULL DEFAULT 0 CHECK (approximate IN (0, 1)),
    note text,
    UNIQUE (year, region)
);

-- The national line (2,300 yuan a person a year at 2010 prices) and its
-- approximate current-price values; from 2021 provinces set a monitoring
-- line with 6,000 yuan as the floor. Edit with `tracker line set`.
INSERT INTO poverty_lines (year, region, amount_fen, approximate, note) VALUES
    (2010, 'national', 230000, 0, '2010 prices'),
    (2019, 'national', 321800, 1, 'current prices, approximate'),
    (2020, 'national', 400000, 1, 'current prices, approximate'),
    (2021, 'national', 600000, 0, 'monitoring line floor; provinces set their own');


-- Audit trail: every insert, update and delete, with the operator.

CREATE TRIGGER incomes_audit_insert AFTER INSERT ON incomes
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('household_id', 'id', 'household_id', 'year', 'wage_fen', 'business_fen', 'property_fen', 'transfer_fen', 'household_size');

CREATE TRIGGER incomes_audit_update AFTER UPDATE ON incomes
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('household_id', 'id', 'household_id', 'year', 'wage_fen', 'business_fen', 'property_fen', 'transfer_fen', 'household_size');

CREATE TRIGGER incomes_audit_delete AFTER DELETE ON incomes
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('household_id', 'id', 'household_id', 'year', 'wage_fen', 'business_fen', 'property_fen', 'transfer_fen', 'household_size');

CREATE TRIGGER measures_audit_insert AFTER INSERT ON measures
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('household_id', 'id', 'household_id', 'year', 'kind', 'note', 'amount_fen', 'source_id');

CREATE TRIGGER measures_audit_update AFTER UPDATE ON measures
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('household_id', 'id', 'household_id', 'year', 'kind', 'note', 'amount_fen', 'source_id');

CREATE TRIGGER measures_audit_delete AFTER DELETE ON measures
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('household_id', 'id', 'household_id', 'year', 'kind', 'note', 'amount_fen', 'source_id');

CREATE TRIGGER poverty_lines_audit_insert AFTER INSERT ON poverty_lines
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('', 'id', 'year', 'region', 'amount_fen', 'approximate', 'note');

CREATE TRIGGER poverty_lines_audit_update AFTER UPDATE ON poverty_lines
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('', 'id', 'year', 'region', 'amount_fen', 'approximate', 'note');

CREATE TRIGGER poverty_lines_audit_delete AFTER DELETE ON poverty_lines
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('', 'id', 'year', 'region', 'amount_fen', 'approximate', 'note');
