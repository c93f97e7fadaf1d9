-- tool: plain
-- check: schema
-- Unique, partial, expression, multi-column and method indexes; generated index names and their numbering.
-- file: 001_init.sql
CREATE TABLE events (id bigint PRIMARY KEY, kind text NOT NULL, payload jsonb, at timestamptz NOT NULL, tenant integer);
CREATE INDEX ON events (kind);
CREATE INDEX ON events (kind);
CREATE INDEX ON events (tenant, at DESC);
CREATE UNIQUE INDEX events_tenant_kind_key ON events (tenant, kind) WHERE tenant IS NOT NULL;
CREATE INDEX events_payload_gin ON events USING gin (payload);
CREATE INDEX events_lower_kind_idx ON events (lower(kind));
CREATE INDEX IF NOT EXISTS events_at_idx ON events USING btree (at) INCLUDE (kind);
-- file: 002_change.sql
ALTER INDEX events_at_idx RENAME TO events_when_idx;
DROP INDEX events_kind_idx1;
DROP INDEX IF EXISTS no_such_index;
$0
