-- AlterTable
ALTER TABLE "notification_preference" ADD COLUMN     "language" "Language";

-- CreateTable
CREATE TABLE "message_read" (
    "user_id" TEXT NOT NULL,
    "message_id" UUID NOT NULL,
    "read_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "message_read_pkey" PRIMARY KEY ("user_id","message_id")
);
