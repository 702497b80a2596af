-- Schema 6: sign-offs as signatures (see sqlite/0006_signatures.sql). On a server, the keys trusted for
-- sign-offs are also kept in trusted_keys, which only the supervisors' role may write (server-roles.sql).

ALTER TABLE users ADD COLUMN public_key TEXT;
ALTER TABLE users ADD COLUMN sealed_key TEXT;
ALTER TABLE transitions ADD COLUMN public_key TEXT;
ALTER TABLE transitions ADD COLUMN signature TEXT;

CREATE TABLE trusted_keys (
    fingerprint TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    public_key  TEXT NOT NULL,
    added_by    TEXT NOT NULL,
    added_at    TEXT NOT NULL
);

-- A row of the trail or the log goes only with its report (the cascade runs after the report row is gone).
CREATE FUNCTION nianbao_kept() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN IF EXISTS (SELECT 1 FROM reports WHERE id = OLD.report_id) THEN RAISE EXCEPTION ''% is append-only'', TG_TABLE_NAME; END IF; RETURN OLD; END';

CREATE TRIGGER change_log_no_delete BEFORE DELETE ON change_log FOR EACH ROW EXECUTE FUNCTION nianbao_kept();

CREATE TRIGGER transitions_no_delete BEFORE DELETE ON transitions FOR EACH ROW EXECUTE FUNCTION nianbao_kept();
