-- tool: plain
-- check: schema
-- Schemas, search_path resolution for unqualified names, SET SCHEMA, extensions, comments.
-- file: 001_schemas.sql
CREATE SCHEMA app;
CREATE SCHEMA IF NOT EXISTS audit;
CREATE EXTENSION IF NOT EXISTS pgcrypto;
SET search_path TO app, public;
CREATE TABLE orgs (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), name text NOT NULL);
CREATE TABLE public.settings (org_id uuid REFERENCES orgs (id), key text, value text);
COMMENT ON TABLE orgs IS 'Organisations';
COMMENT ON COLUMN orgs.name IS 'Display name';
-- file: 002_move.sql
CREATE TABLE app.logs (id bigint, msg text);
ALTER TABLE app.logs SET SCHEMA audit;
$0
