import { type Static, Type } from 'typebox';
import { ApplicationStateSchema, IdSchema, TimestampSchema } from './common.ts';

/**
 * The live stream `GET /v1/events` (text/event-stream, docs/adr/0008-live-updates.md). It speaks
 * three named Server-Sent Events; `data` is one line of JSON:
 *
 * - `ready`: the stream is live; changes from now on will be sent. Whatever the client loaded
 *   before may be stale: it refetches once.
 * - `application`: an application the caller may see changed (an {@link ApplicationChangedEvent}).
 * - `resync`: the server may have missed changes (its database connection dropped): refetch.
 *
 * Lines starting with `:` are keep-alive comments. The server ends the stream when the access token
 * expires (the client reconnects with a fresh one) and when it shuts down.
 */
export const liveEventNames = ['ready', 'application', 'resync'] as const;
export type LiveEventName = (typeof liveEventNames)[number];

/**
 * Something happened to an application the caller may see: a transition, an upload, an
 * assignment... Ids, codes and a time only, never personal data: the client refetches what it shows.
 */
export const ApplicationChangedEventSchema = Type.Object({
  applicationId: IdSchema,
  /** The application's version after the change (unchanged by uploads, which do not move the state). */
  version: Type.Integer({ minimum: 1 }),
  /** The state after the change. */
  state: ApplicationStateSchema,
  /** What happened, as in the history (e.g. submit, declare_admissible, upload_document). */
  action: Type.String(),
  at: TimestampSchema,
});
export type ApplicationChangedEvent = Static<typeof ApplicationChangedEventSchema>;
