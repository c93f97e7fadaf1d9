-- tool: plain
-- check: schema
-- Enum labels in order through ADD VALUE BEFORE/AFTER and RENAME VALUE; domains; composite types; renames.
-- file: 001_types.sql
CREATE TYPE status AS ENUM ('draft', 'published');
CREATE DOMAIN positive_int AS integer CHECK (VALUE > 0);
CREATE TYPE money_amount AS (currency char(3), cents bigint);
CREATE TABLE docs (id integer PRIMARY KEY, status status NOT NULL DEFAULT 'draft', pages positive_int, price money_amount);
-- file: 002_values.sql
ALTER TYPE status ADD VALUE 'archived';
-- file: 003_more_values.sql
ALTER TYPE status ADD VALUE 'review' BEFORE 'published';
ALTER TYPE status ADD VALUE IF NOT EXISTS 'draft';
ALTER TYPE status ADD VALUE 'deleted' AFTER 'archived';
ALTER TYPE status RENAME VALUE 'draft' TO 'wip';
-- file: 004_rename_type.sql
ALTER TYPE status RENAME TO doc_status;
$0
