import type { ApplicationDetail } from '@loket/contracts';
import { useMessages } from '@loket/i18n/react';
import { ConfirmDialog, ProblemAlert, TextAreaField, useApi, useFormSubmit } from '@loket/ui';
import { useState } from 'react';
import { withdrawMessages } from './withdraw.messages.ts';

/**
 * Withdrawing the application, behind a confirmation that says in plain words what it means for
 * this file: the procedure ends for good, a work part already granted goes with it, an open
 * request no longer needs an answer.
 */
export function WithdrawSection({
  application: a,
  onWithdrawn,
}: {
  application: ApplicationDetail;
  onWithdrawn: () => Promise<void>;
}) {
  const api = useApi();
  const t = useMessages(withdrawMessages);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const { busy, apiError, run } = useFormSubmit();
  const workGranted = a.decisions.some((d) => d.part === 'work' && d.outcome === 'granted');
  const openRequest = a.supplementRequests.some((r) => r.status === 'open');

  const confirm = () =>
    void run(async () => {
      const text = reason.trim();
      await api.withdraw(a.id, text ? { reason: text } : {});
      setOpen(false);
      await onWithdrawn();
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
        <p>{t('consequenceEnds')}</p>
        {workGranted && <p>{t('consequenceWorkGranted')}</p>}
        {openRequest && <p>{t('consequenceOpenRequest')}</p>}
        <p>{t('consequenceNew')}</p>
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
