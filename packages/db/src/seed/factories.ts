/**
 * Test factories: each creates one realistic row with everything a test did not specify filled
 * in, and returns it. Worker data is fictitious (names built from placeholder surnames), so no
 * real person ever ends up in a fixture, a log or a screenshot.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import {
  type ApplicationState,
  audienceOf,
  type Category,
  type DocumentType,
  locatePlaceOfEmployment,
  type Part,
  type WorkerSituation,
} from '@loket/domain';
import type { Db } from '../client.ts';
import type {
  Application,
  Decision,
  Document,
  DocumentVersion,
  EstablishmentUnit,
  Organisation,
  Prisma,
  SupplementRequest,
} from '../generated/prisma/client.ts';

let sequence = 0;
const next = () => ++sequence;

/** A random but valid KBO/BCE number (mod-97 check digits). */
export function randomEnterpriseNumber(): string {
  const base = `0${String(randomBytes(4).readUInt32BE() % 10_000_000).padStart(7, '0')}`;
  const check = 97 - (Number(base) % 97);
  return `${base}${String(check).padStart(2, '0')}`;
}

export async function createEmployer(
  db: Db,
  overrides: Partial<Prisma.OrganisationUncheckedCreateInput> = {},
): Promise<Organisation> {
  const n = next();
  return db.organisation.create({
    data: {
      kind: 'employer',
      name: `Testbedrijf ${n} BV`,
      enterpriseNumber: randomEnterpriseNumber(),
      ...overrides,
    },
  });
}

const municipalities: Record<string, string> = {
  '1000': 'Brussel',
  '2000': 'Antwerpen',
  '3000': 'Leuven',
  '3500': 'Hasselt',
  '4000': 'Liège',
  '4700': 'Eupen',
  '5000': 'Namur',
  '7000': 'Mons',
  '8000': 'Brugge',
  '9000': 'Gent',
};

export async function createEstablishmentUnit(
  db: Db,
  input: { employerId: string; postalCode?: string } & Partial<Prisma.EstablishmentUnitUncheckedCreateInput>,
): Promise<EstablishmentUnit> {
  const postalCode = input.postalCode ?? '2000';
  const place = locatePlaceOfEmployment(postalCode);
  if (!place) throw new Error(`createEstablishmentUnit: ${postalCode} is not a Belgian postal code`);
  const municipality = municipalities[postalCode] ?? `Gemeente ${postalCode}`;
  return db.establishmentUnit.create({
    data: {
      name: municipality,
      street: `Teststraat ${next()}`,
      municipality,
      region: place.region,
      province: place.province,
      ...input,
      postalCode,
    },
  });
}

const givenNames = [
  'Amira',
  'Rahul',
  'Lucía',
  'Kwame',
  'Mei',
  'Oleksandr',
  'Fatima',
  'João',
  'Anh',
  'Tendai',
];
// Placeholder surnames in the three national languages and English: obviously not real people.
const familyNames = [
  'Voorbeeld',
  'Exemple',
  'Muster',
  'Sample',
  'Testpersoon',
  'Fictief',
  'Modèle',
  'Beispiel',
];
const nationalities = ['IN', 'BR', 'MA', 'PH', 'US', 'UA', 'NG', 'CN', 'VN', 'ZW'];
const jobs: ReadonlyArray<{ title: string; category: Category; salary: number }> = [
  { title: 'Software engineer', category: 'highly_qualified', salary: 58_000 },
  { title: 'Verpleegkundige', category: 'shortage_occupation', salary: 41_000 },
  { title: 'Brouwmeester', category: 'highly_qualified', salary: 52_000 },
  { title: 'Chief financial officer', category: 'executive', salary: 95_000 },
  { title: 'Postdoctoral researcher', category: 'researcher', salary: 47_000 },
  { title: 'Data scientist', category: 'eu_blue_card', salary: 66_000 },
];

/** The order the procedure reaches its milestones; a state implies every earlier one. */
const milestones = {
  submittedAt: [
    'submitted',
    'work_supplement_requested',
    'inadmissible',
    'work_review',
    'work_refused',
    'residence_review',
    'residence_supplement_requested',
    'residence_refused',
    'permit_granted',
  ],
  admissibleAt: [
    'work_review',
    'work_refused',
    'residence_review',
    'residence_supplement_requested',
    'residence_refused',
    'permit_granted',
  ],
  workDecidedAt: [
    'work_refused',
    'residence_review',
    'residence_supplement_requested',
    'residence_refused',
    'permit_granted',
  ],
  residenceDecidedAt: ['residence_refused', 'permit_granted'],
  closedAt: ['inadmissible', 'work_refused', 'residence_refused', 'permit_granted', 'withdrawn'],
} satisfies Record<string, ApplicationState[]>;

const lastReferenceByYear = new Map<number, number>();

/**
 * The next free `LKT-<year>-<6 digits>` in this database. Concurrent calls in one process get
 * distinct numbers: the read is async, the increment after it is not.
 */
