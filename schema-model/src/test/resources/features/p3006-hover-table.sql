-- Hover on onboarding_states in the align migration: the table as it stands there (client_id, no customer_id).
-- check: hover, plaintext, definition, references
-- file: 20241221_initial_clean_baseline/migration.sql
CREATE TABLE "customers" ("id" TEXT NOT NULL, "clientId" TEXT, CONSTRAINT "customers_pkey" PRIMARY KEY ("id"));
CREATE TABLE "onboarding_states" ("id" TEXT NOT NULL, "client_id" TEXT, "step" INTEGER NOT NULL DEFAULT 0,
--           ^^^^^^^^^^^^^^^^^^^ def
  CONSTRAINT "onboarding_states_pkey" PRIMARY KEY ("id"));
-- file: 20241222_add_client_fk/migration.sql
ALTER TABLE "onboarding_states" ADD COLUMN "clientId" TEXT;
ALTER TABLE "onboarding_states" ADD CONSTRAINT "onboarding_states_clientId_fkey"
  FOREIGN KEY ("clientId") REFERENCES "customers"("id") ON DELETE SET NULL;
-- file: 20241223_align_schema_with_production/migration.sql
UPDATE "onboarding_states$0" os
SET "clientId" = c."id"
FROM "customers" c
WHERE os."customer_id" = c."clientId";
