import { type Static, Type } from 'typebox';
import {
  DateSchema,
  DecisionGroundSchema,
  DecisionOutcomeSchema,
  DocumentTypeSchema,
  IdSchema,
  PartSchema,
  TimestampSchema,
} from './common.ts';
import { HolderSchema } from './progress.ts';

/**
 * What the authorities sent an applicant: a supplement request, a decision (with its letter), or
 * another document they shared. One list across all the user's applications, newest first.
 */
export const messageKinds = ['supplement_request', 'decision', 'document'] as const;
export const MessageKindSchema = Type.Enum(messageKinds);
export type MessageKind = (typeof messageKinds)[number];

export const MessageSchema = Type.Object({
  /** The id of what was sent (the request, the decision, the document version): stable, per message. */
  id: IdSchema,
  kind: MessageKindSchema,
  application: Type.Object({
    id: IdSchema,
    reference: Type.String(),
    employer: Type.Object({ id: IdSchema, name: Type.String() }),
    workerName: Type.Union([Type.String(), Type.Null()]),
  }),
  /** The authority that sent it (its service and region), never a person. */
  from: HolderSchema,
  part: PartSchema,
  sentAt: TimestampSchema,
  read: Type.Boolean(),
  readAt: Type.Union([TimestampSchema, Type.Null()]),
  /** kind supplement_request. */
  supplementRequest: Type.Union([
    Type.Object({
      status: Type.Enum(['open', 'answered', 'withdrawn']),
      dueDate: DateSchema,
      documentTypes: Type.Array(DocumentTypeSchema),
      questions: Type.Array(Type.String()),
      message: Type.String(),
    }),
    Type.Null(),
  ]),
  /** kind decision. */
  decision: Type.Union([
    Type.Object({
      outcome: DecisionOutcomeSchema,
      grounds: Type.Array(DecisionGroundSchema),
      /** The decision letter, to download as a document version of the application. */
      letterVersionId: Type.Union([IdSchema, Type.Null()]),
    }),
    Type.Null(),
  ]),
  /** kind document: the version the authority shared. */
  document: Type.Union([
    Type.Object({
      documentId: IdSchema,
      versionId: IdSchema,
      type: DocumentTypeSchema,
      fileName: Type.String(),
    }),
    Type.Null(),
  ]),
});
export type Message = Static<typeof MessageSchema>;

export const MessageListQuery = Type.Object({
  /** An agent: the messages about one employer's applications. */
  employerId: Type.Optional(IdSchema),
  applicationId: Type.Optional(IdSchema),
  /** Only those not read yet. */
  unread: Type.Optional(Type.Boolean()),
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 25 }),
  /** Opaque keyset cursor from the previous page's nextCursor. */
  cursor: Type.Optional(Type.String({ maxLength: 200 })),
});
export type MessageListQuery = Static<typeof MessageListQuery>;

export const MessageListSchema = Type.Object({
  items: Type.Array(MessageSchema),
  /** Unread messages under the same employer/application filter, also beyond this page. */
  unread: Type.Integer(),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
});
export type MessageList = Static<typeof MessageListSchema>;

/** Mark every message read, or those of one employer or one application. */
export const MarkMessagesReadBody = Type.Object(
  { employerId: Type.Optional(IdSchema), applicationId: Type.Optional(IdSchema) },
  { additionalProperties: false },
);
export type MarkMessagesReadBody = Static<typeof MarkMessagesReadBody>;

export const MarkMessagesReadResultSchema = Type.Object({
  /** How many were marked now. */
  marked: Type.Integer(),
  /** Unread messages left (all of the user's). */
  unread: Type.Integer(),
});
export type MarkMessagesReadResult = Static<typeof MarkMessagesReadResultSchema>;
