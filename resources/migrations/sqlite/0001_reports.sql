-- Schema 1: agencies, their reports, the figures and the texts of each report.
-- Each statement ends with a semicolon at the end of a line: the migration runner splits on that.

CREATE TABLE agencies (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);

-- One report per agency and year. Contact details belong to the report: a published report keeps
-- the address it was published with, even after the agency moves.
CREATE TABLE reports (
    id          INTEGER PRIMARY KEY,
    agency_id   INTEGER NOT NULL REFERENCES agencies(id),
    year        INTEGER NOT NULL,
    format      TEXT NOT NULL,
    state       TEXT NOT NULL DEFAULT 'draft',
    report_date TEXT NOT NULL DEFAULT '',
    office      TEXT NOT NULL DEFAULT '',
    address     TEXT NOT NULL DEFAULT '',
    postcode    TEXT NOT NULL DEFAULT '',
    phone       TEXT NOT NULL DEFAULT '',
    fax         TEXT NOT NULL DEFAULT '',
    email       TEXT NOT NULL DEFAULT '',
    website     TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    UNIQUE (agency_id, year)
);

-- Non-blank cells only. state: 1 number, 2 not applicable. Amounts in ten-thousandths of their unit.
CREATE TABLE cell_values (
    report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    cell_key  TEXT NOT NULL,
    state     INTEGER NOT NULL CHECK (state IN (1, 2)),
    number    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (report_id, cell_key)
) WITHOUT ROWID;

-- Narratives (kind 'narrative', part = section id or 'intro'), custom headings ('heading') and amount
-- units ('unit', part = cell key).
CREATE TABLE report_texts (
    report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    kind      TEXT NOT NULL CHECK (kind IN ('narrative', 'heading', 'unit')),
    part      TEXT NOT NULL,
    text      TEXT NOT NULL,
    PRIMARY KEY (report_id, kind, part)
) WITHOUT ROWID;
