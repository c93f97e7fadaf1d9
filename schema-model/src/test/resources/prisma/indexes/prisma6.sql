-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Account" (
    "id" TEXT NOT NULL,
    "login" TEXT NOT NULL,
    "handle" TEXT NOT NULL,
    "tenant" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "created" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "a_very_long_column_name_that_goes_on" TEXT NOT NULL,
    "another_very_long_column_name_too" TEXT NOT NULL,

    CONSTRAINT "account_primary" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "accountId" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'member',

    CONSTRAINT "membership_pk" PRIMARY KEY ("accountId","groupId")
);

-- CreateTable
CREATE TABLE "Legacy" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "Legacy_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "account_login_unique" ON "Account"("login");

-- CreateIndex
CREATE UNIQUE INDEX "Account_handle_key" ON "Account"("handle" DESC);

-- CreateIndex
CREATE INDEX "Account_score_created_idx" ON "Account"("score" DESC, "created");

-- CreateIndex
CREATE INDEX "Account_region_idx" ON "Account" USING HASH ("region");

-- CreateIndex
CREATE INDEX "acct_tenant" ON "Account"("tenant");

-- CreateIndex
CREATE INDEX "Account_a_very_long_column_name_that_goes_on_another_very_l_idx" ON "Account"("a_very_long_column_name_that_goes_on", "another_very_long_column_name_too");

-- CreateIndex
CREATE UNIQUE INDEX "Account_tenant_login_key" ON "Account"("tenant", "login");

-- CreateIndex
CREATE UNIQUE INDEX "Account_tenant_region_key" ON "Account"("tenant", "region");

-- CreateIndex
CREATE UNIQUE INDEX "region_score_uq" ON "Account"("region", "score");

-- CreateIndex
CREATE INDEX "Membership_groupId_idx" ON "Membership"("groupId");

