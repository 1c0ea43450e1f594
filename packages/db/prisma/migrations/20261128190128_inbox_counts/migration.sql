-- Worklist counts (GET /v1/worklists) as index-only scans (docs/inbox.md, "Performance"): every
-- column a count reads, including the caller's scope (submitted for a region's work service,
-- admissible for the residence service), is in the index or its predicate. The residence
-- service's open-part indexes gain its scope in their predicate; the decided lists get partial
-- indexes with the scope instead of the full ones.

-- DropIndex
DROP INDEX "application_region_work_decided_at_idx";

-- DropIndex
DROP INDEX "application_residence_decided_at_idx";

CREATE INDEX "application_work_decided_idx" ON "application" ("region", "work_decided_at")
  WHERE "submitted_at" IS NOT NULL;
CREATE INDEX "application_residence_decided_idx" ON "application" ("residence_decided_at")
  WHERE "admissible_at" IS NOT NULL;

DROP INDEX "application_residence_queue_idx";
DROP INDEX "application_residence_holder_idx";
CREATE INDEX "application_residence_queue_idx" ON "application" ("decision_deadline", "id")
  WHERE "admissible_at" IS NOT NULL AND "work_decided_at" IS NOT NULL AND "closed_at" IS NULL;
CREATE INDEX "application_residence_holder_idx" ON "application" ("residence_assignee_id", "decision_deadline", "id")
  WHERE "admissible_at" IS NOT NULL AND "work_decided_at" IS NOT NULL AND "closed_at" IS NULL;
CREATE INDEX "application_residence_waiting_idx" ON "application" ("decision_deadline", "id")
  WHERE "admissible_at" IS NOT NULL AND "work_decided_at" IS NOT NULL AND "closed_at" IS NULL
    AND "clock_paused_since" IS NOT NULL;
