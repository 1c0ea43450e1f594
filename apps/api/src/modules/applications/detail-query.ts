import type { Actor } from '@loket/auth';
import {
  type Application,
  type Db,
  type Decision,
  type Document,
  type DocumentVersion,
  type EstablishmentUnit,
  type Organisation,
  Prisma,
  queryRows,
  type SupplementRequest,
} from '@loket/db';
import { applicationScopeSql, documentScopeSql } from '../access/access.policy.ts';
import type { DocumentRow, detailInclude } from './applications.mapper.ts';

type DetailRow = Prisma.ApplicationGetPayload<{ include: typeof detailInclude }>;

/**
 * The case view's read in one SQL statement: the application (if `applicationScope` lets the
 * actor see it) with its employer, place of employment, supplement requests and decisions, the
 * documents `documentScope` lets them see with their versions, and the access-log row for the read,
 * written in the same statement and only when the file was found.
 *
 * Why not Prisma: it compiles each query anew on the event loop (Prisma 6; about 3-4 ms of CPU
 * for the include tree and the documents), which made opening a case the API's most expensive
 * read (docs/inbox.md, "Performance"). The rows come back as JSON (`to_jsonb`, every column) and
 * are turned into Prisma's own row types by the column lists below, which name every field of
 * each model: a field added to the schema fails the type check here until it is listed.
 */
export async function loadDetail(
  db: Db,
  actor: Actor,
  id: string,
): Promise<{ row: DetailRow; documents: DocumentRow[] } | null> {
  const [found] = await queryRows<DetailJson>(
    db,
    Prisma.sql`
    WITH app AS MATERIALIZED (
      SELECT a.* FROM application a WHERE a.id = ${id}::uuid AND ${applicationScopeSql(actor, 'a')}
    ), logged AS (
      INSERT INTO access_log (actor_id, actor_role, action, application_id)
      SELECT ${actor.id}, ${actor.roles.join(',')}, 'read_application', app.id FROM app
    )
    SELECT to_jsonb(app) AS application,
           (SELECT to_jsonb(o) FROM organisation o WHERE o.id = app.employer_id) AS employer,
           (SELECT to_jsonb(u) FROM establishment_unit u WHERE u.id = app.establishment_unit_id) AS unit,
           (SELECT coalesce(jsonb_agg(to_jsonb(s) ORDER BY s.created_at), '[]')
              FROM supplement_request s WHERE s.application_id = app.id) AS "supplementRequests",
           (SELECT coalesce(jsonb_agg(to_jsonb(x) ORDER BY x.decided_at), '[]')
              FROM decision x WHERE x.application_id = app.id) AS decisions,
           (SELECT coalesce(jsonb_agg(to_jsonb(d) || jsonb_build_object('versions',
                     (SELECT coalesce(jsonb_agg(to_jsonb(v)), '[]') FROM document_version v
                       WHERE v.document_id = d.id)) ORDER BY d.created_at), '[]')
              FROM document d WHERE d.application_id = app.id AND ${documentScopeSql(actor, 'd')}) AS documents
      FROM app`,
  );
  if (!found) return null;
  return {
    row: {
      ...fromJson(applicationColumns, found.application),
      employer: fromJson(organisationColumns, found.employer),
      establishmentUnit: found.unit ? fromJson(establishmentUnitColumns, found.unit) : null,
      supplementRequests: found.supplementRequests.map((s) => fromJson(supplementRequestColumns, s)),
      decisions: found.decisions.map((d) => fromJson(decisionColumns, d)),
    },
    documents: found.documents.map((d) => ({
      ...fromJson(documentColumns, d),
      versions: (d.versions as Json[]).map((v) => fromJson(documentVersionColumns, v)),
    })),
  };
}

type Json = Record<string, unknown>;

interface DetailJson {
  application: Json;
  employer: Json;
  unit: Json | null;
  supplementRequests: Json[];
  decisions: Json[];
  documents: Json[];
}

/** How a column arrives in JSON: as is (text, number, boolean, enum, array), or to be converted. */
type Kind = 'value' | 'timestamp' | 'bigint';
/** Every field of a model: its column and kind. */
type Columns<Model> = { [Field in keyof Model]-?: [column: string, kind: Kind] };

