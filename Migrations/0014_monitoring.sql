-- tracker: rebuilds-tables
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
-- 社会帮扶 and 饮水安全保障. A CHECK cannot be altered in place, so
-- `measures` is rebuilt (SQLite's recipe; no table refers to it), keeping
-- every row and id. Its audit triggers go with the old table and are made again.
CREATE TABLE measures_rebuilt (
    id INTEGER PRIMARY KEY,
    household_id INTEGER NOT NULL REFERENCES households (id) ON DELETE CASCADE,
    year INTEGER NOT NULL CHECK (year BETWEEN 1978 AND 2100),
    kind TEXT NOT NULL CHECK (CASE kind WHEN 'industry' THEN 1 WHEN 'employment' THEN 1 WHEN 'education' THEN 1 WHEN 'health' THEN 1 WHEN 'housing' THEN 1 WHEN 'relocation' THEN 1 WHEN 'safety_net' THEN 1 WHEN 'finance' THEN 1 WHEN 'photovoltaic' THEN 1 WHEN 'ecology' THEN 1 WHEN 'public_job' THEN 1 WHEN 'social_assistance' THEN 1 WHEN 'drinking_water' THEN 1 ELSE kind IS NULL END),
    note TEXT NOT NULL CHECK (length(note) >= 1),
    amount_fen INTEGER CHECK (amount_fen IS NULL OR amount_fen >= 0),
    source_id INTEGER REFERENCES sources (id) ON DELETE RESTRICT
) STRICT;
INSERT INTO measures_rebuilt (id, household_id, year, kind, note, amount_fen, source_id)
    SELECT id, household_id, year, kind, note, amount_fen, source_id FROM measures ORDER BY id;
DROP TABLE measures;
ALTER TABLE measures_rebuilt RENAME TO measures;
CREATE INDEX measures_by_household ON measures (household_id, year);

CREATE TABLE monitoring_thresholds (
    id INTEGER PRIMARY KEY,
    year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    region TEXT NOT NULL CHECK (length(region) BETWEEN 1 AND 50),
    amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
    -- 1: a figure shipped as an example, to be replaced by the local one.
    example INTEGER NOT NULL DEFAULT 0 CHECK (CASE example WHEN 0 THEN 1 WHEN 1 THEN 1 ELSE example IS NULL END),
    note TEXT,
    UNIQUE (year, region)
) STRICT;

CREATE TABLE monthly_incomes (
    id INTEGER PRIMARY KEY,
    household_id INTEGER NOT NULL REFERENCES households (id) ON DELETE CASCADE,
    month TEXT NOT NULL CHECK (length(month) = 7 AND date(month || '-01') = month || '-01'),
    net_fen INTEGER NOT NULL,
    household_size INTEGER NOT NULL CHECK (household_size BETWEEN 1 AND 99),
    note TEXT,
    UNIQUE (household_id, month)
) STRICT;

CREATE TABLE monitoring_cases (
    id INTEGER PRIMARY KEY,
    household_id INTEGER NOT NULL REFERENCES households (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (CASE kind WHEN 'unstable' THEN 1 WHEN 'marginal' THEN 1 WHEN 'hardship' THEN 1 ELSE kind IS NULL END),
    source TEXT NOT NULL CHECK (CASE source WHEN 'household_application' THEN 1 WHEN 'cadre_screening' THEN 1 WHEN 'department_warning' THEN 1 ELSE source IS NULL END),
    clue_on TEXT NOT NULL CHECK (date(clue_on) = clue_on),
    rectification_id INTEGER REFERENCES rectifications (id) ON DELETE SET NULL,
    prior_status TEXT NOT NULL CHECK (CASE prior_status WHEN 'not_lifted' THEN 1 WHEN 'lifted' THEN 1 WHEN 'relapsed' THEN 1 WHEN 'monitored' THEN 1 ELSE prior_status IS NULL END),
    prior_lifted_year INTEGER CHECK (prior_lifted_year IS NULL OR prior_lifted_year BETWEEN 1978 AND 2100),
    note TEXT
) STRICT;
CREATE INDEX monitoring_cases_by_household ON monitoring_cases (household_id);

CREATE TABLE monitoring_risks (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES monitoring_cases (id) ON DELETE CASCADE,
    risk TEXT NOT NULL CHECK (CASE risk WHEN 'illness' THEN 1 WHEN 'schooling' THEN 1 WHEN 'disability' THEN 1 WHEN 'housing' THEN 1 WHEN 'drinking_water' THEN 1 WHEN 'lack_labour' THEN 1 WHEN 'unstable_work' THEN 1 WHEN 'natural_disaster' THEN 1 WHEN 'accident' THEN 1 WHEN 'failed_project' THEN 1 WHEN 'other' THEN 1 ELSE risk IS NULL END),
    noted_on TEXT NOT NULL CHECK (date(noted_on) = noted_on),
    UNIQUE (case_id, risk)
) STRICT;

CREATE TABLE monitoring_events (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES monitoring_cases (id) ON DELETE CASCADE,
    event TEXT NOT NULL CHECK (CASE event WHEN 'opened' THEN 1 WHEN 'confirmed' THEN 1 WHEN 'dismissed' THEN 1 WHEN 'removal_proposed' THEN 1 WHEN 'removed' THEN 1 WHEN 'removal_rejected' THEN 1 WHEN 'taken_back' THEN 1 WHEN 'reflagged' THEN 1 ELSE event IS NULL END),
    on_date TEXT NOT NULL CHECK (date(on_date) = on_date),
    method TEXT CHECK (CASE method WHEN 'assisted' THEN 1 WHEN 'natural' THEN 1 ELSE method IS NULL END),
    kind TEXT CHECK (CASE kind WHEN 'unstable' THEN 1 WHEN 'marginal' THEN 1 WHEN 'hardship' THEN 1 ELSE kind IS NULL END),
    reason TEXT,
    CHECK (event NOT IN ('removal_proposed', 'removed') OR method IS NOT NULL)
) STRICT;
CREATE INDEX monitoring_events_by_case ON monitoring_events (case_id, on_date);

CREATE TABLE monitoring_steps (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES monitoring_cases (id) ON DELETE CASCADE,
    -- The event that started the procedure: 'opened' or 'removal_proposed'.
    procedure_id INTEGER NOT NULL REFERENCES monitoring_events (id) ON DELETE CASCADE,
    step TEXT NOT NULL CHECK (CASE step WHEN 'home_check' THEN 1 WHEN 'data_comparison' THEN 1 WHEN 'village_review' THEN 1 WHEN 'village_notice' THEN 1 WHEN 'township_review' THEN 1 WHEN 'county_decision' THEN 1 WHEN 'entry' THEN 1 ELSE step IS NULL END),
    done_on TEXT NOT NULL CHECK (date(done_on) = done_on),
    done_by TEXT NOT NULL CHECK (length(done_by) BETWEEN 1 AND 100),
    outcome TEXT NOT NULL CHECK (CASE outcome WHEN 'passed' THEN 1 WHEN 'failed' THEN 1 ELSE outcome IS NULL END),
    consent INTEGER CHECK (CASE consent WHEN 0 THEN 1 WHEN 1 THEN 1 ELSE consent IS NULL END),
    votes_for INTEGER CHECK (votes_for IS NULL OR votes_for >= 0),
    votes_against INTEGER CHECK (votes_against IS NULL OR votes_against >= 0),
    notice_from TEXT CHECK (notice_from IS NULL OR date(notice_from) = notice_from),
    notice_to TEXT CHECK (notice_to IS NULL OR date(notice_to) = notice_to),
    late_reason TEXT,
    note TEXT,
    UNIQUE (procedure_id, step),
    CHECK (step <> 'village_notice' OR (notice_from IS NOT NULL AND notice_to IS NOT NULL AND notice_to >= notice_from))
) STRICT;
CREATE INDEX monitoring_steps_by_case ON monitoring_steps (case_id);

CREATE TABLE monitoring_measures (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES monitoring_cases (id) ON DELETE CASCADE,
    risk TEXT NOT NULL CHECK (CASE risk WHEN 'illness' THEN 1 WHEN 'schooling' THEN 1 WHEN 'disability' THEN 1 WHEN 'housing' THEN 1 WHEN 'drinking_water' THEN 1 WHEN 'lack_labour' THEN 1 WHEN 'unstable_work' THEN 1 WHEN 'natural_disaster' THEN 1 WHEN 'accident' THEN 1 WHEN 'failed_project' THEN 1 WHEN 'other' THEN 1 ELSE risk IS NULL END),
    measure_id INTEGER NOT NULL REFERENCES measures (id) ON DELETE CASCADE,
    UNIQUE (measure_id, risk)
) STRICT;
CREATE INDEX monitoring_measures_by_case ON monitoring_measures (case_id, risk);


-- Audit trail: every insert, update and delete, with the operator.

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

CREATE TRIGGER monitoring_thresholds_audit_insert AFTER INSERT ON monitoring_thresholds BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, new_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'insert', 'monitoring_thresholds', NEW.id, NULL,
        json_object('id', NEW.id, 'year', NEW.year, 'region', NEW.region, 'amount_fen', NEW.amount_fen, 'example', NEW.example, 'note', NEW.note));
END;

CREATE TRIGGER monitoring_thresholds_audit_update AFTER UPDATE ON monitoring_thresholds BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, old_values, new_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'update', 'monitoring_thresholds', NEW.id, NULL,
        json_object('id', OLD.id, 'year', OLD.year, 'region', OLD.region, 'amount_fen', OLD.amount_fen, 'example', OLD.example, 'note', OLD.note),
        json_object('id', NEW.id, 'year', NEW.year, 'region', NEW.region, 'amount_fen', NEW.amount_fen, 'example', NEW.example, 'note', NEW.note));
