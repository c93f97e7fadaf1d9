-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "mood" AS ENUM ('HAPPY', 'sad', 'NEUTRAL');

-- CreateTable
CREATE TABLE "everything" (
    "id" SERIAL NOT NULL,
    "big" BIGINT NOT NULL DEFAULT 42,
    "text" TEXT NOT NULL DEFAULT 'it''s',
    "maybe" TEXT,
    "flt" DOUBLE PRECISION NOT NULL DEFAULT 1.5,
    "dec" DECIMAL(65,30) NOT NULL DEFAULT 2.25,
    "flag" BOOLEAN NOT NULL DEFAULT true,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "changed" TIMESTAMP(3) NOT NULL,
    "doc" JSONB NOT NULL DEFAULT '{"a": 1}',
    "blob" BYTEA,
    "tags" TEXT[],
    "nums" INTEGER[] DEFAULT ARRAY[1, 2]::INTEGER[],
    "mood" "mood" NOT NULL DEFAULT 'sad',
    "moods" "mood"[],
    "renamed_col" TEXT NOT NULL,
    "vc" VARCHAR(255) NOT NULL,
    "ch" CHAR(10) NOT NULL,
    "uid" UUID NOT NULL,
    "cu" TEXT NOT NULL,
    "gen" UUID NOT NULL DEFAULT gen_random_uuid(),
    "tz" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ts6" TIMESTAMP(6) NOT NULL,
    "day" DATE NOT NULL,
    "tm" TIME(3) NOT NULL,
    "small" SMALLINT NOT NULL,
    "money" MONEY NOT NULL,
    "num" DECIMAL(10,2) NOT NULL,
    "real" REAL NOT NULL,
    "js" JSON NOT NULL,
    "txt" TEXT NOT NULL,
    "inet" INET,
    "xml" XML,
    "bits" BIT(4),
    "hidden" TEXT,

    CONSTRAINT "everything_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BigCounter" (
    "id" BIGSERIAL NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "BigCounter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SmallCounter" (
    "id" SMALLSERIAL NOT NULL,

    CONSTRAINT "SmallCounter_pkey" PRIMARY KEY ("id")
);

