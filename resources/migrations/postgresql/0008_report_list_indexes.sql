-- Schema 8 (both databases): the report list of a province (100 000 reports) is read a page at a time, in
-- the order the clerk clicks and searched as they type, by the database: these orders and lookups are
-- then read from an index instead of sorting every report (issue 19). By agency and year is the
-- UNIQUE (agency_id, year) of schema 1 already.

CREATE INDEX reports_by_year ON reports (year, agency_id);
CREATE INDEX reports_by_state ON reports (state, agency_id);
CREATE INDEX reports_by_updated ON reports (updated_at);
