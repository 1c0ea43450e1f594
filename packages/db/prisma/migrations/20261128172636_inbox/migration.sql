-- The inbox (docs/inbox.md): the legal clock stored for queries, assignees per part, the members
-- learned from tokens, saved views, and the indexes the worklists and the text search need.
-- pg_trgm (shipped with PostgreSQL, also the embedded server) indexes ILIKE '%fragment%' searches.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- AlterTable
ALTER TABLE "application" ADD COLUMN     "clock_paused_since" TIMESTAMPTZ(3),
ADD COLUMN     "deadline_extended_at" TIMESTAMPTZ(3),
ADD COLUMN     "deadline_extension_days" INTEGER,
ADD COLUMN     "decision_deadline" TIMESTAMPTZ(3),
ADD COLUMN     "residence_assignee_id" TEXT,
ADD COLUMN     "work_assignee_id" TEXT;

-- CreateTable
CREATE TABLE "member" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "authority" "Part" NOT NULL,
    "region" "Region",
    "first_seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "member_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "saved_view" (
    "id" UUID NOT NULL,
    "owner_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "query" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "saved_view_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "member_authority_region_idx" ON "member"("authority", "region");

-- CreateIndex
CREATE UNIQUE INDEX "saved_view_owner_id_name_key" ON "saved_view"("owner_id", "name");

-- CreateIndex
CREATE INDEX "application_region_state_decision_deadline_id_idx" ON "application"("region", "state", "decision_deadline", "id");

-- CreateIndex
CREATE INDEX "application_state_decision_deadline_id_idx" ON "application"("state", "decision_deadline", "id");

-- CreateIndex
CREATE INDEX "application_work_assignee_id_state_idx" ON "application"("work_assignee_id", "state");

-- CreateIndex
CREATE INDEX "application_residence_assignee_id_state_idx" ON "application"("residence_assignee_id", "state");

-- CreateIndex
CREATE INDEX "application_region_work_decided_at_idx" ON "application"("region", "work_decided_at");

-- CreateIndex
CREATE INDEX "application_residence_decided_at_idx" ON "application"("residence_decided_at");

-- CreateIndex
CREATE INDEX "application_reference_trgm_idx" ON "application" USING GIN ("reference" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "application_worker_family_name_trgm_idx" ON "application" USING GIN ("worker_family_name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "application_worker_given_name_trgm_idx" ON "application" USING GIN ("worker_given_name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "organisation_name_trgm_idx" ON "organisation" USING GIN ("name" gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "application" ADD CONSTRAINT "application_work_assignee_id_fkey" FOREIGN KEY ("work_assignee_id") REFERENCES "member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "application" ADD CONSTRAINT "application_residence_assignee_id_fkey" FOREIGN KEY ("residence_assignee_id") REFERENCES "member"("id") ON DELETE SET NULL ON UPDATE CASCADE;
