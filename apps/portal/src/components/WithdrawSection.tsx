import { ConfirmDialog, ProblemAlert, TextAreaField, useApi, useFormSubmit } from '@loket/ui';
import { useState } from 'react';

export function WithdrawSection({
  applicationId,
  onWithdrawn,
}: {
  applicationId: string;
  onWithdrawn: () => Promise<void>;
}) {
  const api = useApi();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const { busy, apiError, run } = useFormSubmit();

  const confirm = () =>
    void run(async () => {
      const text = reason.trim();
      await api.withdraw(applicationId, text ? { reason: text } : {});
      setOpen(false);
      await onWithdrawn();
    });

  return (
    <section aria-labelledby="withdraw-heading">
      <h2 id="withdraw-heading">Withdraw the application</h2>
      <p>If the worker will not come after all, withdraw the application. This cannot be undone.</p>
      <button type="button" className="button danger" onClick={() => setOpen(true)}>
        Withdraw application
      </button>
      <ConfirmDialog
        open={open}
        title="Withdraw this application?"
        confirmLabel={busy ? 'Withdrawing…' : 'Confirm withdrawal'}
        cancelLabel="Keep the application"
        danger
        busy={busy}
        onConfirm={confirm}
        onCancel={() => setOpen(false)}
      >
        <p>
          Withdrawing ends the procedure for good. The services stop handling the application, no decision
          will be taken, and it cannot be reopened. To employ this worker later you must start a new
          application.
        </p>
        {apiError !== undefined && <ProblemAlert error={apiError} />}
        <TextAreaField
          id="withdraw-reason"
          label="Reason (optional)"
          rows={3}
          maxLength={2000}
          value={reason}
          onChange={setReason}
        />
      </ConfirmDialog>
    </section>
  );
}
