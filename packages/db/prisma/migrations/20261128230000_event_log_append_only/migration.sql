-- The history of a file (application_event: who, when, which role, why) is append-only: a step,
-- once written, is evidence and is never changed or removed. The database refuses it itself, so
-- no writer (the API, a seed, a script, a console session) can rewrite the history by mistake.
-- Nothing legitimate updates or deletes an event: corrections are new events.
--
-- One statement-level trigger covers UPDATE, DELETE and TRUNCATE (also a TRUNCATE ... CASCADE
-- reaching this table from "application"). It fires before any row is touched and has no switch:
-- only the table's owner can get around it (ALTER TABLE ... DISABLE TRIGGER), which is a schema
-- change, not something the application does. Tests never need to: every test file gets a fresh
-- database cloned from the migrated template (packages/db/src/testing.ts).

CREATE FUNCTION "loket_refuse_application_event_change"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'application_event is append-only: % refused (the history of a file is never changed or removed; record a new event instead)', TG_OP
    USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE TRIGGER "application_event_append_only"
  BEFORE UPDATE OR DELETE OR TRUNCATE ON "application_event"
  FOR EACH STATEMENT
  EXECUTE FUNCTION "loket_refuse_application_event_change"();
