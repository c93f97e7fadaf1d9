-- Tables and views after FROM; Prisma-style quoting because the statement quotes names.
-- check: completion
-- file: 001_init.sql
CREATE TYPE status AS ENUM ('active', 'blocked');
CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, state status NOT NULL DEFAULT 'active');
CREATE TABLE "Post" ("id" TEXT NOT NULL, "authorId" BIGINT, CONSTRAINT "Post_pkey" PRIMARY KEY ("id"));
-- file: 002_next.sql
SELECT "id" FROM $0
