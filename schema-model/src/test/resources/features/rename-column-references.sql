-- A column renamed later is one object: references follow the rename; hover before the rename says what happens later.
-- file: 001_init.sql
CREATE TABLE orders (id serial PRIMARY KEY, total_cents integer NOT NULL);
INSERT INTO orders (total_cents$0) VALUES (1);
-- file: 002_rename.sql
ALTER TABLE orders RENAME COLUMN total_cents TO amount_cents;
-- file: 003_use.sql
UPDATE orders SET amount_cents = 0 WHERE amount_cents < 0;
SELECT o.amount_cents FROM orders o;
