-- Schema 3: per-report publishing settings. zeros_blank: print 0 as an empty cell, as many published
-- reports do.

ALTER TABLE reports ADD COLUMN zeros_blank INTEGER NOT NULL DEFAULT 0;