function fromJson<Model>(columns: Columns<Model>, json: Json): Model {
  const row: Record<string, unknown> = {};
  for (const [field, [column, kind]] of Object.entries(columns) as [string, [string, Kind]][]) {
    const value = json[column] ?? null;
    row[field] =
      value === null
        ? null
        : kind === 'timestamp'
          ? new Date(value as string)
          : kind === 'bigint'
            ? BigInt(value as number)
            : value;
  }
  return row as Model;
}

const v = (column: string): [string, Kind] => [column, 'value'];
const ts = (column: string): [string, Kind] => [column, 'timestamp'];

const applicationColumns: Columns<Application> = {
  id: v('id'),
  reference: v('reference'),
  state: v('state'),
  version: v('version'),
  employerId: v('employer_id'),
  establishmentUnitId: v('establishment_unit_id'),
  region: v('region'),
  province: v('province'),
  category: v('category'),
  jobTitle: v('job_title'),
  occupationCode: v('occupation_code'),
  grossAnnualSalaryEur: v('gross_annual_salary_eur'),
  workerGivenName: v('worker_given_name'),
  workerFamilyName: v('worker_family_name'),
  workerBirthDate: ts('worker_birth_date'),
  workerSex: v('worker_sex'),
  workerNationality: v('worker_nationality'),
  workerSituation: v('worker_situation'),
  createdBy: v('created_by'),
  createdAt: ts('created_at'),
  updatedAt: ts('updated_at'),
  submittedAt: ts('submitted_at'),
  admissibleAt: ts('admissible_at'),
  workDecidedAt: ts('work_decided_at'),
  residenceDecidedAt: ts('residence_decided_at'),
  closedAt: ts('closed_at'),
  decisionDeadline: ts('decision_deadline'),
  clockPausedSince: ts('clock_paused_since'),
  deadlineExtensionDays: v('deadline_extension_days'),
  deadlineExtendedAt: ts('deadline_extended_at'),
  workAssigneeId: v('work_assignee_id'),
  residenceAssigneeId: v('residence_assignee_id'),
  searchText: v('search_text'),
  language: v('language'),
  contactEmail: v('contact_email'),
  contactUserId: v('contact_user_id'),
};

const organisationColumns: Columns<Organisation> = {
  id: v('id'),
  kind: v('kind'),
  name: v('name'),
  enterpriseNumber: v('enterprise_number'),
  region: v('region'),
  createdAt: ts('created_at'),
};

const establishmentUnitColumns: Columns<EstablishmentUnit> = {
  id: v('id'),
  employerId: v('employer_id'),
  name: v('name'),
  street: v('street'),
  postalCode: v('postal_code'),
  municipality: v('municipality'),
  region: v('region'),
  province: v('province'),
};

const supplementRequestColumns: Columns<SupplementRequest> = {
  id: v('id'),
  applicationId: v('application_id'),
  requestedBy: v('requested_by'),
  part: v('part'),
  documentTypes: v('document_types'),
  questions: v('questions'),
  message: v('message'),
  dueDate: ts('due_date'),
  status: v('status'),
  answerMessage: v('answer_message'),
  answers: v('answers'),
  answeredBy: v('answered_by'),
  answeredAt: ts('answered_at'),
  createdAt: ts('created_at'),
};

const decisionColumns: Columns<Decision> = {
  id: v('id'),
  applicationId: v('application_id'),
  part: v('part'),
  outcome: v('outcome'),
  grounds: v('grounds'),
  motivation: v('motivation'),
  decidedBy: v('decided_by'),
  decidedAt: ts('decided_at'),
  letterVersionId: v('letter_version_id'),
};

const documentColumns: Columns<Document> = {
  id: v('id'),
  applicationId: v('application_id'),
  type: v('type'),
  origin: v('origin'),
  audience: v('audience'),
  visibleToApplicant: v('visible_to_applicant'),
  createdAt: ts('created_at'),
};

const documentVersionColumns: Columns<DocumentVersion> = {
  id: v('id'),
  documentId: v('document_id'),
  number: v('number'),
  objectKey: v('object_key'),
  fileName: v('file_name'),
  mediaType: v('media_type'),
  sizeBytes: [`size_bytes`, 'bigint'],
  sha256: v('sha256'),
  scanStatus: v('scan_status'),
  scannedAt: ts('scanned_at'),
  scanFinding: v('scan_finding'),
  uploadedBy: v('uploaded_by'),
  uploadedByRole: v('uploaded_by_role'),
  createdAt: ts('created_at'),
};
