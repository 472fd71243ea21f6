-- Foundation of the domain: the audit trail, sources, settings, places,
-- households with their poverty causes, and household members.
-- Enumerations are stored as stable English keys; the tool shows them in
-- Chinese or English. Dates are 'YYYY-MM-DD' text, checked with date(x) = x,
-- which also refuses impossible days (SQLite normalises 2020-02-30 to 03-01).
-- Enumeration checks are written `CASE x WHEN 'a' THEN 1 … ELSE x IS NULL END`
-- rather than `x IN ('a', …)`: the same rule (NULL passes, anything else
-- fails), but SQLite 3.40 builds a temporary b-tree for an IN list on every
-- row it checks, which tripled the cost of inserting a roster's members.

-- Who is making the current change. The tool sets it at the start of every
-- write transaction; the audit triggers read it (a trigger may only refer to
-- tables of its own schema, so this cannot live in temp).
CREATE TABLE audit_context (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    operator TEXT NOT NULL
) STRICT;
INSERT INTO audit_context (id, operator) VALUES (1, 'unknown');

-- Every insert, update and delete on a domain table, plus reveals of
-- personal data. Values are JSON objects of the whole row.
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    operator TEXT NOT NULL,
    action TEXT NOT NULL CHECK (CASE action WHEN 'insert' THEN 1 WHEN 'update' THEN 1 WHEN 'delete' THEN 1 WHEN 'reveal' THEN 1 ELSE action IS NULL END),
    table_name TEXT NOT NULL,
    row_id INTEGER NOT NULL,
    household_id INTEGER,
    old_values TEXT CHECK (old_values IS NULL OR json_valid(old_values)),
    new_values TEXT CHECK (new_values IS NULL OR json_valid(new_values))
) STRICT;
CREATE INDEX audit_log_by_household ON audit_log (household_id, at);
CREATE INDEX audit_log_by_time ON audit_log (at);

-- Where seeded facts came from (an article, its date).
CREATE TABLE sources (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    published_on TEXT CHECK (published_on IS NULL OR date(published_on) = published_on),
    note TEXT
) STRICT;

-- Configuration that differs by place (visit interval and the like).
CREATE TABLE settings (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    value TEXT NOT NULL
) STRICT;

-- county → town (乡镇/街道) → village (村/社区). A town may be recorded
-- without its county; a village always belongs to a town.
CREATE TABLE places (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (CASE kind WHEN 'county' THEN 1 WHEN 'town' THEN 1 WHEN 'village' THEN 1 ELSE kind IS NULL END),
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    parent_id INTEGER REFERENCES places (id) ON DELETE RESTRICT,
    CHECK (kind <> 'county' OR parent_id IS NULL),
    CHECK (kind <> 'village' OR parent_id IS NOT NULL),
    UNIQUE (parent_id, kind, name)
) STRICT;
-- UNIQUE treats NULL parents as distinct, so roots need their own index.
CREATE UNIQUE INDEX places_root_name ON places (kind, name) WHERE parent_id IS NULL;
CREATE INDEX places_by_name ON places (name, kind);

-- A registered poor household (建档立卡贫困户).
CREATE TABLE households (
    id INTEGER PRIMARY KEY,
    code TEXT UNIQUE CHECK (code IS NULL OR length(code) BETWEEN 1 AND 64),
    head_name TEXT NOT NULL CHECK (length(head_name) BETWEEN 1 AND 100),
    head_id_number TEXT UNIQUE,
    phone TEXT,
    village_id INTEGER NOT NULL REFERENCES places (id) ON DELETE RESTRICT,
    attribute TEXT CHECK (CASE attribute WHEN 'general' THEN 1 WHEN 'dibao' THEN 1 WHEN 'tekun' THEN 1 ELSE attribute IS NULL END),
    status TEXT NOT NULL DEFAULT 'not_lifted'
        CHECK (CASE status WHEN 'not_lifted' THEN 1 WHEN 'lifted' THEN 1 WHEN 'relapsed' THEN 1 WHEN 'monitored' THEN 1 ELSE status IS NULL END),
    lifted_year INTEGER CHECK (lifted_year IS NULL OR lifted_year BETWEEN 1978 AND 2100),
    monitoring_kind TEXT CHECK (CASE monitoring_kind WHEN 'unstable' THEN 1 WHEN 'marginal' THEN 1 WHEN 'hardship' THEN 1 ELSE monitoring_kind IS NULL END),
    size INTEGER CHECK (size IS NULL OR size BETWEEN 1 AND 99),
    source_id INTEGER REFERENCES sources (id) ON DELETE RESTRICT,
    CHECK (monitoring_kind IS NULL OR status = 'monitored')
) STRICT;
CREATE INDEX households_by_head_name ON households (head_name, village_id);
CREATE INDEX households_by_village ON households (village_id);

