/**
 * The caseworkers' inbox (docs/inbox.md): worklists with counts, the filtered and sorted list,
 * assignment within a team, saved views, the deadline extension, and the version a client saw
 * (If-Match) for every change.
 */
import { worklistKeys } from '@loket/domain';
import { type Static, type TSchema, Type } from 'typebox';
import {
  ApplicationStateSchema,
  CategorySchema,
  DateSchema,
  IdSchema,
  PartSchema,
  ProvinceSchema,
  RegionSchema,
  TimestampSchema,
} from './common.ts';
import { ProblemSchema } from './problem.ts';

export const WorklistKeySchema = Type.Enum(worklistKeys);
export type WorklistKey = Static<typeof WorklistKeySchema>;

/**
 * The list order. `deadline`: the legal decision deadline, soonest first; `submitted`: filing
 * date, oldest first; `updated`: last change, oldest first; `decided`: when the caller's part was
 * decided, earliest first. A leading `-` reverses the order. Default: `-decided` for the decided
 * worklist, `deadline` for every other.
 */
export const inboxSorts = [
  'deadline',
  '-deadline',
  'submitted',
  '-submitted',
  'updated',
  '-updated',
  'decided',
  '-decided',
] as const;
export const InboxSortSchema = Type.Enum(inboxSorts);
export type InboxSort = Static<typeof InboxSortSchema>;

