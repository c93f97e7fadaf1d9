-- Go to definition of "client_id" in the align migration lands on the baseline's column definition.
-- check: hover, definition, references
-- file: 20241221_initial_clean_baseline/migration.sql
CREATE TABLE "customers" ("id" TEXT NOT NULL, CONSTRAINT "customers_pkey" PRIMARY KEY ("id"));
CREATE TABLE "onboarding_states" ("id" TEXT NOT NULL, "client_id" TEXT,
--                                                    ^^^^^^^^^^^ def
  CONSTRAINT "onboarding_states_pkey" PRIMARY KEY ("id"));
-- file: 20241223_align_schema_with_production/migration.sql
UPDATE "onboarding_states" os
SET "client_id" = c."id"
FROM "customers" c
WHERE os."client_id$0" IS NULL;
