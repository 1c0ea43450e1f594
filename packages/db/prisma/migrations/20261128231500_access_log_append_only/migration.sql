-- The record of reads of personal data (access_log: who opened which file or downloaded which
-- document version, in which role, when) is append-only, as the history is
-- (20261128230000_event_log_append_only): it is what a data-protection inquiry asks for, so no
-- writer may change or remove an entry. Same form: one statement-level trigger for UPDATE,
-- DELETE and TRUNCATE, no switch; retention, when it is decided, will be a migration of its own.

CREATE FUNCTION "loket_refuse_access_log_change"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'access_log is append-only: % refused (the record of who read what is never changed or removed)', TG_OP
    USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE TRIGGER "access_log_append_only"
  BEFORE UPDATE OR DELETE OR TRUNCATE ON "access_log"
  FOR EACH STATEMENT
  EXECUTE FUNCTION "loket_refuse_access_log_change"();
