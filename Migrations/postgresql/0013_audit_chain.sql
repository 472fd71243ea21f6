-- PostgreSQL dialect of Migrations/0013_audit_chain.sql: the same meaning.
-- A hash chain through the audit trail, so that rewriting it is noticed
-- (issue 20). Every audit entry and every command's entry carries `hash`:
--
--     hash = SHA-256(previous entry's hash, this entry's columns)
--
-- over exactly the bytes SQLite's chain_sha256() hashes (SQLiteKit's
-- ChainHashInput): each value a type tag, for text and blobs an 8-byte
-- big-endian length, then its bytes; an integer 'I' and its 8 bytes
-- big-endian; NULL 'N'. So a chain written on either store verifies the
-- same. Built-in sha256() and int8send() compute it: no extension.
-- The first entry's "previous hash" is NULL.
--
-- The hashes are written by triggers on the audit tables themselves, so
-- every writer is covered without code per audited table. A command's
-- entry also covers the hash of the last audit entry it groups, tying the
-- two chains together.
--
-- Many sessions write at once here, so the previous link is not "the
-- entry with the next lower id" read at insert time (two transactions
-- would both find the same one): each chain has a head row, which the
-- trigger reads FOR UPDATE and moves on. Writers of the audit trail thus
-- take turns; a transaction whose snapshot predates the head it finds is
-- refused with a serialization failure (40001) and run again, so ids and
-- links always go up together.

ALTER TABLE audit_log ADD COLUMN hash bytea CHECK (hash IS NULL OR length(hash) = 32);
ALTER TABLE audit_commands ADD COLUMN hash bytea CHECK (hash IS NULL OR length(hash) = 32);

-- One value as chain_sha256 encodes it.
CREATE FUNCTION tracker_chain_int(value bigint) RETURNS bytea
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN value IS NULL THEN '\x4e'::bytea ELSE '\x49'::bytea || int8send(value) END
$$;

CREATE FUNCTION tracker_chain_text(value text) RETURNS bytea
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN value IS NULL THEN '\x4e'::bytea
        ELSE '\x54'::bytea || int8send(octet_length(value)::bigint) || convert_to(value, 'UTF8') END
$$;

CREATE FUNCTION tracker_chain_blob(value bytea) RETURNS bytea
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN value IS NULL THEN '\x4e'::bytea
        ELSE '\x42'::bytea || int8send(length(value)::bigint) || value END
$$;

-- The link of one audit entry and of one command's entry.
CREATE FUNCTION tracker_audit_log_link(previous bytea, entry audit_log) RETURNS bytea
LANGUAGE sql IMMUTABLE AS $$
    SELECT sha256(tracker_chain_blob(previous) || tracker_chain_int(entry.id) || tracker_chain_text(entry.at)
        || tracker_chain_text(entry.operator) || tracker_chain_text(entry.action) || tracker_chain_text(entry.table_name)
        || tracker_chain_int(entry.row_id) || tracker_chain_int(entry.household_id)
        || tracker_chain_text(entry.old_values) || tracker_chain_text(entry.new_values))
$$;

CREATE FUNCTION tracker_audit_command_link(previous bytea, entry audit_commands, last_entry_hash bytea) RETURNS bytea
LANGUAGE sql IMMUTABLE AS $$
    SELECT sha256(tracker_chain_blob(previous) || tracker_chain_int(entry.id) || tracker_chain_text(entry.at)
        || tracker_chain_text(entry.operator) || tracker_chain_text(entry.command)
        || tracker_chain_int(entry.first_entry) || tracker_chain_int(entry.last_entry)
        || tracker_chain_text(entry.reason) || tracker_chain_blob(last_entry_hash))
$$;