export async function nextApplicationReference(db: Db, year = new Date().getFullYear()): Promise<string> {
  const prefix = `LKT-${year}-`;
  const latest = await db.application.findFirst({
    where: { reference: { startsWith: prefix } },
    orderBy: { reference: 'desc' },
    select: { reference: true },
  });
  const inDb = latest ? Number(latest.reference.slice(prefix.length)) : 0;
  const number = Math.max(inDb, lastReferenceByYear.get(year) ?? 0) + 1;
  lastReferenceByYear.set(year, number);
  return `${prefix}${String(number).padStart(6, '0')}`;
}

export interface CreateApplicationInput extends Partial<Prisma.ApplicationUncheckedCreateInput> {
  employerId: string;
  establishmentUnitId?: string | null;
  state?: ApplicationState;
  workerSituation?: WorkerSituation;
}

export async function createApplication(db: Db, input: CreateApplicationInput): Promise<Application> {
  const n = next();
  const state = input.state ?? 'draft';
  const job = jobs[n % jobs.length] ?? jobs[0];
  const unit = input.establishmentUnitId
    ? await db.establishmentUnit.findUniqueOrThrow({ where: { id: input.establishmentUnitId } })
    : null;

  const createdAt = input.createdAt ? new Date(input.createdAt) : new Date();
  const at = (days: number) => new Date(createdAt.getTime() + days * 86_400_000);
  const reached = (list: readonly string[]) => list.includes(state);
  const reference = input.reference ?? (await nextApplicationReference(db, createdAt.getFullYear()));

  return db.application.create({
    data: {
      reference,
      state,
      createdBy: 'seed-applicant',
      createdAt,
      region: unit?.region ?? null,
      province: unit?.province ?? null,
      category: job?.category ?? 'highly_qualified',
      jobTitle: job?.title ?? 'Software engineer',
      grossAnnualSalaryEur: job?.salary ?? 58_000,
      workerGivenName: givenNames[n % givenNames.length] ?? 'Amira',
      workerFamilyName: familyNames[n % familyNames.length] ?? 'Voorbeeld',
      workerBirthDate: new Date(Date.UTC(1985 + (n % 15), n % 12, 1 + (n % 28))),
      workerSex: (['female', 'male', 'other'] as const)[n % 3] ?? 'female',
      workerNationality: nationalities[n % nationalities.length] ?? 'IN',
      workerSituation: 'abroad',
      submittedAt: reached(milestones.submittedAt) || state === 'withdrawn' ? at(1) : null,
      admissibleAt: reached(milestones.admissibleAt) ? at(5) : null,
      workDecidedAt: reached(milestones.workDecidedAt) ? at(30) : null,
      residenceDecidedAt: reached(milestones.residenceDecidedAt) ? at(60) : null,
      closedAt: reached(milestones.closedAt) ? at(61) : null,
      ...input,
    },
  });
}

export interface CreateDocumentInput {
  applicationId: string;
  type?: DocumentType;
  /** Number of uploaded versions (a supplement adds one); default 1. */
  versions?: number;
  uploadedBy?: string;
  uploadedByRole?: string;
}

export async function createDocument(
  db: Db,
  input: CreateDocumentInput,
): Promise<Document & { versions: DocumentVersion[] }> {
  const type = input.type ?? 'passport';
  const id = randomUUID();
  const versions = Array.from({ length: input.versions ?? 1 }, (_, i) => ({
    number: i + 1,
    objectKey: `applications/${input.applicationId}/documents/${id}/v${i + 1}`,
    fileName: `${type.replaceAll('_', '-')}${i > 0 ? `-v${i + 1}` : ''}.pdf`,
    mediaType: 'application/pdf',
    sizeBytes: BigInt(120_000 + i * 1_000),
    sha256: randomBytes(32).toString('hex'),
    scanStatus: 'clean' as const,
    uploadedBy: input.uploadedBy ?? 'seed-applicant',
    uploadedByRole: input.uploadedByRole ?? 'applicant',
  }));
  return db.document.create({
    data: {
      id,
      applicationId: input.applicationId,
      type,
      audience: audienceOf(type),
      versions: { create: versions },
    },
    include: { versions: { orderBy: { number: 'asc' } } },
  });
}

export async function createSupplementRequest(
  db: Db,
  input: { applicationId: string; part?: Part } & Partial<Prisma.SupplementRequestUncheckedCreateInput>,
): Promise<SupplementRequest> {
  return db.supplementRequest.create({
    data: {
      part: 'work',
      requestedBy: 'seed-work-caseworker',
      documentTypes: ['salary_proof'],
      message: 'Gelieve een recente loonfiche toe te voegen.',
      dueDate: new Date(Date.now() + 15 * 86_400_000),
      ...input,
    },
  });
}

export async function createDecision(
  db: Db,
  input: { applicationId: string; part?: Part } & Partial<Prisma.DecisionUncheckedCreateInput>,
): Promise<Decision> {
  return db.decision.create({
    data: {
      part: 'work',
      outcome: 'granted',
      grounds: [],
      motivation: 'Aan de voorwaarden is voldaan.',
      decidedBy: 'seed-work-caseworker',
      ...input,
    },
  });
}
