import { type Static, Type } from 'typebox';
import { IdSchema, LanguageSchema, PartSchema, TimestampSchema } from './common.ts';

/** What an in-app notice is about. */
export const noticeKinds = ['supplement_answered'] as const;
export const NoticeKindSchema = Type.Enum(noticeKinds);

/**
 * An in-app notice for caseworkers: the applicant answered a supplement request of your service.
 * Addressed to the authority's team (everyone of that service who may see the file) and, when the
 * file is assigned, to the assignee as well; each user reads it for themselves.
 */
export const NoticeSchema = Type.Object({
  id: IdSchema,
  kind: NoticeKindSchema,
  applicationId: IdSchema,
  /** The application's reference, to show without opening the file. */
  reference: Type.String(),
  /** The service the notice is for: the one that asked. */
  part: PartSchema,
  supplementRequestId: Type.Union([IdSchema, Type.Null()]),
  /** True when addressed to you personally (you hold the file), false for your team. */
  personal: Type.Boolean(),
  read: Type.Boolean(),
  readAt: Type.Union([TimestampSchema, Type.Null()]),
  createdAt: TimestampSchema,
});
export type NoticeView = Static<typeof NoticeSchema>;

export const NoticeListQuery = Type.Object({
  limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
});
export type NoticeListQuery = Static<typeof NoticeListQuery>;

/** Unread first, then newest first. */
export const NoticeListSchema = Type.Object({
  items: Type.Array(NoticeSchema),
  /** All unread notices of the caller, also those beyond `limit`. */
  unread: Type.Integer(),
});
export type NoticeList = Static<typeof NoticeListSchema>;

/** E-mails Loket sends the applicant. */
export const mailKinds = ['submission_received', 'supplement_requested', 'decision'] as const;
export const MailKindSchema = Type.Enum(mailKinds);
export type MailKind = (typeof mailKinds)[number];

/** Mails the applicant cannot switch off: they start a deadline or end a part of the procedure. */
export const essentialMailKinds: readonly MailKind[] = ['supplement_requested', 'decision'];

/** An applicant user's e-mail preferences. */
export const NotificationPreferencesSchema = Type.Object({
  /** Informational mails (the receipt of a submission); false opts out. */
  nonEssential: Type.Boolean(),
  /** Always sent, whatever the preference: supplement requests and decisions. */
  alwaysSent: Type.Array(MailKindSchema),
});
export type NotificationPreferences = Static<typeof NotificationPreferencesSchema>;

export const UpdateNotificationPreferencesBody = Type.Object(
  { nonEssential: Type.Boolean() },
  { additionalProperties: false },
);
export type UpdateNotificationPreferencesBody = Static<typeof UpdateNotificationPreferencesBody>;

/**
 * A signed-in user's preferences, kept on the server so every device uses them: the portal
 * language (null until the user chooses one) and the e-mails they receive as an applicant.
 */
export const UserPreferencesSchema = Type.Object({
  language: Type.Union([LanguageSchema, Type.Null()]),
  email: NotificationPreferencesSchema,
});
export type UserPreferences = Static<typeof UserPreferencesSchema>;

/** Only what is sent changes: an absent field keeps its value; `language: null` forgets the choice. */
export const UpdateUserPreferencesBody = Type.Object(
  {
    language: Type.Optional(Type.Union([LanguageSchema, Type.Null()])),
    email: Type.Optional(
      Type.Object({ nonEssential: Type.Optional(Type.Boolean()) }, { additionalProperties: false }),
    ),
  },
  { additionalProperties: false },
);
export type UpdateUserPreferencesBody = Static<typeof UpdateUserPreferencesBody>;
