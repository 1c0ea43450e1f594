import { actions, withdrawalConsequences } from '@loket/domain';
import { type Static, type TSchema, Type } from 'typebox';
import {
  ApplicationStateSchema,
  AudienceSchema,
  CategorySchema,
  DateSchema,
  DecisionGroundSchema,
  DecisionOutcomeSchema,
  DocumentTypeSchema,
  IdSchema,
  LanguageSchema,
  PartSchema,
  ProvinceSchema,
  RegionSchema,
  SexSchema,
  TimestampSchema,
  WorkerSituationSchema,
} from './common.ts';
import { EstablishmentUnitSchema } from './employers.ts';
import { ApplicationProgressSchema } from './progress.ts';
import { EarlyWarningSchema, OccupationCodeSchema } from './warnings.ts';

const Name = Type.String({ minLength: 1, maxLength: 100 });

/** A field a draft may leave empty: absent keeps the saved value, null clears it. */
const clearable = <T extends TSchema>(schema: T) => Type.Optional(Type.Union([schema, Type.Null()]));

export const WorkerSchema = Type.Object(
  {
    givenName: clearable(Name),
    familyName: clearable(Name),
    birthDate: clearable(DateSchema),
    sex: clearable(SexSchema),
    nationality: clearable(
      Type.String({ pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2 country code' }),
    ),
    situation: clearable(WorkerSituationSchema),
  },
  { additionalProperties: false },
);
export type Worker = Static<typeof WorkerSchema>;

/** What an applicant fills in; every field may stay empty while the application is a draft. */
const draftFields = {
  establishmentUnitId: clearable(IdSchema),
  category: clearable(CategorySchema),
  jobTitle: clearable(Type.String({ minLength: 1, maxLength: 200 })),
  /** The function as an ISCO-08 unit group; for a shortage occupation, one of the region's list. */
  occupationCode: clearable(OccupationCodeSchema),
  grossAnnualSalaryEur: clearable(Type.Integer({ minimum: 0, maximum: 10_000_000 })),
  worker: Type.Optional(WorkerSchema),
  /**
   * The language of e-mails and decision letters. Null (or never set) means the default of the
   * place of employment's region: Flanders nl, Wallonia fr, German-speaking Community de, Brussels fr.
   */
  language: clearable(LanguageSchema),
};

export const CreateDraftBody = Type.Object(
  { employerId: IdSchema, ...draftFields },
  { additionalProperties: false },
);
export type CreateDraftBody = Static<typeof CreateDraftBody>;

export const UpdateDraftBody = Type.Object(
  {
    /** The version the client last saw; a stale version is refused with 409. */
    version: Type.Integer({ minimum: 1 }),
    ...draftFields,
  },
  { additionalProperties: false },
);
export type UpdateDraftBody = Static<typeof UpdateDraftBody>;

export const ActionSchema = Type.Enum(actions);

export const ApplicationSummarySchema = Type.Object({
  id: IdSchema,
  reference: Type.String(),
  state: ApplicationStateSchema,
  version: Type.Integer(),
  category: Type.Union([CategorySchema, Type.Null()]),
  employer: Type.Object({ id: IdSchema, name: Type.String() }),
  workerName: Type.Union([Type.String(), Type.Null()]),
  region: Type.Union([RegionSchema, Type.Null()]),
  province: Type.Union([ProvinceSchema, Type.Null()]),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  submittedAt: Type.Union([TimestampSchema, Type.Null()]),
});
export type ApplicationSummary = Static<typeof ApplicationSummarySchema>;

export const DocumentVersionSchema = Type.Object({
  id: IdSchema,
  number: Type.Integer(),
  fileName: Type.String(),
  mediaType: Type.String(),
  sizeBytes: Type.Integer(),
  sha256: Type.String(),
  scanStatus: Type.Enum(['pending', 'clean', 'infected']),
  uploadedByRole: Type.String(),
  createdAt: TimestampSchema,
});
export type DocumentVersion = Static<typeof DocumentVersionSchema>;

export const DocumentSchema = Type.Object({
  id: IdSchema,
  type: DocumentTypeSchema,
  audience: AudienceSchema,
  versions: Type.Array(DocumentVersionSchema),
});
export type DocumentView = Static<typeof DocumentSchema>;

export const SupplementRequestSchema = Type.Object({
  id: IdSchema,
  part: PartSchema,
  documentTypes: Type.Array(DocumentTypeSchema),
  questions: Type.Array(Type.String()),
  message: Type.String(),
  dueDate: DateSchema,
  status: Type.Enum(['open', 'answered', 'withdrawn']),
  answerMessage: Type.Union([Type.String(), Type.Null()]),
  answers: Type.Array(Type.String()),
  answeredAt: Type.Union([TimestampSchema, Type.Null()]),
  createdAt: TimestampSchema,
});
export type SupplementRequestView = Static<typeof SupplementRequestSchema>;

export const DecisionSchema = Type.Object({
  part: PartSchema,
  outcome: DecisionOutcomeSchema,
  grounds: Type.Array(DecisionGroundSchema),
  motivation: Type.String(),
  decidedAt: TimestampSchema,
  /** How to appeal (reference data in force on the decision day), in the application's language; null for a grant. */
  appeal: Type.Union([Type.String(), Type.Null()]),
  /** The generated decision letter (a document version of type decision_letter); null for decisions taken before letters existed. */
  letterVersionId: Type.Union([IdSchema, Type.Null()]),
});
export type DecisionView = Static<typeof DecisionSchema>;

export const ChecklistItemSchema = Type.Object({
  type: DocumentTypeSchema,
  part: PartSchema,
  mandatory: Type.Boolean(),
  uploaded: Type.Boolean(),
});
export type ChecklistItem = Static<typeof ChecklistItemSchema>;

export const LegalClockSchema = Type.Object({
  startedAt: TimestampSchema,
  periodDays: Type.Integer(),
  pausedDays: Type.Integer(),
  /** True while a supplement request is open: the applicant holds the file. */
  paused: Type.Boolean(),
  deadline: TimestampSchema,
  daysLeft: Type.Integer(),
  /** True once the one extension of the period was granted (periodDays includes it). */
  extended: Type.Optional(Type.Boolean()),
});
export type LegalClock = Static<typeof LegalClockSchema>;

export const ApplicationDetailSchema = Type.Object({
  ...ApplicationSummarySchema.properties,
  establishmentUnit: Type.Union([EstablishmentUnitSchema, Type.Null()]),
  jobTitle: Type.Union([Type.String(), Type.Null()]),
  occupationCode: Type.Union([OccupationCodeSchema, Type.Null()]),
  grossAnnualSalaryEur: Type.Union([Type.Integer(), Type.Null()]),
  worker: WorkerSchema,
  /** The language e-mails and letters are written in: the applicant's choice, else the region's default. */
  language: LanguageSchema,
  admissibleAt: Type.Union([TimestampSchema, Type.Null()]),
  workDecidedAt: Type.Union([TimestampSchema, Type.Null()]),
  residenceDecidedAt: Type.Union([TimestampSchema, Type.Null()]),
  documents: Type.Array(DocumentSchema),
  supplementRequests: Type.Array(SupplementRequestSchema),
  decisions: Type.Array(DecisionSchema),
  /** The documents the category asks for (reference data in force on the filing date), and which are there. */
  checklist: Type.Array(ChecklistItemSchema),
  /** The legal decision period; null before submission and once the file has ended. */
  clock: Type.Union([LegalClockSchema, Type.Null()]),
  /** What the caller may do now, so the UI shows only buttons that will work. */
  availableActions: Type.Array(ActionSchema),
  /**
   * Early warnings (@loket/domain earlyWarnings) against the reference data of the filing date,
   * today for a draft: likely refusal grounds the applicant can still fix. Never blocks submission.
   */
  warnings: Type.Array(EarlyWarningSchema),
  /** The status timeline: both parts step by step, who holds the file, deadlines, expected decision. */
  progress: ApplicationProgressSchema,
  /**
   * What withdrawing would mean now (coded, for the portal to explain before the applicant
   * confirms); null when the caller may not withdraw (an authority, or the file has ended).
   */
  withdrawal: Type.Union([
    Type.Object({ consequences: Type.Array(Type.Enum(withdrawalConsequences)) }),
    Type.Null(),
  ]),
});
export type ApplicationDetail = Static<typeof ApplicationDetailSchema>;

export const ApplicationListQuery = Type.Object({
  /** One or more states (repeat the parameter: state=a&state=b). */
  state: Type.Optional(Type.Array(ApplicationStateSchema, { maxItems: 11 })),
  employerId: Type.Optional(IdSchema),
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 25 }),
  /** Opaque keyset cursor from the previous page's nextCursor. */
  cursor: Type.Optional(Type.String({ maxLength: 200 })),
});
export type ApplicationListQuery = Static<typeof ApplicationListQuery>;

