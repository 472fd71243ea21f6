-- PostgreSQL dialect of Migrations/0001: the same tables, columns, checks
-- and indexes, and audit triggers that write the same audit_log rows.
-- Foundation of the domain: the audit trail, sources, settings, places,
-- households with their poverty causes, and household members.
-- Enumerations are stored as stable English keys; the tool shows them in
-- Chinese or English. Dates are 'YYYY-MM-DD' text, as on SQLite (so reports
-- come out byte for byte the same), checked with tracker_is_date(x), which
-- also refuses impossible days. Integers are bigint (SQLite's are 64-bit),
-- ids bigserial (sequences, which distributed engines such as Citus run).
-- Only plain SQL and PL/pgSQL: no extension is needed.

-- 'YYYY-MM-DD' text naming a real day (SQLite: date(x) = x).
CREATE FUNCTION tracker_is_date(value text) RETURNS boolean
LANGUAGE plpgsql IMMUTABLE STRICT AS $$
BEGIN
    IF value !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' THEN
        RETURN false;
    END IF;
    RETURN to_char(to_date(value, 'YYYY-MM-DD'), 'YYYY-MM-DD') = value;
EXCEPTION WHEN others THEN
    -- to_date refuses a day that does not exist (2020-02-30) with an error.
    RETURN false;
END $$;

-- Text that parses as JSON (SQLite: json_valid(x)).
CREATE FUNCTION tracker_is_json(value text) RETURNS boolean
LANGUAGE plpgsql IMMUTABLE STRICT AS $$
BEGIN
    PERFORM value::json;
    RETURN true;
EXCEPTION WHEN others THEN
    RETURN false;
END $$;

-- The time of the current statement in UTC, as SQLite's
-- strftime('%Y-%m-%dT%H:%M:%fZ', 'now') writes it (milliseconds, a Z).
CREATE FUNCTION tracker_now() RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT to_char(statement_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
$$;

-- Today in the session's time zone, as SQLite's date('now', 'localtime').
CREATE FUNCTION tracker_today() RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT to_char(statement_timestamp(), 'YYYY-MM-DD')
$$;

-- Kept so both stores have the same tables. On SQLite the tool writes the
-- operator here for its triggers; on PostgreSQL many sessions write at
-- once, so the triggers read the session's own setting tracker.operator
-- (and, when it is not set, the role that logged in: session_user).
CREATE TABLE audit_context (
    id bigint PRIMARY KEY CHECK (id = 1),
    operator text NOT NULL
);
INSERT INTO audit_context (id, operator) VALUES (1, 'unknown');

-- Who the audit triggers record as making the current change.
CREATE FUNCTION tracker_operator() RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT coalesce(nullif(current_setting('tracker.operator', true), ''), session_user::text)
$$;

-- Every insert, update and delete on a domain table, plus reveals of
-- personal data. Values are JSON objects of the whole row.
CREATE TABLE audit_log (
    id bigserial PRIMARY KEY,
    at text NOT NULL DEFAULT tracker_now(),
    operator text NOT NULL,
    action text NOT NULL CHECK (action IN ('insert', 'update', 'delete', 'reveal')),
    table_name text NOT NULL,
    row_id bigint NOT NULL,
    household_id bigint,
    old_values text CHECK (old_values IS NULL OR tracker_is_json(old_values)),
    new_values text CHECK (new_values IS NULL OR tracker_is_json(new_values))
);
CREATE INDEX audit_log_by_household ON audit_log (household_id, at);
CREATE INDEX audit_log_by_time ON audit_log (at);

-- A row as the JSON text SQLite's json_object('k1', v1, 'k2', v2, …) writes:
-- the keys in the order given, no spaces, strings escaped alike (",
-- \, \b \f \n \r \t, other control characters as \u00xx, the rest as
-- UTF-8). Byte for byte the same, so an audit entry hashes the same on
-- either store.
CREATE FUNCTION tracker_audit_json(row_values json, keys text[]) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT '{' || string_agg(to_json(u.key)::text || ':' || coalesce((row_values -> u.key)::text, 'null'), ',' ORDER BY u.n) || '}'
    FROM unnest(keys) WITH ORDINALITY AS u(key, n)
$$;

-- The audit trigger of every domain table: one audit_log row per row
-- inserted, updated or deleted. Arguments: where the household comes from
-- ('' none, 'id' the row itself, 'household_id' a column of the row, or
-- 'visits.visit_id': the household of the visits row the column names),
-- then the columns recorded, in the order SQLite's trigger lists them.
CREATE FUNCTION tracker_audit_row() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    subject json;
    keys text[] := TG_ARGV[1:];
    household bigint;
    parent text[];
BEGIN
    IF TG_OP = 'DELETE' THEN
        subject := row_to_json(OLD);
    ELSE
        subject := row_to_json(NEW);
    END IF;
    IF TG_ARGV[0] = '' THEN
        household := NULL;
    ELSIF position('.' IN TG_ARGV[0]) > 0 THEN
        parent := string_to_array(TG_ARGV[0], '.');
        EXECUTE format('SELECT household_id FROM %I WHERE id = $1', parent[1])
            INTO household USING (subject ->> parent[2])::bigint;
    ELSE
        household := (subject ->> TG_ARGV[0])::bigint;
    END IF;
    INSERT INTO audit_log (operator, action, table_name, row_id, household_id, old_values, new_values)
    VALUES (tracker_operator(), lower(TG_OP), TG_TABLE_NAME, (subject ->> 'id')::bigint, household,
        CASE WHEN TG_OP <> 'INSERT' THEN tracker_audit_json(row_to_json(OLD), keys) END,
        CASE WHEN TG_OP <> 'DELETE' THEN tracker_audit_json(row_to_json(NEW), keys) END);
    RETURN NULL;
END $$;

-- Where seeded facts came from (an article, its date).
CREATE TABLE sources (
    id bigserial PRIMARY KEY,
    key text NOT NULL UNIQUE,
    title text NOT NULL,
    published_on text CHECK (published_on IS NULL OR tracker_is_date(published_on)),
    note text
);

-- Configuration that differs by place (visit interval and the like).
CREATE TABLE settings (
    id bigserial PRIMARY KEY,
    key text NOT NULL UNIQUE,
    value text NOT NULL
);

-- county → town (乡镇/街道) → village (村/社区). A town may be recorded
-- without its county; a village always belongs to a town.
CREATE TABLE places (
    id bigserial PRIMARY KEY,
    kind text NOT NULL CHECK (kind IN ('county', 'town', 'village')),
    name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    parent_id bigint REFERENCES places (id) ON DELETE RESTRICT,
    CHECK (kind <> 'county' OR parent_id IS NULL),
    CHECK (kind <> 'village' OR parent_id IS NOT NULL),
    UNIQUE (parent_id, kind, name)
);
-- UNIQUE treats NULL parents as distinct, so roots need their own index.
CREATE UNIQUE INDEX places_root_name ON places (kind, name) WHERE parent_id IS NULL;
CREATE INDEX places_by_name ON places (name, kind);

-- A registered poor household (建档立卡贫困户).
CREATE TABLE households (
    id bigserial PRIMARY KEY,
    code text UNIQUE CHECK (code IS NULL OR length(code) BETWEEN 1 AND 64),
    head_name text NOT NULL CHECK (length(head_name) BETWEEN 1 AND 100),
    head_id_number text UNIQUE,
    phone text,
    village_id bigint NOT NULL REFERENCES places (id) ON DELETE RESTRICT,
    attribute text CHECK (attribute IN ('general', 'dibao', 'tekun')),
    status text NOT NULL DEFAULT 'not_lifted'
        CHECK (status IN ('not_lifted', 'lifted', 'relapsed', 'monitored')),
    lifted_year bigint CHECK (lifted_year IS NULL OR lifted_year BETWEEN 1978 AND 2100),
    monitoring_kind text CHECK (monitoring_kind IN ('unstable', 'marginal', 'hardship')),
    size bigint CHECK (size IS NULL OR size BETWEEN 1 AND 99),
    source_id bigint REFERENCES sources (id) ON DELETE RESTRICT,
    CHECK (monitoring_kind IS NULL OR status = 'monitored')
);
CREATE INDEX households_by_head_name ON households (head_name, village_id);
CREATE INDEX households_by_village ON households (village_id);

-- 主要致贫原因: one main cause, others optional.
CREATE TABLE household_causes (
    id bigserial PRIMARY KEY,
    household_id bigint NOT NULL REFERENCES households (id) ON DELETE CASCADE,
    cause text NOT NULL CHECK (cause IN ('illness', 'disability', 'schooling', 'disaster', 'lack_land', 'lack_water', 'lack_skills', 'lack_labour', 'lack_funds', 'poor_transport', 'low_motivation')),
    is_main bigint NOT NULL DEFAULT 0 CHECK (is_main IN (0, 1)),
    UNIQUE (household_id, cause)
);
CREATE UNIQUE INDEX household_causes_one_main ON household_causes (household_id) WHERE is_main = 1;

-- A person of a household, the head included (relation 'head').
CREATE TABLE members (
    id bigserial PRIMARY KEY,
    household_id bigint NOT NULL REFERENCES households (id) ON DELETE CASCADE,
    name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    relation text NOT NULL CHECK (relation IN ('head', 'spouse', 'child', 'parent', 'grandchild', 'other')),
    sex text CHECK (sex IN ('male', 'female')),
    birth_date text CHECK (birth_date IS NULL OR tracker_is_date(birth_date)),
    id_number text UNIQUE,
    health text CHECK (health IN ('healthy', 'chronic', 'serious_illness', 'disabled')),
    schooling text CHECK (schooling IN ('preschool', 'in_school', 'dropped_out', 'illiterate', 'primary', 'junior', 'senior', 'college')),
    grade text,
    labour text CHECK (labour IN ('ordinary', 'skilled', 'weak', 'lost', 'none')),
    medical_insurance bigint CHECK (medical_insurance IN (0, 1)),
    pension_insurance bigint CHECK (pension_insurance IN (0, 1))
);
CREATE INDEX members_by_household ON members (household_id);
CREATE UNIQUE INDEX members_one_head ON members (household_id) WHERE relation = 'head';


-- Audit trail: every insert, update and delete, with the operator.

CREATE TRIGGER sources_audit_insert AFTER INSERT ON sources
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('', 'id', 'key', 'title', 'published_on', 'note');

CREATE TRIGGER sources_audit_update AFTER UPDATE ON sources
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('', 'id', 'key', 'title', 'published_on', 'note');

CREATE TRIGGER sources_audit_delete AFTER DELETE ON sources
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('', 'id', 'key', 'title', 'published_on', 'note');

CREATE TRIGGER settings_audit_insert AFTER INSERT ON settings
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('', 'id', 'key', 'value');

CREATE TRIGGER settings_audit_update AFTER UPDATE ON settings
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('', 'id', 'key', 'value');

CREATE TRIGGER settings_audit_delete AFTER DELETE ON settings
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('', 'id', 'key', 'value');

CREATE TRIGGER places_audit_insert AFTER INSERT ON places
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('', 'id', 'kind', 'name', 'parent_id');

CREATE TRIGGER places_audit_update AFTER UPDATE ON places
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('', 'id', 'kind', 'name', 'parent_id');

CREATE TRIGGER places_audit_delete AFTER DELETE ON places
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('', 'id', 'kind', 'name', 'parent_id');

CREATE TRIGGER households_audit_insert AFTER INSERT ON households
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('id', 'id', 'code', 'head_name', 'head_id_number', 'phone', 'village_id', 'attribute', 'status', 'lifted_year', 'monitoring_kind', 'size', 'source_id');

CREATE TRIGGER households_audit_update AFTER UPDATE ON households
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('id', 'id', 'code', 'head_name', 'head_id_number', 'phone', 'village_id', 'attribute', 'status', 'lifted_year', 'monitoring_kind', 'size', 'source_id');

CREATE TRIGGER households_audit_delete AFTER DELETE ON households
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('id', 'id', 'code', 'head_name', 'head_id_number', 'phone', 'village_id', 'attribute', 'status', 'lifted_year', 'monitoring_kind', 'size', 'source_id');

CREATE TRIGGER household_causes_audit_insert AFTER INSERT ON household_causes
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('household_id', 'id', 'household_id', 'cause', 'is_main');

CREATE TRIGGER household_causes_audit_update AFTER UPDATE ON household_causes
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('household_id', 'id', 'household_id', 'cause', 'is_main');

CREATE TRIGGER household_causes_audit_delete AFTER DELETE ON household_causes
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('household_id', 'id', 'household_id', 'cause', 'is_main');

CREATE TRIGGER members_audit_insert AFTER INSERT ON members
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('household_id', 'id', 'household_id', 'name', 'relation', 'sex', 'birth_date', 'id_number', 'health', 'schooling', 'grade', 'labour', 'medical_insurance', 'pension_insurance');

CREATE TRIGGER members_audit_update AFTER UPDATE ON members
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('household_id', 'id', 'household_id', 'name', 'relation', 'sex', 'birth_date', 'id_number', 'health', 'schooling', 'grade', 'labour', 'medical_insurance', 'pension_insurance');

CREATE TRIGGER members_audit_delete AFTER DELETE ON members
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_row('household_id', 'id', 'household_id', 'name', 'relation', 'sex', 'birth_date', 'id_number', 'health', 'schooling', 'grade', 'labour', 'medical_insurance', 'pension_insurance');