-- 主要致贫原因: one main cause, others optional.
CREATE TABLE household_causes (
    id INTEGER PRIMARY KEY,
    household_id INTEGER NOT NULL REFERENCES households (id) ON DELETE CASCADE,
    cause TEXT NOT NULL CHECK (CASE cause WHEN 'illness' THEN 1 WHEN 'disability' THEN 1 WHEN 'schooling' THEN 1 WHEN 'disaster' THEN 1 WHEN 'lack_land' THEN 1 WHEN 'lack_water' THEN 1 WHEN 'lack_skills' THEN 1 WHEN 'lack_labour' THEN 1 WHEN 'lack_funds' THEN 1 WHEN 'poor_transport' THEN 1 WHEN 'low_motivation' THEN 1 ELSE cause IS NULL END),
    is_main INTEGER NOT NULL DEFAULT 0 CHECK (CASE is_main WHEN 0 THEN 1 WHEN 1 THEN 1 ELSE is_main IS NULL END),
    UNIQUE (household_id, cause)
) STRICT;
CREATE UNIQUE INDEX household_causes_one_main ON household_causes (household_id) WHERE is_main = 1;

-- A person of a household, the head included (relation 'head').
CREATE TABLE members (
    id INTEGER PRIMARY KEY,
    household_id INTEGER NOT NULL REFERENCES households (id) ON DELETE CASCADE,
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    relation TEXT NOT NULL CHECK (CASE relation WHEN 'head' THEN 1 WHEN 'spouse' THEN 1 WHEN 'child' THEN 1 WHEN 'parent' THEN 1 WHEN 'grandchild' THEN 1 WHEN 'other' THEN 1 ELSE relation IS NULL END),
    sex TEXT CHECK (CASE sex WHEN 'male' THEN 1 WHEN 'female' THEN 1 ELSE sex IS NULL END),
    birth_date TEXT CHECK (birth_date IS NULL OR date(birth_date) = birth_date),
    id_number TEXT UNIQUE,
    health TEXT CHECK (CASE health WHEN 'healthy' THEN 1 WHEN 'chronic' THEN 1 WHEN 'serious_illness' THEN 1 WHEN 'disabled' THEN 1 ELSE health IS NULL END),
    schooling TEXT CHECK (CASE schooling WHEN 'preschool' THEN 1 WHEN 'in_school' THEN 1 WHEN 'dropped_out' THEN 1 WHEN 'illiterate' THEN 1 WHEN 'primary' THEN 1 WHEN 'junior' THEN 1 WHEN 'senior' THEN 1 WHEN 'college' THEN 1 ELSE schooling IS NULL END),
    grade TEXT,
    labour TEXT CHECK (CASE labour WHEN 'ordinary' THEN 1 WHEN 'skilled' THEN 1 WHEN 'weak' THEN 1 WHEN 'lost' THEN 1 WHEN 'none' THEN 1 ELSE labour IS NULL END),
    medical_insurance INTEGER CHECK (CASE medical_insurance WHEN 0 THEN 1 WHEN 1 THEN 1 ELSE medical_insurance IS NULL END),
    pension_insurance INTEGER CHECK (CASE pension_insurance WHEN 0 THEN 1 WHEN 1 THEN 1 ELSE pension_insurance IS NULL END)
) STRICT;
CREATE INDEX members_by_household ON members (household_id);
CREATE UNIQUE INDEX members_one_head ON members (household_id) WHERE relation = 'head';


-- Audit trail: every insert, update and delete, with the operator.

