import {
  applicationStates,
  audiences,
  categories,
  decisionGrounds,
  decisionOutcomes,
  documentTypes,
  provinces,
  regions,
  roles,
  sexes,
  workerSituations,
} from '@loket/domain';
import { type Static, Type } from 'typebox';

/** Schemas for the domain's code lists, so every shape speaks the same codes. */
export const RoleSchema = Type.Enum(roles, { $id: 'Role' });
export const RegionSchema = Type.Enum(regions, { $id: 'Region' });
export const ProvinceSchema = Type.Enum(provinces, { $id: 'Province' });
export const ApplicationStateSchema = Type.Enum(applicationStates, { $id: 'ApplicationState' });
export const CategorySchema = Type.Enum(categories, { $id: 'Category' });
export const SexSchema = Type.Enum(sexes, { $id: 'Sex' });
export const WorkerSituationSchema = Type.Enum(workerSituations, { $id: 'WorkerSituation' });
export const DocumentTypeSchema = Type.Enum(documentTypes, { $id: 'DocumentType' });
export const AudienceSchema = Type.Enum(audiences, { $id: 'Audience' });
export const DecisionGroundSchema = Type.Enum(decisionGrounds, { $id: 'DecisionGround' });
export const DecisionOutcomeSchema = Type.Enum(decisionOutcomes, { $id: 'DecisionOutcome' });
export const PartSchema = Type.Enum(['work', 'residence'], { $id: 'Part' });

export const IdSchema = Type.String({ format: 'uuid' });
export const DateSchema = Type.String({ format: 'date', description: 'Calendar date, YYYY-MM-DD' });
export const TimestampSchema = Type.String({ format: 'date-time' });

export const IdParams = Type.Object({ id: IdSchema });
export type IdParams = Static<typeof IdParams>;

/** Schemas that carry an $id; the API registers them once so OpenAPI lists them as components. */
export const sharedSchemas = [
  RoleSchema,
  RegionSchema,
  ProvinceSchema,
  ApplicationStateSchema,
  CategorySchema,
  SexSchema,
  WorkerSituationSchema,
  DocumentTypeSchema,
  AudienceSchema,
  DecisionGroundSchema,
  DecisionOutcomeSchema,
  PartSchema,
];
