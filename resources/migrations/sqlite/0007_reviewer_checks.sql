-- Schema 7 (both databases), the reviewer's checks (issue 16):
-- * a warning that stays is accepted with a short 说明 (note) that the supervisor reads beside the cell;
-- * a supervisor's remark may be a 待核实 flag (verify = 1) that blocks sign-off until it is answered;
-- * the agency's kind (department / government) decides its statutory deadline (条例 第四十九条), which the
--   collecting office's board needs for every agency, not only for one report.

ALTER TABLE acknowledgements ADD COLUMN note TEXT NOT NULL DEFAULT '';
ALTER TABLE comments ADD COLUMN verify INTEGER NOT NULL DEFAULT 0;
ALTER TABLE comments ADD COLUMN answer TEXT;
ALTER TABLE agencies ADD COLUMN kind TEXT;
