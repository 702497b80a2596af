-- Schema 5 (both databases): each report's error and warning counts as of its last check, so that a list of hundreds of
-- reports shows them without loading every report. NULL: not checked since this schema.

ALTER TABLE reports ADD COLUMN errors INTEGER;
ALTER TABLE reports ADD COLUMN warnings INTEGER;
