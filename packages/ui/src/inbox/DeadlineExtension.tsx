import type { ApplicationDetail } from '@loket/contracts';
import { useState } from 'react';
import { useApi } from '../auth.tsx';
import { ActionForm, useActionForm } from '../components/ActionForm.tsx';
import { TextAreaField } from '../components/Field.tsx';
import { ConflictAlert, versionConflictOf } from './ConflictAlert.tsx';

const minReason = 10;

/**
 * The one extension of the legal decision period (30 days, exceptional cases, with a reason that
 * the history and the applicant see). Offered only while the clock runs, the API allows it and it
 * was not used yet; the version on screen goes along (If-Match), so a lost race says what changed.
 */
export function DeadlineExtension({
  application: a,
  onExtended,
  onReload,
}: {
  application: ApplicationDetail;
  onExtended: (message: string) => Promise<void> | void;
  onReload: () => Promise<void> | void;
}) {
  const api = useApi();
  const form = useActionForm('extension', ['reason'] as const);
  const [reason, setReason] = useState('');
  const [conflict, setConflict] = useState<ReturnType<typeof versionConflictOf>>();
  if (!a.clock || a.clock.extended || !a.availableActions.includes('extend_deadline')) return null;

  return (
    <>
      {conflict && (
        <ConflictAlert
          problem={conflict}
          reference={a.reference}
          onReload={async () => {
            setConflict(undefined);
            await onReload();
          }}
        />
      )}
      <ActionForm
        form={form}
        heading="Extend the deadline"
        headingLevel={3}
        intro={
          <p className="hint">
            Once per file, in exceptional cases: the legal deadline moves 30 days later. The reason is
            recorded in the history and shown to the applicant.
          </p>
        }
        submitLabel="Extend the deadline by 30 days"
        busyLabel="Extending…"
        onSubmit={(e) => {
          e.preventDefault();
          const text = reason.trim();
          const ok = form.check(
            text.length === 0
              ? { reason: 'Give the reason for the extension.' }
              : text.length < minReason
                ? { reason: `Write at least ${minReason} characters.` }
                : {},
          );
          if (!ok) return;
          setConflict(undefined);
          void form.run(async () => {
            try {
              await api.extendDeadline(a.id, { reason: text }, a.version);
            } catch (err) {
              const problem = versionConflictOf(err);
              if (!problem) throw err;
              setConflict(problem);
              return;
            }
            setReason('');
            await onExtended('The deadline was extended by 30 days.');
          });
        }}
      >
        <TextAreaField
          {...form.field('reason')}
          label="Reason for the extension"
          value={reason}
          onChange={setReason}
          maxLength={2000}
          rows={3}
        />
      </ActionForm>
    </>
  );
}