export const ApplicationListSchema = Type.Object({
  items: Type.Array(ApplicationSummarySchema),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
});
export type ApplicationList = Static<typeof ApplicationListSchema>;

export const WithdrawBody = Type.Object(
  { reason: Type.Optional(Type.String({ maxLength: 2000 })) },
  { additionalProperties: false },
);
export type WithdrawBody = Static<typeof WithdrawBody>;

export const RequestSupplementBody = Type.Object(
  {
    /** Documents to (re)upload; at least one document or one question. */
    documentTypes: Type.Array(DocumentTypeSchema, { uniqueItems: true, maxItems: 20, default: [] }),
    /** Open questions the applicant answers in words. */
    questions: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 1000 }), { maxItems: 10 })),
    message: Type.String({ minLength: 1, maxLength: 4000 }),
    dueDate: DateSchema,
  },
  { additionalProperties: false },
);
export type RequestSupplementBody = Static<typeof RequestSupplementBody>;

export const AnswerSupplementBody = Type.Object(
  {
    message: Type.Optional(Type.String({ maxLength: 4000 })),
    /** One answer per question of the request, in the same order. */
    answers: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 4000 }), { maxItems: 10 })),
  },
  { additionalProperties: false },
);
export type AnswerSupplementBody = Static<typeof AnswerSupplementBody>;