END;

CREATE TRIGGER monitoring_thresholds_audit_delete AFTER DELETE ON monitoring_thresholds BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, old_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'delete', 'monitoring_thresholds', OLD.id, NULL,
        json_object('id', OLD.id, 'year', OLD.year, 'region', OLD.region, 'amount_fen', OLD.amount_fen, 'example', OLD.example, 'note', OLD.note));
END;

CREATE TRIGGER monthly_incomes_audit_insert AFTER INSERT ON monthly_incomes BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, new_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'insert', 'monthly_incomes', NEW.id, NEW.household_id,
        json_object('id', NEW.id, 'household_id', NEW.household_id, 'month', NEW.month, 'net_fen', NEW.net_fen, 'household_size', NEW.household_size, 'note', NEW.note));
END;

CREATE TRIGGER monthly_incomes_audit_update AFTER UPDATE ON monthly_incomes BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, old_values, new_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'update', 'monthly_incomes', NEW.id, NEW.household_id,
        json_object('id', OLD.id, 'household_id', OLD.household_id, 'month', OLD.month, 'net_fen', OLD.net_fen, 'household_size', OLD.household_size, 'note', OLD.note),
        json_object('id', NEW.id, 'household_id', NEW.household_id, 'month', NEW.month, 'net_fen', NEW.net_fen, 'household_size', NEW.household_size, 'note', NEW.note));
