-- The inbox's text search as one column (docs/inbox.md): reference, employer's name and worker's
-- names, lower case and without accents, with one trigram index. Every word the caseworker types
-- becomes one indexed LIKE on it, and several words combine as a BitmapAnd, instead of an OR over
-- three columns plus a lookup of thousands of employer ids for a common fragment.
--
-- The database writes the column, so no writer can forget it: on every insert and every change
-- of the four source columns of an application, and on every rename of an employer. @loket/domain
-- normalizeForSearch() makes the same text from what a caseworker types (and for bulk loads that
-- run without triggers).

CREATE EXTENSION IF NOT EXISTS unaccent;

-- DropIndex
DROP INDEX "application_reference_trgm_idx";

-- DropIndex
DROP INDEX "application_worker_family_name_trgm_idx";

-- DropIndex
DROP INDEX "application_worker_given_name_trgm_idx";

-- DropIndex
DROP INDEX "organisation_name_trgm_idx";

-- AlterTable
ALTER TABLE "application" ADD COLUMN     "search_text" TEXT;

CREATE FUNCTION "loket_search_text"(reference text, employer uuid, given text, family text) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT unaccent(lower(concat_ws(' ',
    NULLIF(reference, ''),
    NULLIF((SELECT o."name" FROM "organisation" o WHERE o."id" = employer), ''),
    NULLIF(given, ''),
    NULLIF(family, ''))))
$$;

CREATE FUNCTION "loket_application_search_text"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."search_text" := "loket_search_text"(NEW."reference", NEW."employer_id", NEW."worker_given_name", NEW."worker_family_name");
  RETURN NEW;
END;
$$;

CREATE TRIGGER "application_search_text"
  BEFORE INSERT OR UPDATE OF "reference", "employer_id", "worker_given_name", "worker_family_name"
  ON "application"
  FOR EACH ROW EXECUTE FUNCTION "loket_application_search_text"();

CREATE FUNCTION "loket_organisation_search_text"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "application"
     SET "search_text" = "loket_search_text"("reference", "employer_id", "worker_given_name", "worker_family_name")
   WHERE "employer_id" = NEW."id";
  RETURN NULL;
END;
$$;

CREATE TRIGGER "organisation_search_text"
  AFTER UPDATE OF "name" ON "organisation"
  FOR EACH ROW WHEN (OLD."name" IS DISTINCT FROM NEW."name")
  EXECUTE FUNCTION "loket_organisation_search_text"();

-- The applications that exist already.
UPDATE "application"
   SET "search_text" = "loket_search_text"("reference", "employer_id", "worker_given_name", "worker_family_name");

-- CreateIndex
CREATE INDEX "application_search_text_trgm_idx" ON "application" USING GIN ("search_text" gin_trgm_ops);
