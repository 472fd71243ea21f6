-- A hash chain through the audit trail, so that rewriting it is noticed
-- (issue 20). Every audit entry and every command's entry carries `hash`:
--
--     hash = SHA-256(previous entry's hash, this entry's columns)
--
-- computed by chain_sha256(), an SQL function tracker defines on each
-- connection it opens (SQLiteKit's ChainHashInput gives the exact byte
-- encoding). The first entry's "previous hash" is NULL. `tracker check`
-- recomputes every link; an entry edited, deleted or inserted afterwards
-- breaks the chain at that entry.
--
-- The hashes are written by triggers on the audit tables themselves, so
-- every writer is covered without code per audited table: the per-table
-- audit triggers (including tables added by later migrations), reveals,
-- the commands' entries, and migrations. The sqlite3 shell does not know
-- chain_sha256(): there, reading works but any statement that would add
-- an audit entry fails with "no such function: chain_sha256".
--
-- A command's entry also covers the hash of the last audit entry it
-- groups, tying the two chains together.

ALTER TABLE audit_log ADD COLUMN hash BLOB CHECK (hash IS NULL OR length(hash) = 32);
ALTER TABLE audit_commands ADD COLUMN hash BLOB CHECK (hash IS NULL OR length(hash) = 32);

-- The poverty lines 0005 wrote before it created their audit triggers have
-- no entry: the chain is to vouch for every audited row, so they are
-- recorded now as this upgrade found them, under a command of its own.
UPDATE audit_context SET operator = 'tracker upgrade' WHERE id = 1;
INSERT INTO audit_log (operator, action, table_name, row_id, household_id, new_values)
SELECT 'tracker upgrade', 'insert', 'poverty_lines', p.id, NULL,
       json_object('id', p.id, 'year', p.year, 'region', p.region, 'amount_fen', p.amount_fen, 'approximate', p.approximate, 'note', p.note)
FROM poverty_lines p
WHERE p.id NOT IN (SELECT row_id FROM audit_log WHERE table_name = 'poverty_lines')
ORDER BY p.id;
INSERT INTO audit_commands (operator, command, first_entry, last_entry)
SELECT 'tracker upgrade', 'upgrade 0013: the built-in poverty lines entered in the audit trail',
       min(id), max(id)
FROM audit_log
WHERE operator = 'tracker upgrade' AND id > coalesce((SELECT max(last_entry) FROM audit_commands), 0)
HAVING count(*) > 0;

-- Existing entries get their chain here, in id order. A link needs the one
-- before it, so the chain is built by a recursive query into a scratch table.
CREATE TEMP TABLE audit_chain_scratch (id INTEGER PRIMARY KEY, hash BLOB NOT NULL);
WITH RECURSIVE chain (id, hash) AS (
    SELECT id, chain_sha256(NULL, id, at, operator, action, table_name, row_id, household_id, old_values, new_values)
    FROM audit_log WHERE id = (SELECT min(id) FROM audit_log)
    UNION ALL
    SELECT a.id, chain_sha256(chain.hash, a.id, a.at, a.operator, a.action, a.table_name, a.row_id, a.household_id, a.old_values, a.new_values)
    FROM chain JOIN audit_log a ON a.id = (SELECT min(id) FROM audit_log WHERE id > chain.id)
)
INSERT INTO audit_chain_scratch (id, hash) SELECT id, hash FROM chain;
UPDATE audit_log SET hash = (SELECT hash FROM temp.audit_chain_scratch s WHERE s.id = audit_log.id);
DELETE FROM temp.audit_chain_scratch;

WITH RECURSIVE chain (id, hash) AS (
    SELECT c.id, chain_sha256(NULL, c.id, c.at, c.operator, c.command, c.first_entry, c.last_entry, c.reason,
                              (SELECT hash FROM audit_log WHERE id = c.last_entry))
    FROM audit_commands c WHERE c.id = (SELECT min(id) FROM audit_commands)
    UNION ALL
    SELECT c.id, chain_sha256(chain.hash, c.id, c.at, c.operator, c.command, c.first_entry, c.last_entry, c.reason,
                              (SELECT hash FROM audit_log WHERE id = c.last_entry))
    FROM chain JOIN audit_commands c ON c.id = (SELECT min(id) FROM audit_commands WHERE id > chain.id)
)
INSERT INTO audit_chain_scratch (id, hash) SELECT id, hash FROM chain;
UPDATE audit_commands SET hash = (SELECT hash FROM temp.audit_chain_scratch s WHERE s.id = audit_commands.id);
DROP TABLE temp.audit_chain_scratch;

-- From now on each new entry is linked as it is written.
CREATE TRIGGER audit_log_chain AFTER INSERT ON audit_log BEGIN
    UPDATE audit_log SET hash = chain_sha256(
        (SELECT hash FROM audit_log WHERE id < NEW.id ORDER BY id DESC LIMIT 1),
        NEW.id, NEW.at, NEW.operator, NEW.action, NEW.table_name, NEW.row_id, NEW.household_id, NEW.old_values, NEW.new_values)
    WHERE id = NEW.id;
END;

CREATE TRIGGER audit_commands_chain AFTER INSERT ON audit_commands BEGIN
    UPDATE audit_commands SET hash = chain_sha256(
        (SELECT hash FROM audit_commands WHERE id < NEW.id ORDER BY id DESC LIMIT 1),
        NEW.id, NEW.at, NEW.operator, NEW.command, NEW.first_entry, NEW.last_entry, NEW.reason,
        (SELECT hash FROM audit_log WHERE id = NEW.last_entry))
    WHERE id = NEW.id;
END;
