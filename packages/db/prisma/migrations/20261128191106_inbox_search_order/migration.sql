-- A whole service list in deadline order (worklist `all`, and every text search) from an index
-- that also carries the search text (docs/inbox.md, "Performance"). A search first takes the ids
-- of its page from it: for a common word an index-only walk in deadline order (no table row read
-- for the rows that do not match), for a rare one the trigram index, whichever the planner
-- estimates cheaper; only the page's rows are then read. Partial on each service's scope, so
-- that Prisma leaves them alone and every scoped query matches them; they replace the full
-- (region, deadline) and (deadline) indexes.
--
-- A finer histogram for the search text: PostgreSQL estimates LIKE '%word%' from the column's
-- most common values and histogram; with 100 entries a word in 0.1 % of the files looked like one
-- in 1 %, and the planner chose the walk for it.

-- DropIndex
DROP INDEX "application_decision_deadline_id_idx";

-- DropIndex
DROP INDEX "application_region_decision_deadline_id_idx";

CREATE INDEX "application_work_order_idx" ON "application" ("region", "decision_deadline", "id")
  INCLUDE ("search_text") WHERE "submitted_at" IS NOT NULL;
CREATE INDEX "application_residence_order_idx" ON "application" ("decision_deadline", "id")
  INCLUDE ("search_text") WHERE "admissible_at" IS NOT NULL;

ALTER TABLE "application" ALTER COLUMN "search_text" SET STATISTICS 1000;
