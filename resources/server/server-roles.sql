-- Nianbao on a PostgreSQL server: the server, not the program, decides who may write what.
-- Run by the database's owner once the first connection has created the schema, and again after an
-- upgrade that adds tables:   psql "postgresql://OWNER@HOST/DATABASE" -f server-roles.sql
-- Then give each person a login role in one of the two groups:
--   CREATE ROLE zhangsan LOGIN PASSWORD '…' IN ROLE nianbao_clerk;
--   CREATE ROLE lizhuren LOGIN PASSWORD '…' IN ROLE nianbao_supervisor;
-- The owner keeps every right (row-level security does not bind a table's owner): it is the administrator's.

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'nianbao_clerk') THEN
        CREATE ROLE nianbao_clerk NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'nianbao_supervisor') THEN
        CREATE ROLE nianbao_supervisor NOLOGIN;
    END IF;
END
$$;

REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC, nianbao_clerk, nianbao_supervisor;
GRANT USAGE ON SCHEMA public TO nianbao_clerk, nianbao_supervisor;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO nianbao_clerk, nianbao_supervisor;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO nianbao_clerk, nianbao_supervisor;

-- The report itself: both edit it (the program locks a report under review; a signature shows any later change).
GRANT INSERT, UPDATE, DELETE ON agencies, reports, cell_values, report_texts TO nianbao_clerk, nianbao_supervisor;
-- Append-only for everyone: no UPDATE, no DELETE (a row goes only with its report, by the owner's cascade).
GRANT INSERT ON change_log, acknowledgements TO nianbao_clerk, nianbao_supervisor;
GRANT INSERT, UPDATE ON comments TO nianbao_clerk, nianbao_supervisor;
GRANT INSERT ON transitions TO nianbao_clerk, nianbao_supervisor;
-- People and keys: a clerk may join as a clerk only; supervisors, passwords and keys are the supervisors'.
GRANT INSERT ON users TO nianbao_clerk;
GRANT INSERT, UPDATE ON users TO nianbao_supervisor;
GRANT INSERT ON trusted_keys TO nianbao_supervisor;

ALTER TABLE users ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS users_read ON users;
DROP POLICY IF EXISTS users_clerk_joins ON users;
DROP POLICY IF EXISTS users_supervisors ON users;
CREATE POLICY users_read ON users FOR SELECT USING (true);
CREATE POLICY users_clerk_joins ON users FOR INSERT TO nianbao_clerk
    WITH CHECK (role = 'clerk' AND password IS NULL AND public_key IS NULL AND sealed_key IS NULL);
CREATE POLICY users_supervisors ON users FOR ALL TO nianbao_supervisor USING (true) WITH CHECK (true);

-- The review trail: a clerk records only a submission; sign-offs (with their digest, key and signature) are the supervisors'.
ALTER TABLE transitions ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS transitions_read ON transitions;
DROP POLICY IF EXISTS transitions_clerk ON transitions;
DROP POLICY IF EXISTS transitions_supervisors ON transitions;
CREATE POLICY transitions_read ON transitions FOR SELECT USING (true);
CREATE POLICY transitions_clerk ON transitions FOR INSERT TO nianbao_clerk
    WITH CHECK (to_state = 'submitted' AND digest IS NULL AND public_key IS NULL AND signature IS NULL);
CREATE POLICY transitions_supervisors ON transitions FOR INSERT TO nianbao_supervisor WITH CHECK (true);