END;

CREATE TRIGGER monthly_incomes_audit_delete AFTER DELETE ON monthly_incomes BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, old_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'delete', 'monthly_incomes', OLD.id, OLD.household_id,
        json_object('id', OLD.id, 'household_id', OLD.household_id, 'month', OLD.month, 'net_fen', OLD.net_fen, 'household_size', OLD.household_size, 'note', OLD.note));
END;

CREATE TRIGGER monitoring_cases_audit_insert AFTER INSERT ON monitoring_cases BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, new_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'insert', 'monitoring_cases', NEW.id, NEW.household_id,
        json_object('id', NEW.id, 'household_id', NEW.household_id, 'kind', NEW.kind, 'source', NEW.source, 'clue_on', NEW.clue_on, 'rectification_id', NEW.rectification_id, 'prior_status', NEW.prior_status, 'prior_lifted_year', NEW.prior_lifted_year, 'note', NEW.note));
END;

CREATE TRIGGER monitoring_cases_audit_update AFTER UPDATE ON monitoring_cases BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, old_values, new_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'update', 'monitoring_cases', NEW.id, NEW.household_id,
        json_object('id', OLD.id, 'household_id', OLD.household_id, 'kind', OLD.kind, 'source', OLD.source, 'clue_on', OLD.clue_on, 'rectification_id', OLD.rectification_id, 'prior_status', OLD.prior_status, 'prior_lifted_year', OLD.prior_lifted_year, 'note', OLD.note),
        json_object('id', NEW.id, 'household_id', NEW.household_id, 'kind', NEW.kind, 'source', NEW.source, 'clue_on', NEW.clue_on, 'rectification_id', NEW.rectification_id, 'prior_status', NEW.prior_status, 'prior_lifted_year', NEW.prior_lifted_year, 'note', NEW.note));