-- The poverty lines 0005 wrote before it created their audit triggers have
-- no entry: the chain is to vouch for every audited row, so they are
-- recorded now as this upgrade found them, under a command of its own.
SELECT set_config('tracker.operator', 'tracker upgrade', true);
INSERT INTO audit_log (operator, action, table_name, row_id, household_id, new_values)
SELECT 'tracker upgrade', 'insert', 'poverty_lines', p.id, NULL,
       tracker_audit_json(row_to_json(p), ARRAY['id', 'year', 'region', 'amount_fen', 'approximate', 'note'])
FROM poverty_lines p
WHERE p.id NOT IN (SELECT row_id FROM audit_log WHERE table_name = 'poverty_lines')
ORDER BY p.id;
INSERT INTO audit_commands (operator, command, first_entry, last_entry)
SELECT 'tracker upgrade', 'upgrade 0013: the built-in poverty lines entered in the audit trail',
       min(id), max(id)
FROM audit_log
WHERE operator = 'tracker upgrade' AND id > coalesce((SELECT max(last_entry) FROM audit_commands), 0)
HAVING count(*) > 0;

-- Where each chain ends: the last entry linked and its hash.
CREATE TABLE audit_chain_heads (
    chain text PRIMARY KEY CHECK (chain IN ('audit_log', 'audit_commands')),
    last_id bigint NOT NULL,
    last_hash bytea
);

-- Existing entries get their chain here, in id order.
DO $$
DECLARE
    entry audit_log;
    command audit_commands;
    previous bytea := NULL;
    last_id bigint := 0;
BEGIN
    FOR entry IN SELECT * FROM audit_log ORDER BY id LOOP
        previous := tracker_audit_log_link(previous, entry);
        last_id := entry.id;
        UPDATE audit_log SET hash = previous WHERE id = entry.id;
    END LOOP;
    INSERT INTO audit_chain_heads (chain, last_id, last_hash) VALUES ('audit_log', last_id, previous);
    previous := NULL;
    last_id := 0;
    FOR command IN SELECT * FROM audit_commands ORDER BY id LOOP
        previous := tracker_audit_command_link(previous, command,
            (SELECT hash FROM audit_log WHERE id = command.last_entry));
        last_id := command.id;
        UPDATE audit_commands SET hash = previous WHERE id = command.id;
    END LOOP;
    INSERT INTO audit_chain_heads (chain, last_id, last_hash) VALUES ('audit_commands', last_id, previous);
END $$;

-- From now on each new entry is linked as it is written.
CREATE FUNCTION tracker_audit_log_chain() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    head audit_chain_heads;
BEGIN
    SELECT * INTO head FROM audit_chain_heads WHERE chain = 'audit_log' FOR UPDATE;
    IF NEW.id <= head.last_id THEN
        RAISE EXCEPTION 'audit entry % would follow entry % in the hash chain', NEW.id, head.last_id
            USING ERRCODE = 'serialization_failure', HINT = 'run the transaction again';
    END IF;
    NEW.hash := tracker_audit_log_link(head.last_hash, NEW);
    UPDATE audit_chain_heads SET last_id = NEW.id, last_hash = NEW.hash WHERE chain = 'audit_log';
    RETURN NEW;
END $$;

CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_log_chain();

CREATE FUNCTION tracker_audit_commands_chain() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    head audit_chain_heads;
BEGIN
    SELECT * INTO head FROM audit_chain_heads WHERE chain = 'audit_commands' FOR UPDATE;
    IF NEW.id <= head.last_id THEN
        RAISE EXCEPTION 'command entry % would follow entry % in the hash chain', NEW.id, head.last_id
            USING ERRCODE = 'serialization_failure', HINT = 'run the transaction again';
    END IF;
    NEW.hash := tracker_audit_command_link(head.last_hash, NEW,
        (SELECT hash FROM audit_log WHERE id = NEW.last_entry));
    UPDATE audit_chain_heads SET last_id = NEW.id, last_hash = NEW.hash WHERE chain = 'audit_commands';
    RETURN NEW;
END $$;

CREATE TRIGGER audit_commands_chain BEFORE INSERT ON audit_commands
    FOR EACH ROW EXECUTE FUNCTION tracker_audit_commands_chain();
