import { type Static, Type } from 'typebox';
import { IdSchema, PartSchema, TimestampSchema } from './common.ts';

/** A caseworker's internal note: their own authority reads it; the other authority and the applicant never do. */
export const CaseNoteSchema = Type.Object({
  id: IdSchema,
  part: PartSchema,
  authorName: Type.String(),
  text: Type.String(),
  createdAt: TimestampSchema,
});
export type CaseNote = Static<typeof CaseNoteSchema>;

export const CaseNoteListSchema = Type.Object({ items: Type.Array(CaseNoteSchema) });
export type CaseNoteList = Static<typeof CaseNoteListSchema>;

export const AddCaseNoteBody = Type.Object(
  { text: Type.String({ minLength: 1, maxLength: 8000 }) },
  { additionalProperties: false },
);
export type AddCaseNoteBody = Static<typeof AddCaseNoteBody>;
