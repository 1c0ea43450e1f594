import { type Static, Type } from 'typebox';
import { IdSchema, ProvinceSchema, RegionSchema, RoleSchema } from './common.ts';

export const EstablishmentUnitSchema = Type.Object({
  id: IdSchema,
  name: Type.String(),
  street: Type.String(),
  postalCode: Type.String(),
  municipality: Type.String(),
  region: RegionSchema,
  province: ProvinceSchema,
});
export type EstablishmentUnit = Static<typeof EstablishmentUnitSchema>;

/** How many of an employer's applications stand where, for an agent choosing whom to work for. */
export const EmployerApplicationCountsSchema = Type.Object({
  drafts: Type.Integer(),
  /** Submitted and not ended (with an authority or with the applicant). */
  open: Type.Integer(),
  /** Open supplement requests: the applicant has to answer. */
  waitingForApplicant: Type.Integer(),
});
export type EmployerApplicationCounts = Static<typeof EmployerApplicationCountsSchema>;

export const EmployerSchema = Type.Object({
  id: IdSchema,
  name: Type.String(),
  enterpriseNumber: Type.String(),
  establishmentUnits: Type.Array(EstablishmentUnitSchema),
  applications: EmployerApplicationCountsSchema,
});
export type Employer = Static<typeof EmployerSchema>;

export const EmployerListSchema = Type.Object({ items: Type.Array(EmployerSchema) });
export type EmployerList = Static<typeof EmployerListSchema>;

export const MeSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  roles: Type.Array(RoleSchema),
  authority: Type.Optional(
    Type.Union([
      Type.Object({ kind: Type.Literal('work'), region: RegionSchema }),
      Type.Object({ kind: Type.Literal('residence') }),
    ]),
  ),
});
export type Me = Static<typeof MeSchema>;
