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

export const EmployerSchema = Type.Object({
  id: IdSchema,
  name: Type.String(),
  enterpriseNumber: Type.String(),
  establishmentUnits: Type.Array(EstablishmentUnitSchema),
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
