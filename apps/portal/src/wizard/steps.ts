import type { ApplicationDetail } from '@loket/contracts';
import {
  type DraftField,
  type DraftValues,
  draftFieldsByPart,
  missingFields,
  valuesFromApplication,
} from '../draft.ts';

/**
 * The guided application's steps, in order. The category comes second: it decides the conditions
 * (salary threshold, shortage list) the job step shows and the documents the documents step asks.
 */
export const stepKeys = ['employer', 'category', 'worker', 'job', 'documents', 'review'] as const;
export type StepKey = (typeof stepKeys)[number];

export const isStepKey = (v: string): v is StepKey => (stepKeys as readonly string[]).includes(v);

/** The fields each step edits (and saves): a part of the application each, then documents and review. */
export const stepFields: Record<StepKey, readonly DraftField[]> = {
  ...draftFieldsByPart,
  documents: [],
  review: [],
};

/** The step where a field (or, for `/documents/<type>`, a document) is filled in. */
export function stepOf(pointer: string): StepKey {
  if (pointer.startsWith('/documents')) return 'documents';
  for (const key of stepKeys) if ((stepFields[key] as readonly string[]).includes(pointer)) return key;
  return 'review';
}

export const stepNumber = (key: StepKey) => stepKeys.indexOf(key) + 1;
export const previousStep = (key: StepKey): StepKey | undefined => stepKeys[stepKeys.indexOf(key) - 1];
export const nextStep = (key: StepKey): StepKey | undefined => stepKeys[stepKeys.indexOf(key) + 1];

export function stepPath(applicationId: string, key: StepKey, field?: string): string {
  const path = `/applications/${encodeURIComponent(applicationId)}/steps/${key}`;
  return field ? `${path}#${field}` : path;
}

export type StepStatus = 'done' | 'in_progress' | 'not_started';

/**
 * How far a step is, from what is saved: a data step by the fields the submission needs, the
 * documents step by the category's mandatory documents. The review step is never done while the
 * application is a draft.
 */
export function stepStatus(
  application: ApplicationDetail,
  key: StepKey,
  values: DraftValues = valuesFromApplication(application),
): StepStatus {
  if (key === 'review') return 'not_started';
  if (key === 'documents') {
    const mandatory = application.checklist.filter((c) => c.mandatory);
    if (!application.category || mandatory.length === 0) return 'not_started';
    const uploaded = mandatory.filter((c) => c.uploaded).length;
    if (uploaded === mandatory.length) return 'done';
    return uploaded === 0 && application.documents.length === 0 ? 'not_started' : 'in_progress';
  }
  const missing = new Set(missingFields(values));
  const needed = stepFields[key].filter((f) => f !== '/language' && f !== '/occupationCode');
  const open = needed.filter((f) => missing.has(f)).length;
  if (open === 0) return 'done';
  return open === needed.length ? 'not_started' : 'in_progress';
}

/** Where to resume: the first step that is not done, else the review. */
export function nextUnfinishedStep(application: ApplicationDetail): StepKey {
  const values = valuesFromApplication(application);
  return stepKeys.find((k) => k !== 'review' && stepStatus(application, k, values) !== 'done') ?? 'review';
}
