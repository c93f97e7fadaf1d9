-- Ops alerting (AlertLog) and a pool of pre-purchased Twilio numbers that new
-- clients are assigned from during onboarding.

-- CreateEnum
CREATE TYPE "TwilioNumberStatus" AS ENUM ('AVAILABLE', 'RESERVED', 'ASSIGNED', 'RELEASED');

-- CreateTable (alert_logs already exists on databases built from the baseline)
CREATE TABLE IF NOT EXISTS "alert_logs" (
    "id" TEXT NOT NULL,
    "alert_type" TEXT NOT NULL,
    "alert_key" TEXT NOT NULL,
    "severity" "AlertSeverity" NOT NULL DEFAULT 'WARNING',
    "message" TEXT NOT NULL,
    "client_id" TEXT,
    "metadata" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "alert_logs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "twilio_number_pool" (
    "id" TEXT NOT NULL,
    "phone_number" TEXT NOT NULL,
    "twilio_sid" TEXT NOT NULL,
    "area_code" TEXT NOT NULL,
    "status" "TwilioNumberStatus" NOT NULL DEFAULT 'AVAILABLE',
    "client_id" TEXT,
    "assigned_at" TIMESTAMP(3),
    "released_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "twilio_number_pool_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX IF NOT EXISTS "alert_logs_alert_type_alert_key_key" ON "alert_logs"("alert_type", "alert_key");

-- CreateIndex
CREATE INDEX IF NOT EXISTS "alert_logs_client_id_created_at_idx" ON "alert_logs"("client_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "twilio_number_pool_phone_number_key" ON "twilio_number_pool"("phone_number");

-- CreateIndex
CREATE UNIQUE INDEX "twilio_number_pool_twilio_sid_key" ON "twilio_number_pool"("twilio_sid");

-- CreateIndex
CREATE UNIQUE INDEX "twilio_number_pool_client_id_key" ON "twilio_number_pool"("client_id");

-- CreateIndex
CREATE INDEX "twilio_number_pool_status_area_code_idx" ON "twilio_number_pool"("status", "area_code");

-- AddForeignKey
ALTER TABLE "twilio_number_pool" ADD CONSTRAINT "twilio_number_pool_client_id_fkey" FOREIGN KEY ("client_id") REFERENCES "clients"("id") ON DELETE SET NULL ON UPDATE CASCADE;
