/*
  Warnings:

  - A unique constraint covering the columns `[application_id,type,origin]` on the table `document` will be added. If there are existing duplicate values, this will fail.

*/
-- CreateEnum
CREATE TYPE "DocumentOrigin" AS ENUM ('applicant', 'work', 'residence');

-- AlterEnum
ALTER TYPE "DocumentType" ADD VALUE 'note' BEFORE 'other';

-- DropIndex
DROP INDEX "document_application_id_type_key";

-- AlterTable
ALTER TABLE "document" ADD COLUMN     "origin" "DocumentOrigin" NOT NULL DEFAULT 'applicant',
ADD COLUMN     "visible_to_applicant" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "document_version" ADD COLUMN     "scan_finding" TEXT,
ADD COLUMN     "scanned_at" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "supplement_request" ADD COLUMN     "answers" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "questions" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateIndex
CREATE UNIQUE INDEX "document_application_id_type_origin_key" ON "document"("application_id", "type", "origin");

-- CreateIndex
CREATE INDEX "document_version_scan_status_created_at_idx" ON "document_version"("scan_status", "created_at");
