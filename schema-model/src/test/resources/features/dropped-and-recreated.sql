-- A table dropped and created again is another object: references of the new one stop at the CREATE.
-- check: hover, definition, references
-- file: 001_init.sql
CREATE TABLE events (id bigint PRIMARY KEY, payload text);
INSERT INTO events (id) VALUES (1);
-- file: 002_recreate.sql
DROP TABLE events;
CREATE TABLE events (id uuid PRIMARY KEY, kind text NOT NULL);
--           ^^^^^^ def
-- file: 003_use.sql
SELECT kind FROM events$0;