CREATE TRIGGER sources_audit_insert AFTER INSERT ON sources BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, new_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'insert', 'sources', NEW.id, NULL,
        json_object('id', NEW.id, 'key', NEW.key, 'title', NEW.title, 'published_on', NEW.published_on, 'note', NEW.note));
END;

CREATE TRIGGER sources_audit_update AFTER UPDATE ON sources BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, old_values, new_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'update', 'sources', NEW.id, NULL,
        json_object('id', OLD.id, 'key', OLD.key, 'title', OLD.title, 'published_on', OLD.published_on, 'note', OLD.note),
        json_object('id', NEW.id, 'key', NEW.key, 'title', NEW.title, 'published_on', NEW.published_on, 'note', NEW.note));
END;

CREATE TRIGGER sources_audit_delete AFTER DELETE ON sources BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, old_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'delete', 'sources', OLD.id, NULL,
        json_object('id', OLD.id, 'key', OLD.key, 'title', OLD.title, 'published_on', OLD.published_on, 'note', OLD.note));
END;

CREATE TRIGGER settings_audit_insert AFTER INSERT ON settings BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, new_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'insert', 'settings', NEW.id, NULL,
        json_object('id', NEW.id, 'key', NEW.key, 'value', NEW.value));
END;

CREATE TRIGGER settings_audit_update AFTER UPDATE ON settings BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, old_values, new_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'update', 'settings', NEW.id, NULL,
        json_object('id', OLD.id, 'key', OLD.key, 'value', OLD.value),
        json_object('id', NEW.id, 'key', NEW.key, 'value', NEW.value));
END;

CREATE TRIGGER settings_audit_delete AFTER DELETE ON settings BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, old_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'delete', 'settings', OLD.id, NULL,
        json_object('id', OLD.id, 'key', OLD.key, 'value', OLD.value));
END;

CREATE TRIGGER places_audit_insert AFTER INSERT ON places BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, new_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'insert', 'places', NEW.id, NULL,
        json_object('id', NEW.id, 'kind', NEW.kind, 'name', NEW.name, 'parent_id', NEW.parent_id));
END;

CREATE TRIGGER places_audit_update AFTER UPDATE ON places BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, old_values, new_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'update', 'places', NEW.id, NULL,
        json_object('id', OLD.id, 'kind', OLD.kind, 'name', OLD.name, 'parent_id', OLD.parent_id),
        json_object('id', NEW.id, 'kind', NEW.kind, 'name', NEW.name, 'parent_id', NEW.parent_id));
END;

CREATE TRIGGER places_audit_delete AFTER DELETE ON places BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, old_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'delete', 'places', OLD.id, NULL,
        json_object('id', OLD.id, 'kind', OLD.kind, 'name', OLD.name, 'parent_id', OLD.parent_id));
END;

CREATE TRIGGER households_audit_insert AFTER INSERT ON households BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, new_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'insert', 'households', NEW.id, NEW.id,
        json_object('id', NEW.id, 'code', NEW.code, 'head_name', NEW.head_name, 'head_id_number', NEW.head_id_number, 'phone', NEW.phone, 'village_id', NEW.village_id, 'attribute', NEW.attribute, 'status', NEW.status, 'lifted_year', NEW.lifted_year, 'monitoring_kind', NEW.monitoring_kind, 'size', NEW.size, 'source_id', NEW.source_id));
END;

CREATE TRIGGER households_audit_update AFTER UPDATE ON households BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, old_values, new_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'update', 'households', NEW.id, NEW.id,
        json_object('id', OLD.id, 'code', OLD.code, 'head_name', OLD.head_name, 'head_id_number', OLD.head_id_number, 'phone', OLD.phone, 'village_id', OLD.village_id, 'attribute', OLD.attribute, 'status', OLD.status, 'lifted_year', OLD.lifted_year, 'monitoring_kind', OLD.monitoring_kind, 'size', OLD.size, 'source_id', OLD.source_id),
        json_object('id', NEW.id, 'code', NEW.code, 'head_name', NEW.head_name, 'head_id_number', NEW.head_id_number, 'phone', NEW.phone, 'village_id', NEW.village_id, 'attribute', NEW.attribute, 'status', NEW.status, 'lifted_year', NEW.lifted_year, 'monitoring_kind', NEW.monitoring_kind, 'size', NEW.size, 'source_id', NEW.source_id));
