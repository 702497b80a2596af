-- Schema 6: sign-offs as signatures. A supervisor's Ed25519 public key and their private key sealed under
-- their password (signature.h); each sign-off stores the key that signed and the signature.

ALTER TABLE users ADD COLUMN public_key TEXT;
ALTER TABLE users ADD COLUMN sealed_key TEXT;
ALTER TABLE transitions ADD COLUMN public_key TEXT;
ALTER TABLE transitions ADD COLUMN signature TEXT;

-- The trail and the log are kept: a row goes only with its report (ON DELETE CASCADE, when the report row
-- is gone already). This stops the program and a careless hand; someone who has the file can still drop
-- the trigger — the signatures are what make such a change visible.
CREATE TRIGGER change_log_no_delete BEFORE DELETE ON change_log WHEN EXISTS (SELECT 1 FROM reports WHERE id = OLD.report_id)
BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END;

CREATE TRIGGER transitions_no_delete BEFORE DELETE ON transitions WHEN EXISTS (SELECT 1 FROM reports WHERE id = OLD.report_id)
BEGIN SELECT RAISE(ABORT, 'the review trail is append-only'); END;
