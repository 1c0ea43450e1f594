import { type Static, Type } from 'typebox';
import { CategorySchema, DateSchema, RegionSchema, WorkerSituationSchema } from './common.ts';

/** An ISCO-08 unit group (four digits): the function the worker will do. */
export const OccupationCodeSchema = Type.String({
  pattern: '^[0-9]{4}$',
  description: 'ISCO-08 unit group, four digits (the regions’ shortage lists are coded so)',
});

/**
 * A warning before submission that the work part is likely to be refused on the ground of the
 * same code (@loket/domain `earlyWarnings`, which the portal also runs as the applicant types).
 * Never blocks a submission. `field` is the JSON pointer of the field at issue; `params` fill the
 * translated sentence.
 */
export const EarlyWarningSchema = Type.Union([
  Type.Object({
    code: Type.Literal('salary_below_threshold'),
    field: Type.Literal('/grossAnnualSalaryEur'),
    params: Type.Object({
      /** Gross annual euro the category asks for in the region; may have cents. */
      threshold: Type.Number(),
      salary: Type.Number(),
      region: RegionSchema,
      category: CategorySchema,
      /** The date of the amounts applied (their year). */
      validFrom: DateSchema,
      /** Set when the young worker's lower amount applied: the age they are under. */
      youngerThan: Type.Optional(Type.Integer()),
    }),
  }),
  Type.Object({
    code: Type.Literal('not_shortage_occupation'),
    field: Type.Literal('/occupationCode'),
    params: Type.Object({ occupationCode: Type.String(), region: RegionSchema, validFrom: DateSchema }),
  }),
  Type.Object({
    code: Type.Literal('worker_present_before_authorisation'),
    field: Type.Literal('/worker/situation'),
    params: Type.Object({
      situation: WorkerSituationSchema,
      region: RegionSchema,
      category: CategorySchema,
      validFrom: DateSchema,
    }),
  }),
]);
export type EarlyWarningView = Static<typeof EarlyWarningSchema>;
