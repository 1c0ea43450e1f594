-- The statistics' maintained summary (docs/statistics.md, docs/adr/0010-statistics-summary.md).
--
-- Each submitted application counts under a handful of keys: its filing (year, region, category,
-- province), its work grant by province, age band, sex, nationality and applicant kind, the grounds
-- of its refusals, and the whole calendar days each measured period took. statistics_tally holds
-- how many files count under each key; statistics_fact the keys each application counts under now.
-- The database keeps both: after every change to an application's counted columns or to one of its
-- decisions, loket_statistics_refresh moves exactly the keys that changed (-1 for a key it no
-- longer has, +1 for a new one), in key order so that concurrent writers lock tally rows in the
-- same order. The statistics then read a few thousand tally rows instead of a million files.
-- One definition of the keys (the view statistics_application_keys) serves the triggers (for one
-- application) and loket_statistics_rebuild() (for all, after a bulk load that ran without triggers).

-- CreateTable
CREATE TABLE "statistics_tally" (
    "measure" TEXT NOT NULL,
    "year" SMALLINT NOT NULL,
    "region" "Region" NOT NULL,
    "category" "Category" NOT NULL,
    "dim" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "n" INTEGER NOT NULL,

    CONSTRAINT "statistics_tally_pkey" PRIMARY KEY ("measure","year","region","category","dim","value")
);

-- CreateTable
CREATE TABLE "statistics_fact" (
    "application_id" UUID NOT NULL,
    "keys" TEXT[],

    CONSTRAINT "statistics_fact_pkey" PRIMARY KEY ("application_id")
);

-- The Belgian calendar: years and days of the statistics are read in Europe/Brussels.
CREATE FUNCTION "loket_belgian_date"(at timestamptz) RETURNS date
LANGUAGE sql STABLE AS $$ SELECT (at AT TIME ZONE 'Europe/Brussels')::date $$;

CREATE FUNCTION "loket_belgian_year"(at timestamptz) RETURNS int
LANGUAGE sql STABLE AS $$ SELECT EXTRACT(YEAR FROM at AT TIME ZONE 'Europe/Brussels')::int $$;

-- The age band on a day (@loket/domain ageBands: full years; none for an unknown or impossible age).
CREATE FUNCTION "loket_age_band"(birth date, on_day date) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
           WHEN birth IS NULL OR on_day IS NULL THEN 'unknown'
           WHEN y < 0 THEN 'unknown'
           WHEN y <= 24 THEN 'under_25'
           WHEN y <= 29 THEN '25_29'
           WHEN y <= 34 THEN '30_34'
           WHEN y <= 39 THEN '35_39'
           WHEN y <= 49 THEN '40_49'
           ELSE '50_plus'
         END
    FROM (SELECT date_part('year', age(on_day, birth))::int AS y) AS t
$$;

-- The keys of every application: measure|year|region|category|dim|value.
CREATE VIEW "statistics_application_keys" AS
SELECT a."id" AS "application_id",
       CASE
         WHEN a."submitted_at" IS NULL OR a."region" IS NULL OR a."province" IS NULL OR a."category" IS NULL
           THEN '{}'::text[]
         ELSE array_remove(ARRAY[
             concat_ws('|', 'applications', "loket_belgian_year"(a."submitted_at"), a."region", a."category", 'province', a."province"),
             CASE WHEN wd."outcome" = 'granted' THEN concat_ws('|', 'grants', "loket_belgian_year"(wd."decided_at"), a."region", a."category", 'province', a."province") END,
             CASE WHEN wd."outcome" = 'granted' THEN concat_ws('|', 'grants', "loket_belgian_year"(wd."decided_at"), a."region", a."category", 'age_band',
                    "loket_age_band"(a."worker_birth_date", "loket_belgian_date"(wd."decided_at"))) END,
             CASE WHEN wd."outcome" = 'granted' THEN concat_ws('|', 'grants', "loket_belgian_year"(wd."decided_at"), a."region", a."category", 'sex',
                    COALESCE(a."worker_sex"::text, 'unknown')) END,
             CASE WHEN wd."outcome" = 'granted' THEN concat_ws('|', 'grants', "loket_belgian_year"(wd."decided_at"), a."region", a."category", 'nationality',
                    COALESCE(a."worker_nationality"::text, 'unknown')) END,
             CASE WHEN wd."outcome" = 'granted' THEN concat_ws('|', 'grants', "loket_belgian_year"(wd."decided_at"), a."region", a."category", 'situation',
                    COALESCE(a."worker_situation"::text, 'unknown')) END,
             CASE WHEN a."admissible_at" IS NOT NULL THEN concat_ws('|', 'days:admissibility', "loket_belgian_year"(a."admissible_at"), a."region", a."category", 'days',
                    "loket_belgian_date"(a."admissible_at") - "loket_belgian_date"(a."submitted_at")) END,
             CASE WHEN wd."outcome" IN ('granted', 'refused') THEN concat_ws('|', 'days:work', "loket_belgian_year"(wd."decided_at"), a."region", a."category", 'days',
                    "loket_belgian_date"(wd."decided_at") - "loket_belgian_date"(a."submitted_at")) END,
             CASE WHEN wd."outcome" = 'granted' AND rd."decided_at" IS NOT NULL THEN concat_ws('|', 'days:between', "loket_belgian_year"(rd."decided_at"), a."region", a."category", 'days',
                    "loket_belgian_date"(rd."decided_at") - "loket_belgian_date"(wd."decided_at")) END,
             CASE WHEN rd."decided_at" IS NOT NULL THEN concat_ws('|', 'days:total', "loket_belgian_year"(rd."decided_at"), a."region", a."category", 'days',
                    "loket_belgian_date"(rd."decided_at") - "loket_belgian_date"(a."submitted_at")) END
           ], NULL)
           || ARRAY(SELECT DISTINCT concat_ws('|', 'grounds', "loket_belgian_year"(wd."decided_at"), a."region", a."category",
                                              CASE WHEN wd."outcome" = 'inadmissible' THEN 'inadmissible' ELSE 'work' END, g)
                      FROM unnest(wd."grounds") AS g WHERE wd."outcome" IN ('refused', 'inadmissible'))
           || ARRAY(SELECT DISTINCT concat_ws('|', 'grounds', "loket_belgian_year"(rd."decided_at"), a."region", a."category", 'residence', g)
                      FROM unnest(rd."grounds") AS g WHERE rd."outcome" = 'refused')
       END AS "keys"
  FROM "application" a
  LEFT JOIN "decision" wd ON wd."application_id" = a."id" AND wd."part" = 'work'
  LEFT JOIN "decision" rd ON rd."application_id" = a."id" AND rd."part" = 'residence';

