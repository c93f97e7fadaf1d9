-- tool: plain
-- check: schema
-- Temporary tables: created in pg_temp, usable by the later statements of their migration (and
-- found before a permanent table of the same name), never part of the schema after it.
-- file: 001_create.sql
CREATE TABLE accounts (id bigint PRIMARY KEY, plan text);
CREATE TEMP TABLE plan_map (plan text PRIMARY KEY, tier text) ON COMMIT DROP;
INSERT INTO plan_map (plan, tier) VALUES ('free', 'basic');
ALTER TABLE accounts ADD COLUMN tier text;
UPDATE accounts a SET tier = m.tier FROM plan_map m WHERE m.plan = a.plan;
CREATE TEMP TABLE scratch (id bigserial, note text);
CREATE INDEX scratch_note_idx ON scratch (note);
INSERT INTO scratch (note) SELECT plan FROM accounts;
CREATE TABLE scratch (id bigint PRIMARY KEY);
INSERT INTO scratch (note) VALUES ('the temporary scratch comes first');
-- file: 002_after.sql
CREATE TABLE plan_map (plan text PRIMARY KEY, tier text NOT NULL);
$0
