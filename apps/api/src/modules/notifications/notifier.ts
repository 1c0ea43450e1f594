import type { MailKind } from '@loket/contracts';
import type { Prisma } from '@loket/db';
import { effectiveLanguage, formatDate, type Part } from '@loket/domain';
import { composeMail } from './mail-texts.ts';

type Tx = Prisma.TransactionClient;
type ApplicationRow = Prisma.ApplicationGetPayload<object>;

export interface NotifierDeps {
  /**
   * The applicant portal's base URL (config PORTAL_URL): mails link to the application's page,
   * `${portalUrl}/applications/<id>`, with `?message=<id>` for the request or decision announced
   * (the message's id in GET /v1/messages).
   */
  portalUrl: string;
  /** Called after a service's change committed, to deliver what it queued without waiting for a sweep. */
  kick?: () => void;
}

/**
 * What happens beside a change of an application, written in the change's own transaction (an
 * outbox): e-mails to the applicant, notices for caseworkers. Nothing here talks to a mail server,
 * so a server that is down never fails or slows a transition (docs/adr/0007).
 */
export function createNotifier({ portalUrl, kick }: NotifierDeps) {
  const base = portalUrl.replace(/\/+$/, '');

  async function enqueue(
    tx: Tx,
    app: ApplicationRow,
    kind: MailKind,
    dedupeKey: string,
    recipient: string | null,
    extra: { dueDate?: Date; part?: Part; messageId?: string } = {},
  ) {
    if (!recipient) return; // no address in the applicant's token: nothing to send to
    const language = effectiveLanguage(app.language, app.region);
    const page = `${base}/applications/${app.id}`;
    const { subject, body } = composeMail(kind, language, {
      reference: app.reference,
      link: extra.messageId ? `${page}?message=${extra.messageId}` : page,
      ...(extra.dueDate ? { dueDate: formatDate(extra.dueDate, language) } : {}),
      ...(extra.part ? { part: extra.part } : {}),
    });
    // ON CONFLICT DO NOTHING: the same event never queues a second mail.
    await tx.mailOutbox.createMany({
      data: [{ dedupeKey, kind, applicationId: app.id, recipient, language, subject, body }],
      skipDuplicates: true,
    });
  }

  return {
    /** Receipt of a submission: non-essential, so only if the submitter has not opted out. */
    async submitted(tx: Tx, app: ApplicationRow, contact: { email: string | null; userId: string | null }) {
      if (contact.userId) {
        const preference = await tx.notificationPreference.findUnique({ where: { userId: contact.userId } });
        if (preference && !preference.nonEssential) return;
      }
      await enqueue(tx, app, 'submission_received', `submission_received:${app.id}`, contact.email);
    },

    /** A supplement request: always sent (it starts a deadline). */
    async supplementRequested(
      tx: Tx,
      app: ApplicationRow,
      request: { id: string; part: Part; dueDate: Date },
    ) {
      await enqueue(tx, app, 'supplement_requested', `supplement_requested:${request.id}`, app.contactEmail, {
        dueDate: request.dueDate,
        part: request.part,
        messageId: request.id,
      });
    },

    /** A decision on a part (or the inadmissibility): always sent. */
    async decided(tx: Tx, app: ApplicationRow, decision: { id: string; part: Part }) {
      await enqueue(tx, app, 'decision', `decision:${app.id}:${decision.part}`, app.contactEmail, {
        part: decision.part,
        messageId: decision.id,
      });
    },

    /**
     * The applicant answered a supplement request: a notice for the service that asked (its team,
     * i.e. the region's work service or the federal service) and for the file's assignee there.
     */
    async supplementAnswered(tx: Tx, app: ApplicationRow, request: { id: string; part: Part }) {
      const region = request.part === 'work' ? app.region : null;
      const assignee = request.part === 'work' ? app.workAssigneeId : app.residenceAssigneeId;
      const common = {
        kind: 'supplement_answered' as const,
        applicationId: app.id,
        part: request.part,
        region,
        supplementRequestId: request.id,
      };
      await tx.notice.createMany({
        data: [{ ...common, userId: null }, ...(assignee ? [{ ...common, userId: assignee }] : [])],
      });
    },

    /** After the transaction committed. */
    committed() {
      kick?.();
    },
  };
}

export type Notifier = ReturnType<typeof createNotifier>;
