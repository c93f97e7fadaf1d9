-- tool: plain
-- check: schema
-- Every ALTER TABLE action we model, in order, on tables made earlier in the history.
-- file: 001_init.sql
CREATE TABLE users (id integer PRIMARY KEY, email text, name text, age smallint, legacy text);
CREATE TABLE posts (id integer PRIMARY KEY, author integer, title varchar(100));
-- file: 002_alter.sql
ALTER TABLE users ADD COLUMN nickname varchar(40) DEFAULT NULL, ADD COLUMN score integer NOT NULL DEFAULT 0;
ALTER TABLE users ALTER COLUMN age TYPE integer, ALTER COLUMN age SET DEFAULT 18;
ALTER TABLE users ALTER COLUMN email SET NOT NULL;
ALTER TABLE users ALTER COLUMN name SET DATA TYPE varchar(200);
ALTER TABLE users ALTER COLUMN score DROP DEFAULT;
ALTER TABLE users DROP COLUMN legacy;
ALTER TABLE users RENAME COLUMN name TO full_name;
ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);
ALTER TABLE users ADD CONSTRAINT users_age_check CHECK (age > 0) NOT VALID;
ALTER TABLE users VALIDATE CONSTRAINT users_age_check;
ALTER TABLE posts ADD CONSTRAINT posts_author_fkey FOREIGN KEY (author) REFERENCES users (id) NOT VALID;
ALTER TABLE posts ALTER COLUMN title TYPE text USING title::text;
-- file: 003_rename.sql
ALTER TABLE users RENAME CONSTRAINT users_email_key TO users_email_unique;
ALTER TABLE posts RENAME TO articles;
ALTER TABLE articles DROP CONSTRAINT posts_author_fkey;
ALTER TABLE users ALTER COLUMN email DROP NOT NULL;
ALTER TABLE articles ADD COLUMN IF NOT EXISTS title text;
ALTER TABLE articles DROP COLUMN IF EXISTS body;
$0
