import type { DocumentType } from './documents.ts';
import type { Category, Part, WorkerSituation } from './vocabulary.ts';

/** One document on a category's checklist, for one part of the procedure. */
export interface DocumentRequirement {
  type: DocumentType;
  part: Part;
  mandatory: boolean;
  /** Needed only for a worker in this situation (e.g. a medical certificate for a worker abroad). */
  onlyIf?: { workerSituation: WorkerSituation };
}

/** A dated version of the checklists: in force from `validFrom` until the next set's date. */
export interface RequirementSet {
  validFrom: string;
  source: string;
  common: DocumentRequirement[];
  byCategory: Record<Category, DocumentRequirement[]>;
}

const mandatory = (type: DocumentType, part: Part, onlyIf?: DocumentRequirement['onlyIf']) =>
  ({ type, part, mandatory: true, ...(onlyIf ? { onlyIf } : {}) }) satisfies DocumentRequirement;
const optional = (type: DocumentType, part: Part) =>
  ({ type, part, mandatory: false }) satisfies DocumentRequirement;
const abroad = { workerSituation: 'abroad' } as const;

/**
 * Reference data, not constants: each year's list is added as a new set with its date, so an
 * application is always checked against the list in force when it was filed.
 */
export const requirementSets: readonly RequirementSet[] = [
  {
    validFrom: '2019-01-01',
    source:
      'Flemish economic migration: documents per category (public pages, 2019); Immigration Office, single permit',
    common: [
      mandatory('passport', 'work'),
      mandatory('employment_contract', 'work'),
      optional('cv', 'work'),
      mandatory('medical_certificate', 'residence', abroad),
      mandatory('criminal_record', 'residence', abroad),
      mandatory('fee_payment', 'residence'),
    ],
    byCategory: {
      highly_qualified: [mandatory('diploma', 'work'), optional('salary_proof', 'work')],
      executive: [mandatory('salary_proof', 'work')],
      eu_blue_card: [mandatory('diploma', 'work'), mandatory('salary_proof', 'work')],
      researcher: [mandatory('hosting_agreement', 'work'), mandatory('diploma', 'work')],
      athlete: [mandatory('federation_certificate', 'work')],
      performing_artist: [optional('salary_proof', 'work')],
      internship: [mandatory('diploma', 'work')],
      vocational_training: [optional('diploma', 'work')],
      shortage_occupation: [mandatory('diploma', 'work'), optional('salary_proof', 'work')],
      au_pair: [mandatory('host_family', 'work')],
      trainee: [mandatory('diploma', 'work')],
      other: [],
    },
  },
];

/** The set in force on a date (YYYY-MM-DD). */
export function requirementSetOn(
  date: string,
  sets: readonly RequirementSet[] = requirementSets,
): RequirementSet {
  const inForce = [...sets]
    .filter((s) => s.validFrom <= date)
    .sort((a, b) => b.validFrom.localeCompare(a.validFrom));
  const set = inForce[0];
  if (!set) throw new RangeError(`No document requirements in force on ${date}`);
  return set;
}

/** The checklist of a category on a date, for the worker's situation (when known). */
export function requirementsFor(
  category: Category,
  date: string,
  workerSituation: WorkerSituation | null,
  sets: readonly RequirementSet[] = requirementSets,
): DocumentRequirement[] {
  const set = requirementSetOn(date, sets);
  const all = [...set.common, ...set.byCategory[category]];
  // A later line for the same type wins (a category can make a common optional one mandatory).
  const byType = new Map(all.map((r) => [r.type, r]));
  return [...byType.values()].filter(
    (r) => !r.onlyIf || workerSituation === null || r.onlyIf.workerSituation === workerSituation,
  );
}
