-- Hover on the column the backfill names but the table never had: it does not exist here; the table's columns are listed.
-- check: hover, definition
-- file: 20241221_initial_clean_baseline/migration.sql
CREATE TABLE "onboarding_states" ("id" TEXT NOT NULL, "client_id" TEXT, CONSTRAINT "onboarding_states_pkey" PRIMARY KEY ("id"));
-- file: 20241223_align_schema_with_production/migration.sql
UPDATE "onboarding_states" os SET "client_id" = NULL WHERE os."customer_id$0" IS NULL;
