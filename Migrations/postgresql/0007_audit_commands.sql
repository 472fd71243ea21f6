-- PostgreSQL dialect of Migrations/0007_audit_commands.sql: the same meaning.
-- Groups the audit trail by the command that made each change, so `tracker
-- log` can say "visit add 赵丁先 by 王会计" once instead of listing the eight
-- rows that one visit writes. Each command covers a contiguous range of
-- audit_log ids: everything one write transaction recorded.
-- Not audited itself: it is part of the audit trail.

CREATE TABLE audit_commands (
    id bigserial PRIMARY KEY,
    at text NOT NULL DEFAULT tracker_now(),
    operator text NOT NULL,
    command text NOT NULL CHECK (length(command) BETWEEN 1 AND 500),
    first_entry bigint NOT NULL,
    last_entry bigint NOT NULL,
    CHECK (last_entry >= first_entry)
);
CREATE INDEX audit_commands_by_first_entry ON audit_commands (first_entry);
CREATE INDEX audit_commands_by_time ON audit_commands (at);
