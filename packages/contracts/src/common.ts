import {
  applicationStates,
  audiences,
  categories,
  decisionGrounds,
  decisionOutcomes,
  documentTypes,
  languages,
  provinces,
  regions,
  roles,
  sexes,
  workerSituations,
} from '@loket/domain';
import { type Static, Type } from 'typebox';

/** Schemas for the domain's code lists, so every shape speaks the same codes. */
export const RoleSchema = Type.Enum(roles);
export const RegionSchema = Type.Enum(regions);
export const ProvinceSchema = Type.Enum(provinces);
export const ApplicationStateSchema = Type.Enum(applicationStates);
export const CategorySchema = Type.Enum(categories);
export const SexSchema = Type.Enum(sexes);
export const WorkerSituationSchema = Type.Enum(workerSituations);
export const DocumentTypeSchema = Type.Enum(documentTypes);
export const AudienceSchema = Type.Enum(audiences);
export const DecisionGroundSchema = Type.Enum(decisionGrounds);
export const DecisionOutcomeSchema = Type.Enum(decisionOutcomes);
export const PartSchema = Type.Enum(['work', 'residence']);
/** The language Loket writes to the applicant in (e-mails, decision letters). */
export const LanguageSchema = Type.Enum(languages);

export const IdSchema = Type.String({ format: 'uuid' });
export const DateSchema = Type.String({ format: 'date', description: 'Calendar date, YYYY-MM-DD' });
export const TimestampSchema = Type.String({ format: 'date-time' });

export const IdParams = Type.Object({ id: IdSchema });
export type IdParams = Static<typeof IdParams>;