export const SupplementParams = Type.Object({ id: IdSchema, requestId: IdSchema });
export type SupplementParams = Static<typeof SupplementParams>;

export const AdmissibilityBody = Type.Object(
  {
    admissible: Type.Boolean(),
    /** Required (at least one) when the file is declared inadmissible. */
    grounds: Type.Array(DecisionGroundSchema, { uniqueItems: true, default: [] }),
    motivation: Type.String({ maxLength: 8000, default: '' }),
  },
  { additionalProperties: false },
);
export type AdmissibilityBody = Static<typeof AdmissibilityBody>;

export const DecideBody = Type.Object(
  {
    outcome: Type.Enum(['granted', 'refused']),
    /** Required (at least one) for a refusal. */
    grounds: Type.Array(DecisionGroundSchema, { uniqueItems: true, default: [] }),
    motivation: Type.String({ maxLength: 8000, default: '' }),
  },
  { additionalProperties: false },
);
export type DecideBody = Static<typeof DecideBody>;

export const HistoryEntrySchema = Type.Object({
  at: TimestampSchema,
  action: Type.String(),
  fromState: Type.Union([ApplicationStateSchema, Type.Null()]),
  toState: ApplicationStateSchema,
  actorName: Type.String(),
  actorRole: Type.String(),
  reason: Type.Union([Type.String(), Type.Null()]),
});
export type HistoryEntry = Static<typeof HistoryEntrySchema>;

export const HistorySchema = Type.Object({ items: Type.Array(HistoryEntrySchema) });
export type History = Static<typeof HistorySchema>;

export const DocumentVersionParams = Type.Object({ id: IdSchema, versionId: IdSchema });
export type DocumentVersionParams = Static<typeof DocumentVersionParams>;

export const UploadFields = Type.Object({ type: DocumentTypeSchema });