END;

CREATE TRIGGER households_audit_delete AFTER DELETE ON households BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, old_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'delete', 'households', OLD.id, OLD.id,
        json_object('id', OLD.id, 'code', OLD.code, 'head_name', OLD.head_name, 'head_id_number', OLD.head_id_number, 'phone', OLD.phone, 'village_id', OLD.village_id, 'attribute', OLD.attribute, 'status', OLD.status, 'lifted_year', OLD.lifted_year, 'monitoring_kind', OLD.monitoring_kind, 'size', OLD.size, 'source_id', OLD.source_id));
END;

CREATE TRIGGER household_causes_audit_insert AFTER INSERT ON household_causes BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, new_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'insert', 'household_causes', NEW.id, NEW.household_id,
        json_object('id', NEW.id, 'household_id', NEW.household_id, 'cause', NEW.cause, 'is_main', NEW.is_main));
END;

CREATE TRIGGER household_causes_audit_update AFTER UPDATE ON household_causes BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, old_values, new_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'update', 'household_causes', NEW.id, NEW.household_id,
        json_object('id', OLD.id, 'household_id', OLD.household_id, 'cause', OLD.cause, 'is_main', OLD.is_main),
        json_object('id', NEW.id, 'household_id', NEW.household_id, 'cause', NEW.cause, 'is_main', NEW.is_main));
END;

CREATE TRIGGER household_causes_audit_delete AFTER DELETE ON household_causes BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, old_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'delete', 'household_causes', OLD.id, OLD.household_id,
        json_object('id', OLD.id, 'household_id', OLD.household_id, 'cause', OLD.cause, 'is_main', OLD.is_main));
END;

CREATE TRIGGER members_audit_insert AFTER INSERT ON members BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, new_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'insert', 'members', NEW.id, NEW.household_id,
        json_object('id', NEW.id, 'household_id', NEW.household_id, 'name', NEW.name, 'relation', NEW.relation, 'sex', NEW.sex, 'birth_date', NEW.birth_date, 'id_number', NEW.id_number, 'health', NEW.health, 'schooling', NEW.schooling, 'grade', NEW.grade, 'labour', NEW.labour, 'medical_insurance', NEW.medical_insurance, 'pension_insurance', NEW.pension_insurance));
END;

CREATE TRIGGER members_audit_update AFTER UPDATE ON members BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, old_values, new_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'update', 'members', NEW.id, NEW.household_id,
        json_object('id', OLD.id, 'household_id', OLD.household_id, 'name', OLD.name, 'relation', OLD.relation, 'sex', OLD.sex, 'birth_date', OLD.birth_date, 'id_number', OLD.id_number, 'health', OLD.health, 'schooling', OLD.schooling, 'grade', OLD.grade, 'labour', OLD.labour, 'medical_insurance', OLD.medical_insurance, 'pension_insurance', OLD.pension_insurance),
        json_object('id', NEW.id, 'household_id', NEW.household_id, 'name', NEW.name, 'relation', NEW.relation, 'sex', NEW.sex, 'birth_date', NEW.birth_date, 'id_number', NEW.id_number, 'health', NEW.health, 'schooling', NEW.schooling, 'grade', NEW.grade, 'labour', NEW.labour, 'medical_insurance', NEW.medical_insurance, 'pension_insurance', NEW.pension_insurance));
END;

CREATE TRIGGER members_audit_delete AFTER DELETE ON members BEGIN
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, old_values)
    VALUES ((SELECT operator FROM audit_context WHERE id = 1), 'delete', 'members', OLD.id, OLD.household_id,
        json_object('id', OLD.id, 'household_id', OLD.household_id, 'name', OLD.name, 'relation', OLD.relation, 'sex', OLD.sex, 'birth_date', OLD.birth_date, 'id_number', OLD.id_number, 'health', OLD.health, 'schooling', OLD.schooling, 'grade', OLD.grade, 'labour', OLD.labour, 'medical_insurance', OLD.medical_insurance, 'pension_insurance', OLD.pension_insurance));
END;
