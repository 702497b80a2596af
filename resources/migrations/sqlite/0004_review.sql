-- Schema 4: review and sign-off. The people of a file and their roles, the report's revision, every
-- state transition, acknowledged warnings, comments, and the sign-off with the digest it signed.

-- password: "pbkdf2-sha256$iterations$salt$key" for a supervisor; clerks sign nothing and have none.
CREATE TABLE users (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    role       TEXT NOT NULL CHECK (role IN ('clerk', 'supervisor')),
    password   TEXT,
    created_at TEXT NOT NULL
);

ALTER TABLE reports ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;

-- Every move of a report through review, in order; digest is set on a sign-off (SHA-256 of the
-- report's canonical JSON at that moment).
CREATE TABLE transitions (
    id         INTEGER PRIMARY KEY,
    report_id  INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    revision   INTEGER NOT NULL,
    at         TEXT NOT NULL,
    who        TEXT NOT NULL,
    from_state TEXT NOT NULL,
    to_state   TEXT NOT NULL,
    reason     TEXT NOT NULL DEFAULT '',
    digest     TEXT
);

CREATE INDEX transitions_by_report ON transitions (report_id, id);

CREATE TRIGGER transitions_no_update BEFORE UPDATE ON transitions
BEGIN SELECT RAISE(ABORT, 'the review trail is append-only'); END;

-- A warning accepted by name for one revision. finding: the rule and cells it concerns; message: the
-- warning as it was read (with its numbers), so a changed figure needs a new acknowledgement.
CREATE TABLE acknowledgements (
    report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    revision  INTEGER NOT NULL,
    finding   TEXT NOT NULL,
    message   TEXT NOT NULL,
    who       TEXT NOT NULL,
    at        TEXT NOT NULL,
    PRIMARY KEY (report_id, revision, finding, message)
) WITHOUT ROWID;

-- A supervisor's remark on a cell (target = cell key) or a section (target = section id).
CREATE TABLE comments (
    id          INTEGER PRIMARY KEY,
    report_id   INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    target      TEXT NOT NULL,
    author      TEXT NOT NULL,
    at          TEXT NOT NULL,
    text        TEXT NOT NULL,
    resolved_by TEXT,
    resolved_at TEXT
);

CREATE INDEX comments_by_report ON comments (report_id, target);
