-- The schema as DDL at the cursor: after the first two migrations, before the third.
-- check: schema, symbols
-- file: 001_init.sql
CREATE SCHEMA billing;
CREATE TYPE mood AS ENUM ('happy', 'it''s complicated');
CREATE TABLE users (id bigserial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE, mood mood DEFAULT 'happy', created_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE billing.invoices (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE, amount numeric(10,2) CHECK (amount >= 0));
-- file: 002_more.sql
CREATE INDEX invoices_user_idx ON billing.invoices (user_id) WHERE amount > 0;
CREATE VIEW big_invoices AS SELECT id, amount FROM billing.invoices WHERE amount > 100;
-- file: 003_later.sql
$0ALTER TABLE users DROP COLUMN mood;
