import type { ApplicationDetail } from '@loket/contracts';
import { useMessages } from '@loket/i18n/react';
import { ConfirmDialog, ProblemAlert, TextAreaField, useApi, useFormSubmit } from '@loket/ui';
import { useState } from 'react';
import { withdrawMessages } from './withdraw.messages.ts';

/**
 * Withdrawing the application, behind a confirmation that says in plain words what it means for
 * this file (the API's coded consequences): the procedure ends for good, an open request no
 * longer needs an answer, a work part already granted leads nowhere, a new application is needed.
 */
export function WithdrawSection({
  application: a,
  onWithdrawn,
}: {
  application: ApplicationDetail;
  /** `draft`: it was never sent, so no service was handling it. */
  onWithdrawn: (draft: boolean) => Promise<void>;
}) {
  const api = useApi();
  const t = useMessages(withdrawMessages);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const { busy, apiError, run } = useFormSubmit();
  // The API says what withdrawing means for this file now, in codes; the words are ours.
  const consequences = a.withdrawal?.consequences ?? [];

  const confirm = () =>
    void run(async () => {
      const text = reason.trim();
      await api.withdraw(a.id, text ? { reason: text } : {});
      setOpen(false);
      await onWithdrawn(consequences.includes('draft_discarded'));
    });

  return (
    <section aria-labelledby="withdraw-heading">
      <h2 id="withdraw-heading">{t('heading')}</h2>
      <p>{t('intro')}</p>
      <button type="button" className="button danger" onClick={() => setOpen(true)}>
        {t('button')}
      </button>
      <ConfirmDialog
        open={open}
        title={t('dialogTitle')}
        confirmLabel={busy ? t('confirming') : t('confirm')}
        cancelLabel={t('keep')}
        danger
        busy={busy}
        onConfirm={confirm}
        onCancel={() => setOpen(false)}
      >
        <ul className="consequences">
          {consequences.map((c) => (
            <li key={c}>{t(c)}</li>
          ))}
        </ul>
        {apiError !== undefined && <ProblemAlert error={apiError} />}
        <TextAreaField
          id="withdraw-reason"
          label={t('reason')}
          hint={t('reasonHint')}
          rows={3}
          maxLength={2000}
          value={reason}
          onChange={setReason}
        />
      </ConfirmDialog>
    </section>
  );
}
