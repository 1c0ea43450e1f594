import { useI18n, useMessages } from '@loket/i18n/react';
import { fieldId, type SummaryItem } from '@loket/ui';
import { useState } from 'react';
import {
  type DraftField,
  type DraftProblems,
  type DraftValues,
  fieldProblems,
  stepProblems,
} from '../draft.ts';
import { problemText } from './fieldText.ts';
import { wizardMessages } from './wizard.messages.ts';

export type SaveMode = 'continue' | 'later';

/**
 * A step's validation as the applicant works: errors appear when they try to save the step, and
 * from then on follow every keystroke, so each disappears as soon as it is fixed (and a new one
 * shows at once). Not on leaving a field: the error appearing then shifts the page under the
 * pointer on its way to the button, and the click is lost. "Save and continue" also asks for what
 * the submission needs; "Save and come back later" only for what is filled in to be well-formed.
 * The checks are the API's own schema (draft.ts).
 */
export function useStepForm(fields: readonly DraftField[], values: DraftValues) {
  const t = useMessages(wizardMessages);
  const format = useI18n();
  const [attempt, setAttempt] = useState<{ count: number; mode: SaveMode }>();

  const problems: DraftProblems =
    attempt?.mode === 'continue' ? stepProblems(values, fields) : fieldProblems(values, fields);
  const visible = attempt ? fields.filter((f) => problems[f]) : [];
  const errorOf = (f: DraftField): string | undefined => {
    const p = problems[f];
    return p && visible.includes(f) ? problemText(f, p, t, format) : undefined;
  };
  const summary: SummaryItem[] = visible.map((f) => ({ message: errorOf(f) as string, target: fieldId(f) }));

  /** Records the attempt and says whether the step may be saved. */
  const check = (mode: SaveMode): boolean => {
    setAttempt((a) => ({ count: (a?.count ?? 0) + 1, mode }));
    const found = mode === 'continue' ? stepProblems(values, fields) : fieldProblems(values, fields);
    return fields.every((f) => !found[f]);
  };

  return {
    errorOf,
    summary,
    /** Changes on every failed attempt: the error summary takes focus then, not while typing. */
    attemptCount: attempt?.count ?? 0,
    check,
  };
}