END;

CREATE TRIGGER monitoring_cases_audit_delete AFTER DELETE ON monitoring_cases BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, old_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'delete', 'monitoring_cases', OLD.id, OLD.household_id,
        json_object('id', OLD.id, 'household_id', OLD.household_id, 'kind', OLD.kind, 'source', OLD.source, 'clue_on', OLD.clue_on, 'rectification_id', OLD.rectification_id, 'prior_status', OLD.prior_status, 'prior_lifted_year', OLD.prior_lifted_year, 'note', OLD.note));
END;

CREATE TRIGGER monitoring_risks_audit_insert AFTER INSERT ON monitoring_risks BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, new_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'insert', 'monitoring_risks', NEW.id, (SELECT household_id FROM monitoring_cases WHERE id = NEW.case_id),
        json_object('id', NEW.id, 'case_id', NEW.case_id, 'risk', NEW.risk, 'noted_on', NEW.noted_on));
END;

CREATE TRIGGER monitoring_risks_audit_update AFTER UPDATE ON monitoring_risks BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, old_values, new_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'update', 'monitoring_risks', NEW.id, (SELECT household_id FROM monitoring_cases WHERE id = NEW.case_id),
        json_object('id', OLD.id, 'case_id', OLD.case_id, 'risk', OLD.risk, 'noted_on', OLD.noted_on),
        json_object('id', NEW.id, 'case_id', NEW.case_id, 'risk', NEW.risk, 'noted_on', NEW.noted_on));
END;

CREATE TRIGGER monitoring_risks_audit_delete AFTER DELETE ON monitoring_risks BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, old_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'delete', 'monitoring_risks', OLD.id, (SELECT household_id FROM monitoring_cases WHERE id = OLD.case_id),
        json_object('id', OLD.id, 'case_id', OLD.case_id, 'risk', OLD.risk, 'noted_on', OLD.noted_on));
END;

CREATE TRIGGER monitoring_events_audit_insert AFTER INSERT ON monitoring_events BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, new_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'insert', 'monitoring_events', NEW.id, (SELECT household_id FROM monitoring_cases WHERE id = NEW.case_id),
        json_object('id', NEW.id, 'case_id', NEW.case_id, 'event', NEW.event, 'on_date', NEW.on_date, 'method', NEW.method, 'kind', NEW.kind, 'reason', NEW.reason));
END;

CREATE TRIGGER monitoring_events_audit_update AFTER UPDATE ON monitoring_events BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, old_values, new_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'update', 'monitoring_events', NEW.id, (SELECT household_id FROM monitoring_cases WHERE id = NEW.case_id),
        json_object('id', OLD.id, 'case_id', OLD.case_id, 'event', OLD.event, 'on_date', OLD.on_date, 'method', OLD.method, 'kind', OLD.kind, 'reason', OLD.reason),
        json_object('id', NEW.id, 'case_id', NEW.case_id, 'event', NEW.event, 'on_date', NEW.on_date, 'method', NEW.method, 'kind', NEW.kind, 'reason', NEW.reason));
END;

CREATE TRIGGER monitoring_events_audit_delete AFTER DELETE ON monitoring_events BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, old_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'delete', 'monitoring_events', OLD.id, (SELECT household_id FROM monitoring_cases WHERE id = OLD.case_id),
        json_object('id', OLD.id, 'case_id', OLD.case_id, 'event', OLD.event, 'on_date', OLD.on_date, 'method', OLD.method, 'kind', OLD.kind, 'reason', OLD.reason));
END;

