-- Live updates (docs/adr/0008-live-updates.md): every new application_event is announced on the
-- channel "loket_application_events" with NOTIFY, inside the inserting transaction, so listeners
-- hear of it exactly when it commits and never of a change that was rolled back. A trigger catches
-- every writer (transition(), recordVersion, seeds, future code) without any of them knowing.
--
-- The payload is a JSON array of { applicationId, version, state, action, at }: ids, codes and a
-- time, no personal data. One statement may insert many rows (createMany, seeds): they go out in
-- chunks of at most 40 events, well under NOTIFY's 8000-byte payload limit.
--
-- A bulk load that wants no announcements (a benchmark seeding a million rows) runs
-- `SET LOCAL loket.notify_events = 'off'` in its transaction.

CREATE FUNCTION "loket_notify_application_events"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  chunk text;
BEGIN
  IF current_setting('loket.notify_events', true) = 'off' THEN
    RETURN NULL;
  END IF;
  FOR chunk IN
    SELECT json_agg(
             json_build_object(
               'applicationId', e."application_id",
               'version', a."version",
               'state', e."to_state",
               'action', e."action",
               'at', e."at"
             )
             ORDER BY e."id"
           )::text
      FROM (
        SELECT n.*, (row_number() OVER (ORDER BY n."id") - 1) / 40 AS "batch"
          FROM "new_events" n
      ) e
      JOIN "application" a ON a."id" = e."application_id"
     GROUP BY e."batch"
     ORDER BY e."batch"
  LOOP
    PERFORM pg_notify('loket_application_events', chunk);
  END LOOP;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "application_event_notify"
  AFTER INSERT ON "application_event"
  REFERENCING NEW TABLE AS "new_events"
  FOR EACH STATEMENT
  EXECUTE FUNCTION "loket_notify_application_events"();
