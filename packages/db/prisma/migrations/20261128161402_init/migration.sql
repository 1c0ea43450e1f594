-- CreateEnum
CREATE TYPE "OrganisationKind" AS ENUM ('employer', 'work_service', 'residence_service');

-- CreateEnum
CREATE TYPE "Region" AS ENUM ('flanders', 'brussels', 'wallonia', 'german_speaking');

-- CreateEnum
CREATE TYPE "Province" AS ENUM ('antwerp', 'limburg', 'east_flanders', 'flemish_brabant', 'west_flanders', 'brussels_capital', 'walloon_brabant', 'hainaut', 'liege', 'luxembourg', 'namur');

-- CreateEnum
CREATE TYPE "ApplicationState" AS ENUM ('draft', 'submitted', 'work_supplement_requested', 'inadmissible', 'work_review', 'work_refused', 'residence_review', 'residence_supplement_requested', 'residence_refused', 'permit_granted', 'withdrawn');

-- CreateEnum
CREATE TYPE "Category" AS ENUM ('highly_qualified', 'executive', 'eu_blue_card', 'researcher', 'athlete', 'performing_artist', 'internship', 'vocational_training', 'shortage_occupation', 'au_pair', 'trainee', 'other');

-- CreateEnum
CREATE TYPE "Sex" AS ENUM ('female', 'male', 'other');

-- CreateEnum
CREATE TYPE "WorkerSituation" AS ENUM ('abroad', 'student_in_belgium', 'international_protection', 'other_residence_in_belgium');

-- CreateEnum
CREATE TYPE "DocumentType" AS ENUM ('passport', 'employment_contract', 'diploma', 'cv', 'salary_proof', 'medical_certificate', 'criminal_record', 'fee_payment', 'hosting_agreement', 'federation_certificate', 'host_family', 'decision_letter', 'other');

-- CreateEnum
CREATE TYPE "Audience" AS ENUM ('both', 'work', 'residence');

-- CreateEnum
CREATE TYPE "ScanStatus" AS ENUM ('pending', 'clean', 'infected');

-- CreateEnum
CREATE TYPE "Part" AS ENUM ('work', 'residence');

-- CreateEnum
CREATE TYPE "DecisionOutcome" AS ENUM ('granted', 'refused', 'inadmissible');

-- CreateEnum
CREATE TYPE "SupplementStatus" AS ENUM ('open', 'answered');

