-- PostgreSQL dialect of Migrations/0014_monitoring.sql: the same meaning.
-- 防止返贫动态监测 (issue 14): monitoring cases from the first clue to the
-- removal of the risk, with the rules and deadlines counties work by.
--
-- monitoring_cases: one household's case, with its kind (脱贫不稳定户,
-- 边缘易致贫户, 突发严重困难户), how it started, the clue's date, the
-- rectification item that gave the clue (a visit's failing check), and the
-- status the household had before it, to return to when the risk is removed.
-- monitoring_risks: up to five risks per case.
-- monitoring_events: what happened to the case, on which day. A case's
-- state on a day is the one its latest event on or before that day left
-- (opened → identifying, confirmed → monitored, removal_proposed → removing,
-- removed → removed, …), so a report for a past month reads the state then.
-- monitoring_steps: the seven steps of an identification (started by the
-- 'opened' event) or a removal (started by 'removal_proposed'), in order,
-- each with its date, who did it and the outcome; 评议 has its votes and
-- 公示 its window.
-- monitoring_measures: which measure (a row of `measures`) answers which
-- risk of a case.
-- monthly_incomes: a monitored household's net income month by month, for
-- "income above the range and stable for six months".
-- monitoring_thresholds: 监测范围, the per-capita income threshold of a year
-- and region (a province or county, or 'national'): data, set locally.
--
-- The household's status and monitoring kind follow the case as dated facts
-- (household_facts), written by the tool with each event.

-- Two new kinds of measure answer risks the old list had nothing for:
-- 社会帮扶 and 饮水安全保障. PostgreSQL replaces the named CHECK in place
-- (SQLite rebuilds the table), so rows, ids and audit triggers stay.
ALTER TABLE measures DROP CONSTRAINT measures_kind_check;
ALTER TABLE measures ADD CONSTRAINT measures_kind_check CHECK (kind IN ('industry', 'employment', 'education', 'health', 'housing', 'relocation', 'safety_net', 'finance', 'photovoltaic', 'ecology', 'public_job', 'social_assistance', 'drinking_water'));

CREATE TABLE monitoring_thresholds (
    id bigserial PRIMARY KEY,
    year bigint NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    region text NOT NULL CHECK (length(region) BETWEEN 1 AND 50),
    amount_fen bigint NOT NULL CHECK (amount_fen > 0),
    -- 1: a figure shipped as an example, to be replaced by the local one.
    example bigint NOT NULL DEFAULT 0 CHECK (example IN (0, 1)),
    note text,
    UNIQUE (year, region)
);

CREATE TABLE monthly_incomes (
    id bigserial PRIMARY KEY,
    household_id bigint NOT NULL REFERENCES households (id) ON DELETE CASCADE,
    month text NOT NULL CHECK (length(month) = 7 AND tracker_is_date(month || '-01')),
    net_fen bigint NOT NULL,
    household_size bigint NOT NULL CHECK (household_size BETWEEN 1 AND 99),
    note text,
    UNIQUE (household_id, month)
);

CREATE TABLE monitoring_cases (
    id bigserial PRIMARY KEY,
    household_id bigint NOT NULL REFERENCES households (id) ON DELETE CASCADE,
    kind text NOT NULL CHECK (kind IN ('unstable', 'marginal', 'hardship')),
    source text NOT NULL CHECK (source IN ('household_application', 'cadre_screening', 'department_warning')),
    clue_on text NOT NULL CHECK (tracker_is_date(clue_on)),
    rectification_id bigint REFERENCES rectifications (id) ON DELETE SET NULL,
    prior_status text NOT NULL CHECK (prior_status IN ('not_lifted', 'lifted', 'relapsed', 'monitored')),
    prior_lifted_year bigint CHECK (prior_lifted_year IS NULL OR prior_lifted_year BETWEEN 1978 AND 2100),
    note text
);
CREATE INDEX monitoring_cases_by_household ON monitoring_cases (household_id);

CREATE TABLE monitoring_risks (
    id bigserial PRIMARY KEY,
    case_id bigint NOT NULL REFERENCES monitoring_cases (id) ON DELETE CASCADE,
    risk text NOT NULL CHECK (risk IN ('illness', 'schooling', 'disability', 'housing', 'drinking_water', 'lack_labour', 'unstable_work', 'natural_disaster', 'accident', 'failed_project', 'other')),
    noted_on text NOT NULL CHECK (tracker_is_date(noted_on)),
    UNIQUE (case_id, risk)
);

CREATE TABLE monitoring_events (
    id bigserial PRIMARY KEY,
    case_id bigint NOT NULL REFERENCES monitoring_cases (id) ON DELETE CASCADE,
    event text NOT NULL CHECK (event IN ('opened', 'confirmed', 'dismissed', 'removal_proposed', 'removed', 'removal_rejected', 'taken_back', 'reflagged')),
    on_date text NOT NULL CHECK (tracker_is_date(on_date)),
    method text CHECK (method IN ('assisted', 'natural')),
    kind text CHECK (kind IN ('unstable', 'marginal', 'hardship')),
    reason text,
    CHECK (event NOT IN ('removal_proposed', 'removed') OR method IS NOT NULL)
);
CREATE INDEX monitoring_events_by_case ON monitoring_events (case_id, on_date);

CREATE TABLE monitoring_steps (
    id bigserial PRIMARY KEY,
    case_id bigint NOT NULL REFERENCES monitoring_cases (id) ON DELETE CASCADE,
    -- The event that started the procedure: 'opened' or 'removal_proposed'.
    procedure_id bigint NOT NULL REFERENCES monitoring_events (id) ON DELETE CASCADE,
    step text NOT NULL CHECK (step IN ('home_check', 'data_comparison', 'village_review', 'village_notice', 'township_review', 'county_decision', 'entry')),
    done_on text NOT NULL CHECK (tracker_is_date(done_on)),
    done_by text NOT NULL CHECK (length(done_by) BETWEEN 1 AND 100),
    outcome text NOT NULL CHECK (outcome IN ('passed', 'failed')),
    consent bigint CHECK (consent IN (0, 1)),
    votes_for bigint CHECK (votes_for IS NULL OR votes_for >= 0),
    votes_against bigint CHECK (votes_against IS NULL OR votes_against >= 0),
    notice_from text CHECK (notice_from IS NULL OR tracker_is_date(notice_from)),
    notice_to text CHECK (notice_to IS NULL OR tracker_is_date(notice_to)),
    late_reason text,
    note text,
    UNIQUE (procedure_id, step),
    CHECK (step <> 'village_notice' OR (notice_from IS NOT NULL AND notice_to IS NOT NULL AND notice_to >= notice_from))
);
CREATE INDEX monitoring_steps_by_case ON monitoring_steps (case_id);

CREATE TABLE monitoring_measures (
    id bigserial PRIMARY KEY,
    case_id bigint NOT NULL REFERENCES monitoring_cases (id) ON DELETE CASCADE,
    risk text NOT NULL CHECK (risk IN ('illness', 'schooling', 'disability', 'housing', 'drinking_water', 'lack_labour', 'unstable_work', 'natural_disaster', 'accident', 'failed_project', 'other')),
    measure_id bigint NOT NULL REFERENCES measures (id) ON DELETE CASCADE,
    UNIQUE (measure_id, risk)
);
CREATE INDEX monitoring_measures_by_case ON monitoring_measures (case_id, risk);


-- Audit trail: every insert, update and delete, with the operator.

CREATE TRIGGER monitoring_thresholds_audit_insert AFTER INSERT ON monitoring_thresholds
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('', 'id', 'year', 'region', 'amount_fen', 'example', 'note');

CREATE TRIGGER monitoring_thresholds_audit_update AFTER UPDATE ON monitoring_thresholds
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('', 'id', 'year', 'region', 'amount_fen', 'example', 'note');

CREATE TRIGGER monitoring_thresholds_audit_delete AFTER DELETE ON monitoring_thresholds
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('', 'id', 'year', 'region', 'amount_fen', 'example', 'note');

CREATE TRIGGER monthly_incomes_audit_insert AFTER INSERT ON monthly_incomes
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('household_id', 'id', 'household_id', 'month', 'net_fen', 'household_size', 'note');

CREATE TRIGGER monthly_incomes_audit_update AFTER UPDATE ON monthly_incomes
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('household_id', 'id', 'household_id', 'month', 'net_fen', 'household_size', 'note');

CREATE TRIGGER monthly_incomes_audit_delete AFTER DELETE ON monthly_incomes
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('household_id', 'id', 'household_id', 'month', 'net_fen', 'household_size', 'note');

CREATE TRIGGER monitoring_cases_audit_insert AFTER INSERT ON monitoring_cases
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('household_id', 'id', 'household_id', 'kind', 'source', 'clue_on', 'rectification_id', 'prior_status', 'prior_lifted_year', 'note');

CREATE TRIGGER monitoring_cases_audit_update AFTER UPDATE ON monitoring_cases
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('household_id', 'id', 'household_id', 'kind', 'source', 'clue_on', 'rectification_id', 'prior_status', 'prior_lifted_year', 'note');

CREATE TRIGGER monitoring_cases_audit_delete AFTER DELETE ON monitoring_cases
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('household_id', 'id', 'household_id', 'kind', 'source', 'clue_on', 'rectification_id', 'prior_status', 'prior_lifted_year', 'note');

CREATE TRIGGER monitoring_risks_audit_insert AFTER INSERT ON monitoring_risks
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('monitoring_cases.case_id', 'id', 'case_id', 'risk', 'noted_on');

CREATE TRIGGER monitoring_risks_audit_update AFTER UPDATE ON monitoring_risks
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('monitoring_cases.case_id', 'id', 'case_id', 'risk', 'noted_on');

CREATE TRIGGER monitoring_risks_audit_delete AFTER DELETE ON monitoring_risks
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('monitoring_cases.case_id', 'id', 'case_id', 'risk', 'noted_on');

CREATE TRIGGER monitoring_events_audit_insert AFTER INSERT ON monitoring_events
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('monitoring_cases.case_id', 'id', 'case_id', 'event', 'on_date', 'method', 'kind', 'reason');

CREATE TRIGGER monitoring_events_audit_update AFTER UPDATE ON monitoring_events
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('monitoring_cases.case_id', 'id', 'case_id', 'event', 'on_date', 'method', 'kind', 'reason');

CREATE TRIGGER monitoring_events_audit_delete AFTER DELETE ON monitoring_events
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('monitoring_cases.case_id', 'id', 'case_id', 'event', 'on_date', 'method', 'kind', 'reason');

CREATE TRIGGER monitoring_steps_audit_insert AFTER INSERT ON monitoring_steps
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('monitoring_cases.case_id', 'id', 'case_id', 'procedure_id', 'step', 'done_on', 'done_by', 'outcome', 'consent', 'votes_for', 'votes_against', 'notice_from', 'notice_to', 'late_reason', 'note');

CREATE TRIGGER monitoring_steps_audit_update AFTER UPDATE ON monitoring_steps
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('monitoring_cases.case_id', 'id', 'case_id', 'procedure_id', 'step', 'done_on', 'done_by', 'outcome', 'consent', 'votes_for', 'votes_against', 'notice_from', 'notice_to', 'late_reason', 'note');

CREATE TRIGGER monitoring_steps_audit_delete AFTER DELETE ON monitoring_steps
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('monitoring_cases.case_id', 'id', 'case_id', 'procedure_id', 'step', 'done_on', 'done_by', 'outcome', 'consent', 'votes_for', 'votes_against', 'notice_from', 'notice_to', 'late_reason', 'note');

CREATE TRIGGER monitoring_measures_audit_insert AFTER INSERT ON monitoring_measures
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('monitoring_cases.case_id', 'id', 'case_id', 'risk', 'measure_id');

CREATE TRIGGER monitoring_measures_audit_update AFTER UPDATE ON monitoring_measures
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('monitoring_cases.case_id', 'id', 'case_id', 'risk', 'measure_id');

CREATE TRIGGER monitoring_measures_audit_delete AFTER DELETE ON monitoring_measures
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('monitoring_cases.case_id', 'id', 'case_id', 'risk', 'measure_id');


-- 监测范围 as the rules of 2021 and 2025 gave them, marked as examples: each
-- county sets its own (`tracker threshold set`). Written after the triggers,
-- so the audit trail vouches for them like any other row.
SELECT set_config('tracker.operator', 'tracker upgrade', true);
INSERT INTO monitoring_thresholds (year, region, amount_fen, example, note) VALUES
    (2021, 'national', 600000, 1, 'about 1.5 × the 2020 line of about 4,000'),
    (2025, '云南省', 870000, 1, 'Yunnan 2025'),
    (2025, '兰州新区', 860000, 1, 'Lanzhou New Area 2025');
INSERT INTO audit_commands (operator, command, first_entry, last_entry)
SELECT 'tracker upgrade', 'upgrade 0014: the example monitoring thresholds entered', min(id), max(id)
FROM audit_log
WHERE operator = 'tracker upgrade' AND table_name = 'monitoring_thresholds'
  AND id > coalesce((SELECT max(last_entry) FROM audit_commands), 0)
HAVING count(*) > 0;
