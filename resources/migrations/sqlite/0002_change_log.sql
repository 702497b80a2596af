-- Schema 2: the append-only change log. Every edit of a report writes one row in the same transaction
-- as the edit itself; review and history read it.

CREATE TABLE change_log (
    id        INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    at        TEXT NOT NULL,
    who       TEXT NOT NULL,
    what      TEXT NOT NULL,
    target    TEXT NOT NULL,
    old_value TEXT,
    new_value TEXT
);

CREATE INDEX change_log_by_report ON change_log (report_id, id);

-- Append-only means append-only, whatever the program does.
CREATE TRIGGER change_log_no_update BEFORE UPDATE ON change_log
BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END;
