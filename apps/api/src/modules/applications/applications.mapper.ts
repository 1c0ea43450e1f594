import type { ApplicationDetail, ApplicationSummary, DocumentView } from '@loket/contracts';
import type { Prisma } from '@loket/db';
import {
  type Action,
  type AuthorityKind,
  appealText,
  audienceIncludes,
  audienceOf,
  consequencesOfWithdrawal,
  earlyWarnings,
  effectiveLanguage,
  isTerminal,
  readLegalClock,
  requirementsFor,
  type Throughput,
} from '@loket/domain';
import { toEstablishmentUnit } from '../employers/employers.service.ts';
import { progressOf } from './progress.ts';

/** What a detail view loads: the application with everything a caseworker's screen shows. */
export const detailInclude = {
  employer: true,
  establishmentUnit: true,
  supplementRequests: { orderBy: { createdAt: 'asc' } },
  decisions: { orderBy: { decidedAt: 'asc' } },
} satisfies Prisma.ApplicationInclude;

export const summaryInclude = { employer: true } satisfies Prisma.ApplicationInclude;

type SummaryRow = Prisma.ApplicationGetPayload<{ include: typeof summaryInclude }>;
type DetailRow = Prisma.ApplicationGetPayload<{ include: typeof detailInclude }>;
export type DocumentRow = Prisma.DocumentGetPayload<{ include: { versions: true } }>;

const iso = (d: Date) => d.toISOString();
const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null);
const dateOnly = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : undefined);

export function toSummary(row: SummaryRow): ApplicationSummary {
  const workerName = [row.workerGivenName, row.workerFamilyName].filter(Boolean).join(' ');
  return {
    id: row.id,
    reference: row.reference,
    state: row.state,
    version: row.version,
    category: row.category,
    employer: { id: row.employer.id, name: row.employer.name },
    workerName: workerName || null,
    region: row.region,
    province: row.province,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
    submittedAt: isoOrNull(row.submittedAt),
  };
}

export function toDocumentView(row: DocumentRow): DocumentView {
  return {
    id: row.id,
    type: row.type,
    audience: row.audience,
    versions: [...row.versions]
      .sort((a, b) => a.number - b.number)
      .map((v) => ({
        id: v.id,
        number: v.number,
        fileName: v.fileName,
        mediaType: v.mediaType,
        sizeBytes: Number(v.sizeBytes),
        sha256: v.sha256,
        scanStatus: v.scanStatus,
        uploadedByRole: v.uploadedByRole,
        createdAt: iso(v.createdAt),
      })),
  };
}

export function toDetail(
  row: DetailRow,
  documents: DocumentRow[],
  availableActions: Action[],
  authority?: AuthorityKind,
  /** The open part's recent throughput, for its expected decision date. */
  throughput?: Throughput | null,
): ApplicationDetail {
  const clock = clockOf(row);
  return {
    ...toSummary(row),
    establishmentUnit: row.establishmentUnit ? toEstablishmentUnit(row.establishmentUnit) : null,
    jobTitle: row.jobTitle,
    occupationCode: row.occupationCode,
    grossAnnualSalaryEur: row.grossAnnualSalaryEur,
    language: effectiveLanguage(row.language, row.region),
    worker: stripUndefined({
      givenName: row.workerGivenName ?? undefined,
      familyName: row.workerFamilyName ?? undefined,
      birthDate: dateOnly(row.workerBirthDate),
      sex: row.workerSex ?? undefined,
      nationality: row.workerNationality ?? undefined,
      situation: row.workerSituation ?? undefined,
    }),
    admissibleAt: isoOrNull(row.admissibleAt),
    workDecidedAt: isoOrNull(row.workDecidedAt),
    residenceDecidedAt: isoOrNull(row.residenceDecidedAt),
    documents: documents.map(toDocumentView),
    supplementRequests: row.supplementRequests.map((s) => ({
      id: s.id,
      part: s.part,
      documentTypes: s.documentTypes,
      questions: s.questions,
      message: s.message,
      dueDate: s.dueDate.toISOString().slice(0, 10),
      status: s.status,
      answerMessage: s.answerMessage,
      answers: s.answers,
      answeredAt: isoOrNull(s.answeredAt),
      createdAt: iso(s.createdAt),
    })),
    decisions: row.decisions.map((d) => ({
      part: d.part,
      outcome: d.outcome,
      grounds: d.grounds as ApplicationDetail['decisions'][number]['grounds'],
      motivation: d.motivation,
      decidedAt: iso(d.decidedAt),
      appeal: appealText(
        {
          part: d.part,
          outcome: d.outcome,
          region: row.region,
          date: d.decidedAt.toISOString().slice(0, 10),
        },
        effectiveLanguage(row.language, row.region),
      ),
      letterVersionId: d.letterVersionId,
    })),
    checklist: checklistOf(row, documents, authority),
    clock,
    availableActions,
    warnings: warningsOf(row),
    progress: progressOf(row, clock ? new Date(clock.deadline) : null, throughput),
    withdrawal: availableActions.includes('withdraw')
      ? { consequences: consequencesOfWithdrawal(row.state) }
      : null,
  };
}

/** Early warnings against the reference data of the filing date (today while a draft). */
export function warningsOf(row: DetailRow, now = new Date()): ApplicationDetail['warnings'] {
  return earlyWarnings(
    {
      region: row.region,
      category: row.category,
      grossAnnualSalaryEur: row.grossAnnualSalaryEur,
      occupationCode: row.occupationCode,
      worker: { birthDate: dateOnly(row.workerBirthDate) ?? null, situation: row.workerSituation },
    },
    row.submittedAt ?? now,
  );
}

/**
 * The category's checklist on the filing date (today for a draft), marked with what was uploaded.
 * An authority sees only the lines in its audience: the region learns nothing of a medical certificate.
 */
export function checklistOf(
  row: DetailRow,
  documents: DocumentRow[],
  authority?: AuthorityKind,
): ApplicationDetail['checklist'] {
  if (!row.category) return [];
  const date = (row.submittedAt ?? new Date()).toISOString().slice(0, 10);
  const uploaded = new Set(
    documents.filter((d) => d.origin === 'applicant' && d.versions.length > 0).map((d) => d.type),
  );
  const requirements = requirementsFor(row.category, date, row.workerSituation).filter(
    (r) => !authority || audienceIncludes(audienceOf(r.type), authority),
  );
  return requirements.map((r) => ({
    type: r.type,
    part: r.part,
    mandatory: r.mandatory,
    uploaded: uploaded.has(r.type),
  }));
}

function stripUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** The legal clock from submission, paused for every supplement request while it was open. */
export function clockOf(row: DetailRow, now = new Date()): ApplicationDetail['clock'] {
  if (!row.submittedAt || isTerminal(row.state)) return null;
  const pauses = row.supplementRequests.map((r) => ({ from: r.createdAt, to: r.answeredAt }));
  const c = readLegalClock(
    { startedAt: row.submittedAt, pauses, extensionDays: row.deadlineExtensionDays },
    now,
  );
  return {
    ...c,
    startedAt: iso(c.startedAt),
    deadline: iso(c.deadline),
    extended: row.deadlineExtendedAt !== null,
  };
}
