-- Definition of a renamed column goes to the RENAME that gave it its current name.
-- check: hover, definition, references
-- file: 001_init.sql
CREATE TABLE orders (id serial PRIMARY KEY, total_cents integer NOT NULL);
-- file: 002_rename.sql
ALTER TABLE orders RENAME COLUMN total_cents TO amount_cents;
--                                              ^^^^^^^^^^^^ def
-- file: 003_use.sql
UPDATE orders SET amount_cents$0 = 0;
