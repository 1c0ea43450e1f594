-- The open worklists (team, new, waiting, due soon, overdue) sorted by filing date or by last
-- change (sort=submitted, sort=updated), as index walks that stop after a page (docs/inbox.md,
-- "Performance"). The queue indexes are in deadline order, so these sorts walked the whole
-- service's (submitted_at) or (updated_at) index from 2019 to the few open files, reading a table
-- row for each (the residence service), or read and sorted the whole open part (a region).
--
-- The same predicates as the deadline-order queue indexes (application_work_queue_idx,
-- application_residence_queue_idx), in the other two orders, carrying the columns the worklists
-- test within the open part (the clock, the deadline, the holder): a page is an index-only walk
-- that skips the files of other worklists without reading their rows. `mine` needed none (one
-- caseworker's open files, from the holder indexes, are few enough to sort).
CREATE INDEX "application_work_queue_submitted_idx" ON "application" ("region", "submitted_at", "id")
  INCLUDE ("decision_deadline", "clock_paused_since", "work_assignee_id")
  WHERE "submitted_at" IS NOT NULL AND "work_decided_at" IS NULL AND "closed_at" IS NULL;
CREATE INDEX "application_work_queue_updated_idx" ON "application" ("region", "updated_at", "id")
  INCLUDE ("decision_deadline", "clock_paused_since", "work_assignee_id")
  WHERE "submitted_at" IS NOT NULL AND "work_decided_at" IS NULL AND "closed_at" IS NULL;
CREATE INDEX "application_residence_queue_submitted_idx" ON "application" ("submitted_at", "id")
  INCLUDE ("decision_deadline", "clock_paused_since", "residence_assignee_id")
  WHERE "admissible_at" IS NOT NULL AND "work_decided_at" IS NOT NULL AND "closed_at" IS NULL;
CREATE INDEX "application_residence_queue_updated_idx" ON "application" ("updated_at", "id")
  INCLUDE ("decision_deadline", "clock_paused_since", "residence_assignee_id")
  WHERE "admissible_at" IS NOT NULL AND "work_decided_at" IS NOT NULL AND "closed_at" IS NULL;
