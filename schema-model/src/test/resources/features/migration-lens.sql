-- Code lens on every migration's first line: status and summary.
-- check: lens
-- file: 001_init.sql
CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);
CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint);
-- file: 002_empty.sql
-- Nothing yet.
-- file: 003_add_index.sql
CREATE INDEX orders_user_idx ON orders (user_id);
ALTER TABLE users ADD COLUMN name text, ADD COLUMN age int;
-- file: 004_broken.sql
UPDATE orders SET customer_id = 1$0;
-- file: 005_later.sql
DROP TABLE orders;
-- file: 006_last.sql
CREATE TABLE audit (id int);
