-- Hover on an enum type: labels in order, with where each was added.
-- check: hover, plaintext, definition, references
-- tool: flyway
-- file: V1__status.sql
CREATE TYPE order_status AS ENUM ('pending', 'paid');
--          ^^^^^^^^^^^^ def
CREATE TABLE orders (id bigint PRIMARY KEY, status order_status NOT NULL DEFAULT 'pending');
-- file: V2__shipped.sql
ALTER TYPE order_status ADD VALUE 'shipped' AFTER 'paid';
-- file: V3__use.sql
UPDATE orders SET status = 'paid'::order_status$0 WHERE id = 1;