-- One application's keys brought up to date: the tally moves by the difference, in key order.
CREATE FUNCTION "loket_statistics_refresh"(app uuid) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  fresh text[];
  stale text[];
  change record;
BEGIN
  SELECT k."keys" INTO fresh FROM "statistics_application_keys" k WHERE k."application_id" = app;
  fresh := COALESCE(fresh, '{}');
  SELECT f."keys" INTO stale FROM "statistics_fact" f WHERE f."application_id" = app FOR UPDATE;
  stale := COALESCE(stale, '{}');
  IF fresh @> stale AND stale @> fresh THEN
    RETURN;
  END IF;
  FOR change IN
    SELECT d.key, sum(d.delta)::int AS delta
      FROM (SELECT unnest(stale) AS key, -1 AS delta UNION ALL SELECT unnest(fresh), 1) AS d
     GROUP BY d.key
    HAVING sum(d.delta) <> 0
     ORDER BY d.key
  LOOP
    INSERT INTO "statistics_tally" ("measure", "year", "region", "category", "dim", "value", "n")
    VALUES (split_part(change.key, '|', 1), split_part(change.key, '|', 2)::smallint,
            split_part(change.key, '|', 3)::"Region", split_part(change.key, '|', 4)::"Category",
            split_part(change.key, '|', 5), split_part(change.key, '|', 6), change.delta)
    ON CONFLICT ("measure", "year", "region", "category", "dim", "value")
    DO UPDATE SET "n" = "statistics_tally"."n" + EXCLUDED."n";
  END LOOP;
  INSERT INTO "statistics_fact" ("application_id", "keys") VALUES (app, fresh)
  ON CONFLICT ("application_id") DO UPDATE SET "keys" = EXCLUDED."keys";
END;
$$;

CREATE FUNCTION "loket_statistics_application"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "loket_statistics_refresh"(NEW."id");
  RETURN NULL;
END;
$$;

CREATE TRIGGER "application_statistics"
  AFTER INSERT OR UPDATE OF "submitted_at", "admissible_at", "region", "province", "category",
    "worker_birth_date", "worker_sex", "worker_nationality", "worker_situation"
  ON "application"
  FOR EACH ROW EXECUTE FUNCTION "loket_statistics_application"();

CREATE FUNCTION "loket_statistics_decision"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    PERFORM "loket_statistics_refresh"(OLD."application_id");
  END IF;
  IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW."application_id" <> OLD."application_id") THEN
    PERFORM "loket_statistics_refresh"(NEW."application_id");
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "decision_statistics"
  AFTER INSERT OR DELETE OR UPDATE OF "application_id", "part", "outcome", "grounds", "decided_at"
  ON "decision"
  FOR EACH ROW EXECUTE FUNCTION "loket_statistics_decision"();

-- Everything recounted from the files: after a load that ran without triggers (the synthetic
-- bulk load), and here for the files already there. TRUNCATE locks both tables until commit, so
-- a concurrent change waits and then refreshes against the recount.
CREATE FUNCTION "loket_statistics_rebuild"() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE "statistics_fact", "statistics_tally";
  INSERT INTO "statistics_fact" ("application_id", "keys")
  SELECT k."application_id", k."keys" FROM "statistics_application_keys" k WHERE cardinality(k."keys") > 0;
  INSERT INTO "statistics_tally" ("measure", "year", "region", "category", "dim", "value", "n")
  SELECT split_part(key, '|', 1), split_part(key, '|', 2)::smallint, split_part(key, '|', 3)::"Region",
         split_part(key, '|', 4)::"Category", split_part(key, '|', 5), split_part(key, '|', 6), count(*)::int
    FROM "statistics_fact", unnest("keys") AS key
   GROUP BY key;
END;
$$;

SELECT "loket_statistics_rebuild"();
