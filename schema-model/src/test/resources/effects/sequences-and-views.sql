-- tool: plain
-- check: schema
-- Sequences and ownership, serial columns, views and materialized views, drops with CASCADE.
-- file: 001_init.sql
CREATE SEQUENCE invoice_numbers AS integer START WITH 1000 INCREMENT BY 10 MINVALUE 1000 NO MAXVALUE CACHE 1;
CREATE TABLE invoices (id serial PRIMARY KEY, number integer NOT NULL DEFAULT nextval('invoice_numbers'), customer text, total numeric);
ALTER SEQUENCE invoice_numbers OWNED BY invoices.number;
CREATE VIEW customer_totals AS SELECT customer, sum(total) AS total FROM invoices GROUP BY customer;
CREATE MATERIALIZED VIEW big_invoices AS SELECT id, total FROM invoices WHERE total > 1000;
-- file: 002_change.sql
ALTER SEQUENCE invoice_numbers RENAME TO invoice_no_seq;
CREATE OR REPLACE VIEW customer_totals AS SELECT customer, sum(total) AS total, count(*) AS n FROM invoices GROUP BY customer;
DROP MATERIALIZED VIEW big_invoices;
-- file: 003_drop.sql
CREATE TABLE lines (id bigserial PRIMARY KEY, invoice_id integer REFERENCES invoices (id));
DROP TABLE invoices CASCADE;
$0
