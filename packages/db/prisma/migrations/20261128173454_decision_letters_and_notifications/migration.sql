/*
  Warnings:

  - A unique constraint covering the columns `[letter_version_id]` on the table `decision` will be added. If there are existing duplicate values, this will fail.

*/
-- CreateEnum
CREATE TYPE "Language" AS ENUM ('nl', 'fr', 'de', 'en');

-- CreateEnum
CREATE TYPE "MailStatus" AS ENUM ('pending', 'sent', 'failed');

-- CreateEnum
CREATE TYPE "NoticeKind" AS ENUM ('supplement_answered');

-- AlterTable
ALTER TABLE "application" ADD COLUMN     "contact_email" TEXT,
ADD COLUMN     "contact_user_id" TEXT,
ADD COLUMN     "language" "Language";

-- AlterTable
ALTER TABLE "decision" ADD COLUMN     "letter_version_id" UUID;

-- CreateTable
CREATE TABLE "mail_outbox" (
    "id" UUID NOT NULL,
    "dedupe_key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "application_id" UUID,
    "recipient" TEXT NOT NULL,
    "language" "Language" NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "status" "MailStatus" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "locked_until" TIMESTAMPTZ(3),
    "last_error" TEXT,
    "sent_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "mail_outbox_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notification_preference" (
    "user_id" TEXT NOT NULL,
    "non_essential" BOOLEAN NOT NULL DEFAULT true,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "notification_preference_pkey" PRIMARY KEY ("user_id")
);

-- CreateTable
CREATE TABLE "notice" (
    "id" UUID NOT NULL,
    "kind" "NoticeKind" NOT NULL,
    "application_id" UUID NOT NULL,
    "part" "Part" NOT NULL,
    "region" "Region",
    "user_id" TEXT,
    "supplement_request_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "notice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notice_read" (
    "notice_id" UUID NOT NULL,
    "user_id" TEXT NOT NULL,
    "read_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "notice_read_pkey" PRIMARY KEY ("notice_id","user_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "mail_outbox_dedupe_key_key" ON "mail_outbox"("dedupe_key");

-- CreateIndex
CREATE INDEX "mail_outbox_status_next_attempt_at_idx" ON "mail_outbox"("status", "next_attempt_at");

-- CreateIndex
CREATE INDEX "notice_part_region_created_at_idx" ON "notice"("part", "region", "created_at");

-- CreateIndex
CREATE INDEX "notice_user_id_created_at_idx" ON "notice"("user_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "decision_letter_version_id_key" ON "decision"("letter_version_id");

-- AddForeignKey
ALTER TABLE "notice" ADD CONSTRAINT "notice_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notice_read" ADD CONSTRAINT "notice_read_notice_id_fkey" FOREIGN KEY ("notice_id") REFERENCES "notice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
