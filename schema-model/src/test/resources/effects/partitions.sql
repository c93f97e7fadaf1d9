-- tool: plain
-- check: schema
-- Partitioned tables: partitions take their parent's columns; dropping the parent drops its partitions.
-- file: 001_events.sql
CREATE TABLE events (id bigint NOT NULL, at date NOT NULL, kind text) PARTITION BY RANGE (at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE metrics (id bigint NOT NULL, v integer) PARTITION BY HASH (id);
CREATE TABLE metrics_0 PARTITION OF metrics FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE metrics_1 PARTITION OF metrics FOR VALUES WITH (MODULUS 2, REMAINDER 1);
-- file: 002_drop.sql
DROP TABLE events;
$0