/** A member id (the user's `sub`), or `me`, or `none` (nobody holds the file). */
const AssigneeFilter = Type.String({ minLength: 1, maxLength: 255 });
const Nationality = Type.String({ pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2 country code' });

/** What a list shows: a worklist narrowed by filters, in an order. Saved views store exactly this. */
const viewFields = {
  /** Which worklist (default `team`: the service's whole open queue). */
  worklist: Type.Optional(WorklistKeySchema),
  /** Each filter takes one or more values (repeat the parameter: category=a&category=b). */
  category: Type.Optional(Type.Array(CategorySchema, { maxItems: 12 })),
  province: Type.Optional(Type.Array(ProvinceSchema, { maxItems: 11 })),
  state: Type.Optional(Type.Array(ApplicationStateSchema, { maxItems: 11 })),
  nationality: Type.Optional(Type.Array(Nationality, { maxItems: 50 })),
  /** The legal deadline on or after this day (Europe/Brussels calendar days are not used: UTC). */
  deadlineFrom: Type.Optional(DateSchema),
  /** The legal deadline on or before this day. */
  deadlineTo: Type.Optional(DateSchema),
  /** `me`, `none`, or a team member's id. */
  assignee: Type.Optional(AssigneeFilter),
  /**
   * Free text: every word (3 characters or more) must occur in the reference, the employer's name
   * or the worker's given or family name (case-insensitive, anywhere in the word).
   */
  q: Type.Optional(Type.String({ minLength: 3, maxLength: 100 })),
  sort: Type.Optional(InboxSortSchema),
};

export const SavedViewQuerySchema = Type.Object(viewFields, { additionalProperties: false });
export type SavedViewQuery = Static<typeof SavedViewQuerySchema>;

export const InboxQuery = Type.Object(
  {
    ...viewFields,
    limit: Type.Integer({ minimum: 1, maximum: 100, default: 25 }),
    /** Opaque keyset cursor from the previous page's nextCursor (valid for the same filters and sort). */
    cursor: Type.Optional(Type.String({ maxLength: 300 })),
  },
  { additionalProperties: false },
);
export type InboxQuery = Static<typeof InboxQuery>;

export const MemberSchema = Type.Object({ id: Type.String(), name: Type.String() });
export type Member = Static<typeof MemberSchema>;

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/** One row of the inbox: what a caseworker needs to pick the next file, seen from their part. */
export const InboxItemSchema = Type.Object({
  id: IdSchema,
  reference: Type.String(),
  state: ApplicationStateSchema,
  /** Send it back as If-Match: "<version>" with the next change. */
  version: Type.Integer(),
  category: Nullable(CategorySchema),
  region: Nullable(RegionSchema),
  province: Nullable(ProvinceSchema),
  employer: Type.Object({ id: IdSchema, name: Type.String() }),
  workerName: Nullable(Type.String()),
  nationality: Nullable(Type.String()),
  submittedAt: Nullable(TimestampSchema),
  admissibleAt: Nullable(TimestampSchema),
  updatedAt: TimestampSchema,
  /** The caller's part of the procedure. */
  part: PartSchema,
  /** Who holds the file in the caller's service. */
  assignee: Nullable(MemberSchema),
  /** Who holds it in each service (the other service's is shown, never changed). */
  assignees: Type.Object({ work: Nullable(MemberSchema), residence: Nullable(MemberSchema) }),
  /** The legal decision deadline as it reads now (moves while paused); null once the file ended. */
  legalDeadline: Nullable(TimestampSchema),
  /** True while a supplement request is open: the clock stands still. */
  paused: Type.Boolean(),
  /** Whole days left until the legal deadline, negative when overdue; null once the file ended. */
  daysLeft: Nullable(Type.Integer()),
  /** The one 30-day extension was granted. */
  extended: Type.Boolean(),
  /** Work service: hand the file over by this date (15 days after admissibility), while the work part is open after admissibility. */
  handOffDueDate: Nullable(DateSchema),
  /** The category's published handling time (where the region published one), paused like the legal clock. */
  categoryTargetDate: Nullable(DateSchema),
  /** When the caller's part was decided. */
  decidedAt: Nullable(TimestampSchema),
});
export type InboxItem = Static<typeof InboxItemSchema>;

export const InboxListSchema = Type.Object({
  items: Type.Array(InboxItemSchema),
  nextCursor: Nullable(Type.String()),
});
export type InboxList = Static<typeof InboxListSchema>;

export const WorklistCountSchema = Type.Object({ key: WorklistKeySchema, count: Type.Integer() });

/** The counts of the caller's worklists (`all` is not counted), and the thresholds they use. */
export const WorklistsSchema = Type.Object({
  part: PartSchema,
  region: Nullable(RegionSchema),
  items: Type.Array(WorklistCountSchema),
  dueSoonDays: Type.Integer(),
  decidedWithinDays: Type.Integer(),
});
export type Worklists = Static<typeof WorklistsSchema>;

export const TeamSchema = Type.Object({
  part: PartSchema,
  region: Nullable(RegionSchema),
  items: Type.Array(MemberSchema),
});
export type Team = Static<typeof TeamSchema>;

/**
 * Give the file to a member of the caller's team (null releases it). Taking is assigning to
 * yourself. Changing a holder who is someone else needs a reason (a reassignment).
 */
export const AssignBody = Type.Object(
  {
    assigneeId: Nullable(Type.String({ minLength: 1, maxLength: 255 })),
    reason: Type.Optional(Type.String({ minLength: 1, maxLength: 2000 })),
  },
  { additionalProperties: false },
);
export type AssignBody = Static<typeof AssignBody>;

export const AssignmentSchema = Type.Object({
  applicationId: IdSchema,
  /** The application's new version. */
  version: Type.Integer(),
  part: PartSchema,
  assignee: Nullable(MemberSchema),
});
export type Assignment = Static<typeof AssignmentSchema>;

export const BulkAssignBody = Type.Object(
  {
    /** Each file with the version the client saw (optional: without it, no check against the client's view). */
    items: Type.Array(
      Type.Object(
        { id: IdSchema, version: Type.Optional(Type.Integer({ minimum: 1 })) },
        {
          additionalProperties: false,
        },
      ),
      { minItems: 1, maxItems: 100 },
    ),
    assigneeId: Nullable(Type.String({ minLength: 1, maxLength: 255 })),
    reason: Type.Optional(Type.String({ minLength: 1, maxLength: 2000 })),
  },
  { additionalProperties: false },
);
export type BulkAssignBody = Static<typeof BulkAssignBody>;

/** One file's outcome in a bulk change: done, or the problem that one file ran into. */
export const BulkResultItemSchema = Type.Union([
  Type.Object({ id: IdSchema, ok: Type.Literal(true), assignment: AssignmentSchema }),
  Type.Object({ id: IdSchema, ok: Type.Literal(false), problem: ProblemSchema }),
]);
export type BulkResultItem = Static<typeof BulkResultItemSchema>;

export const BulkAssignResultSchema = Type.Object({
  /** In the order of the request's items. */
  results: Type.Array(BulkResultItemSchema),
});
export type BulkAssignResult = Static<typeof BulkAssignResultSchema>;

export const DeadlineExtensionBody = Type.Object(
  {
    /** Why the case is exceptional: recorded in the history and shown to the applicant. */
    reason: Type.String({ minLength: 10, maxLength: 2000 }),
  },
  { additionalProperties: false },
);
export type DeadlineExtensionBody = Static<typeof DeadlineExtensionBody>;

export const SavedViewSchema = Type.Object({
  id: IdSchema,
  name: Type.String(),
  query: SavedViewQuerySchema,
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type SavedView = Static<typeof SavedViewSchema>;

export const SavedViewListSchema = Type.Object({ items: Type.Array(SavedViewSchema) });
export type SavedViewList = Static<typeof SavedViewListSchema>;

const ViewName = Type.String({ minLength: 1, maxLength: 100 });

export const CreateSavedViewBody = Type.Object(
  { name: ViewName, query: SavedViewQuerySchema },
  { additionalProperties: false },
);
export type CreateSavedViewBody = Static<typeof CreateSavedViewBody>;

export const UpdateSavedViewBody = Type.Object(
  { name: Type.Optional(ViewName), query: Type.Optional(SavedViewQuerySchema) },
  { additionalProperties: false },
);
export type UpdateSavedViewBody = Static<typeof UpdateSavedViewBody>;

/**
 * The version the client last saw, for every change to an application: `If-Match: "<version>"`
 * (the ETag of GET /v1/applications/:id). A stale version is refused with 409 version_conflict
 * and the current state; without the header the change is checked against the version read
 * when the request arrives (earlier clients keep working).
 */
export const IfMatchHeaders = Type.Object({
  'if-match': Type.Optional(
    Type.String({
      pattern: '^(\\*|(W/)?"?[0-9]{1,9}"?)$',
      description: 'The version, e.g. "7" (or * for any)',
    }),
  ),
});
export type IfMatchHeaders = Static<typeof IfMatchHeaders>;
