-- Schema 3: per-report publishing settings (see sqlite/0003_report_settings.sql).

ALTER TABLE reports ADD COLUMN zeros_blank INTEGER NOT NULL DEFAULT 0;
