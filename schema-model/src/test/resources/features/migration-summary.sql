-- Hover on a migration's first line: what the migration changes.
-- check: hover, symbols
-- file: 001_init.sql
CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);
CREATE TABLE legacy (id int);
-- file: 002_changes.sql
-- Adds a name, renames email, drops legacy.$0
ALTER TABLE users ADD COLUMN name text, ADD CONSTRAINT users_email_key UNIQUE (email);
ALTER TABLE users RENAME COLUMN email TO email_address;
CREATE INDEX users_name_idx ON users (name);
DROP TABLE legacy;
CREATE TYPE mood AS ENUM ('happy', 'sad');