-- CreateTable
CREATE TABLE "organisation" (
    "id" UUID NOT NULL,
    "kind" "OrganisationKind" NOT NULL,
    "name" TEXT NOT NULL,
    "enterprise_number" TEXT,
    "region" "Region",
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "establishment_unit" (
    "id" UUID NOT NULL,
    "employer_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "street" TEXT NOT NULL,
    "postal_code" TEXT NOT NULL,
    "municipality" TEXT NOT NULL,
    "region" "Region" NOT NULL,
    "province" "Province" NOT NULL,

    CONSTRAINT "establishment_unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "application" (
    "id" UUID NOT NULL,
    "reference" TEXT NOT NULL,
    "state" "ApplicationState" NOT NULL DEFAULT 'draft',
    "version" INTEGER NOT NULL DEFAULT 1,
    "employer_id" UUID NOT NULL,
    "establishment_unit_id" UUID,
    "region" "Region",
    "province" "Province",
    "category" "Category",
    "job_title" TEXT,
    "gross_annual_salary_eur" INTEGER,
    "worker_given_name" TEXT,
    "worker_family_name" TEXT,
    "worker_birth_date" DATE,
    "worker_sex" "Sex",
    "worker_nationality" CHAR(2),
    "worker_situation" "WorkerSituation",
    "created_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "submitted_at" TIMESTAMPTZ(3),
    "admissible_at" TIMESTAMPTZ(3),
    "work_decided_at" TIMESTAMPTZ(3),
    "residence_decided_at" TIMESTAMPTZ(3),
    "closed_at" TIMESTAMPTZ(3),

    CONSTRAINT "application_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "document" (
    "id" UUID NOT NULL,
    "application_id" UUID NOT NULL,
    "type" "DocumentType" NOT NULL,
    "audience" "Audience" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "document_version" (
    "id" UUID NOT NULL,
    "document_id" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "object_key" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "media_type" TEXT NOT NULL,
    "size_bytes" BIGINT NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "scan_status" "ScanStatus" NOT NULL DEFAULT 'pending',
    "uploaded_by" TEXT NOT NULL,
    "uploaded_by_role" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "document_version_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "supplement_request" (
    "id" UUID NOT NULL,
    "application_id" UUID NOT NULL,
    "requested_by" TEXT NOT NULL,
    "part" "Part" NOT NULL,
    "document_types" "DocumentType"[],
    "message" TEXT NOT NULL,
    "due_date" DATE NOT NULL,
    "status" "SupplementStatus" NOT NULL DEFAULT 'open',
    "answer_message" TEXT,
    "answered_by" TEXT,
    "answered_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "supplement_request_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "decision" (
    "id" UUID NOT NULL,
    "application_id" UUID NOT NULL,
    "part" "Part" NOT NULL,
    "outcome" "DecisionOutcome" NOT NULL,
    "grounds" TEXT[],
    "motivation" TEXT NOT NULL,
    "decided_by" TEXT NOT NULL,
    "decided_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "decision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "application_event" (
    "id" BIGSERIAL NOT NULL,
    "application_id" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "from_state" "ApplicationState",
    "to_state" "ApplicationState" NOT NULL,
    "actor_id" TEXT NOT NULL,
    "actor_name" TEXT NOT NULL,
    "actor_role" TEXT NOT NULL,
    "reason" TEXT,
    "details" JSONB,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "application_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "access_log" (
    "id" BIGSERIAL NOT NULL,
    "actor_id" TEXT NOT NULL,
    "actor_role" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "application_id" UUID,
    "document_version_id" UUID,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "access_log_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "organisation_enterprise_number_key" ON "organisation"("enterprise_number");

-- CreateIndex
CREATE INDEX "establishment_unit_employer_id_idx" ON "establishment_unit"("employer_id");

-- CreateIndex
CREATE UNIQUE INDEX "application_reference_key" ON "application"("reference");

-- CreateIndex
CREATE INDEX "application_employer_id_state_idx" ON "application"("employer_id", "state");

-- CreateIndex
CREATE INDEX "application_region_state_idx" ON "application"("region", "state");

-- CreateIndex
CREATE INDEX "application_state_submitted_at_idx" ON "application"("state", "submitted_at");

-- CreateIndex
CREATE UNIQUE INDEX "document_application_id_type_key" ON "document"("application_id", "type");

-- CreateIndex
CREATE UNIQUE INDEX "document_version_object_key_key" ON "document_version"("object_key");

-- CreateIndex
CREATE UNIQUE INDEX "document_version_document_id_number_key" ON "document_version"("document_id", "number");

-- CreateIndex
CREATE INDEX "supplement_request_application_id_idx" ON "supplement_request"("application_id");

-- CreateIndex
CREATE UNIQUE INDEX "decision_application_id_part_key" ON "decision"("application_id", "part");

-- CreateIndex
CREATE INDEX "application_event_application_id_at_idx" ON "application_event"("application_id", "at");

-- CreateIndex
CREATE INDEX "access_log_application_id_at_idx" ON "access_log"("application_id", "at");

-- AddForeignKey
ALTER TABLE "establishment_unit" ADD CONSTRAINT "establishment_unit_employer_id_fkey" FOREIGN KEY ("employer_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "application" ADD CONSTRAINT "application_employer_id_fkey" FOREIGN KEY ("employer_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "application" ADD CONSTRAINT "application_establishment_unit_id_fkey" FOREIGN KEY ("establishment_unit_id") REFERENCES "establishment_unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "document" ADD CONSTRAINT "document_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "document_version" ADD CONSTRAINT "document_version_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "document"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supplement_request" ADD CONSTRAINT "supplement_request_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "decision" ADD CONSTRAINT "decision_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "application_event" ADD CONSTRAINT "application_event_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
