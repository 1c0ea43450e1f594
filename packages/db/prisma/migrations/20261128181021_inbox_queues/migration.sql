-- The inbox at a million applications (docs/inbox.md, "Performance"; measured with EXPLAIN
-- ANALYZE on the bench:inbox data).
--
-- Every order of a service's whole list (`all`, searches) gets an index per scope: the region's
-- for work services, none for the residence service (its scope is "admissible"). The earlier
-- (region, state, deadline) indexes could not serve a deadline order across several states.
-- DropIndex
DROP INDEX "application_region_state_decision_deadline_id_idx";

-- DropIndex
DROP INDEX "application_state_decision_deadline_id_idx";

-- CreateIndex
CREATE INDEX "application_region_decision_deadline_id_idx" ON "application"("region", "decision_deadline", "id");

-- CreateIndex
CREATE INDEX "application_decision_deadline_id_idx" ON "application"("decision_deadline", "id");

-- CreateIndex
CREATE INDEX "application_region_submitted_at_id_idx" ON "application"("region", "submitted_at", "id");

-- CreateIndex
CREATE INDEX "application_submitted_at_id_idx" ON "application"("submitted_at", "id");

-- CreateIndex
CREATE INDEX "application_region_updated_at_id_idx" ON "application"("region", "updated_at", "id");

-- CreateIndex
CREATE INDEX "application_updated_at_id_idx" ON "application"("updated_at", "id");

-- The open worklists (team, new, mine, waiting, due soon, overdue) of each part, as partial
-- indexes: only the few percent of files whose part is open, in deadline order, so a page stops
-- after its 26 rows. Their predicates are the milestones transition() sets with the states (the
-- work part is open from submission until the work decision or the end; the residence part from
-- the work grant until the end): PostgreSQL cannot match an enum state list sent as parameters
-- (casts it does not fold at planning time) against an index predicate, but these NULL tests it
-- can. schema.prisma cannot declare partial indexes; Prisma leaves them alone.
CREATE INDEX "application_work_queue_idx" ON "application" ("region", "decision_deadline", "id")
  WHERE "submitted_at" IS NOT NULL AND "work_decided_at" IS NULL AND "closed_at" IS NULL;
CREATE INDEX "application_work_holder_idx" ON "application" ("region", "work_assignee_id", "decision_deadline", "id")
  WHERE "submitted_at" IS NOT NULL AND "work_decided_at" IS NULL AND "closed_at" IS NULL;
CREATE INDEX "application_work_waiting_idx" ON "application" ("region", "decision_deadline", "id")
  WHERE "submitted_at" IS NOT NULL AND "work_decided_at" IS NULL AND "closed_at" IS NULL
    AND "clock_paused_since" IS NOT NULL;
CREATE INDEX "application_residence_queue_idx" ON "application" ("decision_deadline", "id")
  WHERE "work_decided_at" IS NOT NULL AND "closed_at" IS NULL;
CREATE INDEX "application_residence_holder_idx" ON "application" ("residence_assignee_id", "decision_deadline", "id")
  WHERE "work_decided_at" IS NOT NULL AND "closed_at" IS NULL;
