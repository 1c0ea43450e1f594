-- CreateEnum
CREATE TYPE "UploadSessionState" AS ENUM ('receiving', 'completing', 'completed');

-- CreateTable
CREATE TABLE "upload_session" (
    "id" UUID NOT NULL,
    "application_id" UUID NOT NULL,
    "document_type" "DocumentType" NOT NULL,
    "audience" "Audience",
    "visible_to_applicant" BOOLEAN,
    "created_by" TEXT NOT NULL,
    "file_name" TEXT,
    "size_bytes" BIGINT NOT NULL,
    "offset" BIGINT NOT NULL DEFAULT 0,
    "media_type" TEXT,
    "version_id" UUID NOT NULL,
    "object_key" TEXT NOT NULL,
    "s3_upload_id" TEXT,
    "parts" JSONB NOT NULL DEFAULT '[]',
    "tail_bytes" INTEGER NOT NULL DEFAULT 0,
    "state" "UploadSessionState" NOT NULL DEFAULT 'receiving',
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "completed_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "upload_session_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "upload_session_version_id_key" ON "upload_session"("version_id");

-- CreateIndex
CREATE UNIQUE INDEX "upload_session_object_key_key" ON "upload_session"("object_key");

-- CreateIndex
CREATE INDEX "upload_session_expires_at_idx" ON "upload_session"("expires_at");

-- CreateIndex
CREATE INDEX "upload_session_application_id_idx" ON "upload_session"("application_id");

-- AddForeignKey
ALTER TABLE "upload_session" ADD CONSTRAINT "upload_session_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