CREATE TRIGGER monitoring_steps_audit_insert AFTER INSERT ON monitoring_steps BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, new_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'insert', 'monitoring_steps', NEW.id, (SELECT household_id FROM monitoring_cases WHERE id = NEW.case_id),
        json_object('id', NEW.id, 'case_id', NEW.case_id, 'procedure_id', NEW.procedure_id, 'step', NEW.step, 'done_on', NEW.done_on, 'done_by', NEW.done_by, 'outcome', NEW.outcome, 'consent', NEW.consent, 'votes_for', NEW.votes_for, 'votes_against', NEW.votes_against, 'notice_from', NEW.notice_from, 'notice_to', NEW.notice_to, 'late_reason', NEW.late_reason, 'note', NEW.note));
END;

CREATE TRIGGER monitoring_steps_audit_update AFTER UPDATE ON monitoring_steps BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, old_values, new_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'update', 'monitoring_steps', NEW.id, (SELECT household_id FROM monitoring_cases WHERE id = NEW.case_id),
        json_object('id', OLD.id, 'case_id', OLD.case_id, 'procedure_id', OLD.procedure_id, 'step', OLD.step, 'done_on', OLD.done_on, 'done_by', OLD.done_by, 'outcome', OLD.outcome, 'consent', OLD.consent, 'votes_for', OLD.votes_for, 'votes_against', OLD.votes_against, 'notice_from', OLD.notice_from, 'notice_to', OLD.notice_to, 'late_reason', OLD.late_reason, 'note', OLD.note),
        json_object('id', NEW.id, 'case_id', NEW.case_id, 'procedure_id', NEW.procedure_id, 'step', NEW.step, 'done_on', NEW.done_on, 'done_by', NEW.done_by, 'outcome', NEW.outcome, 'consent', NEW.consent, 'votes_for', NEW.votes_for, 'votes_against', NEW.votes_against, 'notice_from', NEW.notice_from, 'notice_to', NEW.notice_to, 'late_reason', NEW.late_reason, 'note', NEW.note));
END;

CREATE TRIGGER monitoring_steps_audit_delete AFTER DELETE ON monitoring_steps BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, old_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'delete', 'monitoring_steps', OLD.id, (SELECT household_id FROM monitoring_cases WHERE id = OLD.case_id),
        json_object('id', OLD.id, 'case_id', OLD.case_id, 'procedure_id', OLD.procedure_id, 'step', OLD.step, 'done_on', OLD.done_on, 'done_by', OLD.done_by, 'outcome', OLD.outcome, 'consent', OLD.consent, 'votes_for', OLD.votes_for, 'votes_against', OLD.votes_against, 'notice_from', OLD.notice_from, 'notice_to', OLD.notice_to, 'late_reason', OLD.late_reason, 'note', OLD.note));
END;

CREATE TRIGGER monitoring_measures_audit_insert AFTER INSERT ON monitoring_measures BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, new_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'insert', 'monitoring_measures', NEW.id, (SELECT household_id FROM monitoring_cases WHERE id = NEW.case_id),
        json_object('id', NEW.id, 'case_id', NEW.case_id, 'risk', NEW.risk, 'measure_id', NEW.measure_id));
END;

CREATE TRIGGER monitoring_measures_audit_update AFTER UPDATE ON monitoring_measures BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, old_values, new_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'update', 'monitoring_measures', NEW.id, (SELECT household_id FROM monitoring_cases WHERE id = NEW.case_id),
        json_object('id', OLD.id, 'case_id', OLD.case_id, 'risk', OLD.risk, 'measure_id', OLD.measure_id),
        json_object('id', NEW.id, 'case_id', NEW.case_id, 'risk', NEW.risk, 'measure_id', NEW.measure_id));
END;

CREATE TRIGGER monitoring_measures_audit_delete AFTER DELETE ON monitoring_measures BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, old_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'delete', 'monitoring_measures', OLD.id, (SELECT household_id FROM monitoring_cases WHERE id = OLD.case_id),
        json_object('id', OLD.id, 'case_id', OLD.case_id, 'risk', OLD.risk, 'measure_id', OLD.measure_id));
END;


-- 监测范围 as the rules of 2021 and 2025 gave them, marked as examples: each
-- county sets its own (`tracker threshold set`). Written after the triggers,
-- so the audit trail vouches for them like any other row.
UPDATE audit_context SET operator = 'tracker upgrade' WHERE id = 1;
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
