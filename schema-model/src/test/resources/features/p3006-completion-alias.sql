-- Completion after `os.` lists the columns of onboarding_states at that point, quoted as Prisma quotes.
-- check: completion
-- file: 20241221_initial_clean_baseline/migration.sql
CREATE TABLE "customers" ("id" TEXT NOT NULL, CONSTRAINT "customers_pkey" PRIMARY KEY ("id"));
CREATE TABLE "onboarding_states" ("id" TEXT NOT NULL, "client_id" TEXT, CONSTRAINT "onboarding_states_pkey" PRIMARY KEY ("id"));
-- file: 20241222_step/migration.sql
ALTER TABLE "onboarding_states" ADD COLUMN "step" INTEGER NOT NULL DEFAULT 0;
-- file: 20241223_align_schema_with_production/migration.sql
UPDATE "onboarding_states" os
SET "client_id" = c."id"
FROM "customers" c
WHERE os.$0
