import type { Db } from '@loket/db';
import type { FastifyBaseLogger } from 'fastify';

/** What the worker needs of a mail transport (nodemailer's `Transporter` has it). */
export interface MailTransport {
  sendMail(mail: {
    from: string;
    to: string;
    subject: string;
    text: string;
    messageId: string;
    headers: Record<string, string>;
  }): Promise<unknown>;
  close?(): void;
}

export interface MailWorkerDeps {
  db: Db;
  transport: MailTransport;
  /** The From header, e.g. `Loket <no-reply@loket.example>`. */
  from: string;
  log: Pick<FastifyBaseLogger, 'info' | 'warn' | 'error'>;
  /** First retry delay; doubled per attempt up to maxDelayMs. */
  retryBaseMs?: number;
  maxDelayMs?: number;
  /** After this many failed attempts a mail is marked failed (about a day with the defaults). */
  maxAttempts?: number;
  /** How often due mails are swept up (an unref'd timer). */
  sweepIntervalMs?: number;
  /** How long a claim on a mail lasts while it is being sent. */
  leaseMs?: number;
}

interface Claimed {
  id: string;
  recipient: string;
  subject: string;
  body: string;
  language: string;
  attempts: number;
}

/**
 * Delivers the mail outbox over SMTP: claims one due mail at a time (`FOR UPDATE SKIP LOCKED` plus
 * a lease, so two API instances never send the same mail at once and a crash frees it), sends it,
 * marks it sent. A failure schedules a retry with exponential backoff; an SMTP 5xx (the server
 * refuses the message for good) or too many attempts marks it failed. The Message-ID is derived
 * from the outbox id, so a mail resent after a crash between sending and marking is recognisable
 * as the same message. Logs carry the outbox id and an error code, never an address or a body.
 */
export function createMailWorker({
  db,
  transport,
  from,
  log,
  retryBaseMs = 30_000,
  maxDelayMs = 60 * 60_000,
  maxAttempts = 12,
  sweepIntervalMs = 30_000,
  leaseMs = 120_000,
}: MailWorkerDeps) {
  const domain = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? 'loket.invalid';
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;
  let sweep: NodeJS.Timeout | undefined;
  const wakeUps = new Set<NodeJS.Timeout>();
  let serverDownLogged = false;

  async function claim(): Promise<Claimed | undefined> {
    const rows = await db.$queryRaw<Claimed[]>`
      UPDATE mail_outbox SET locked_until = now() + ${leaseMs} * interval '1 millisecond', attempts = attempts + 1
      WHERE id = (
        SELECT id FROM mail_outbox
        WHERE status = 'pending' AND next_attempt_at <= now() AND (locked_until IS NULL OR locked_until < now())
        ORDER BY next_attempt_at, created_at
        LIMIT 1
        FOR UPDATE SKIP LOCKED)
      RETURNING id::text, recipient, subject, body, language::text AS language, attempts`;
    return rows[0];
  }

  async function deliver(mail: Claimed): Promise<boolean> {
    try {
      await transport.sendMail({
        from,
        to: mail.recipient,
        subject: mail.subject,
        text: mail.body,
        messageId: `<${mail.id}@${domain}>`,
        headers: { 'Content-Language': mail.language, 'Auto-Submitted': 'auto-generated' },
      });
    } catch (error) {
      const e = error as { code?: string; responseCode?: number; name?: string };
      const code = e.responseCode ? `SMTP ${e.responseCode}` : (e.code ?? e.name ?? 'Error');
      const permanent = (e.responseCode ?? 0) >= 500 || mail.attempts >= maxAttempts;
      const delay = Math.min(maxDelayMs, retryBaseMs * 2 ** (mail.attempts - 1));
      await db.$executeRaw`
        UPDATE mail_outbox SET locked_until = NULL, last_error = ${code},
          status = ${permanent ? 'failed' : 'pending'}::"MailStatus",
          next_attempt_at = now() + ${delay} * interval '1 millisecond'
        WHERE id = ${mail.id}::uuid`;
      const connection =
        e.code === 'ECONNREFUSED' ||
        e.code === 'ESOCKET' ||
        e.code === 'ETIMEDOUT' ||
        e.code === 'ECONNECTION';
      if (permanent)
        log.error({ mail: mail.id, code, attempts: mail.attempts }, 'mail not delivered, given up');
      else if (!connection || !serverDownLogged)
        log.warn({ mail: mail.id, code, retryInMs: delay }, 'mail not delivered, will retry');
      if (connection) serverDownLogged = true;
      if (!permanent) wakeUpIn(delay);
      return false;
    }
    serverDownLogged = false;
    await db.$executeRaw`
      UPDATE mail_outbox SET status = 'sent', sent_at = now(), locked_until = NULL, last_error = NULL
      WHERE id = ${mail.id}::uuid AND status = 'pending'`;
    return true;
  }

  function wakeUpIn(ms: number) {
    if (stopped) return;
    const t = setTimeout(() => {
      wakeUps.delete(t);
      kick();
    }, ms + 10);
    t.unref();
    wakeUps.add(t);
  }

  /** Sends every due mail; stops early after a failure (the server is likely down; the retry is scheduled). */
  async function deliverDue(): Promise<number> {
    let sent = 0;
    for (let mail = await claim(); mail && !stopped; mail = await claim()) {
      if (!(await deliver(mail))) break;
      sent++;
    }
    return sent;
  }

  function kick() {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      do {
        again = false;
        try {
          await deliverDue();
        } catch (error) {
          log.error({ err: { name: (error as Error).name } }, 'mail outbox run failed');
        }
      } while (again && !stopped);
    })().finally(() => {
      running = undefined;
    });
  }

  return {
    kick,
    deliverDue,
    start() {
      stopped = false;
      kick();
      sweep = setInterval(kick, sweepIntervalMs);
      sweep.unref();
    },
    async stop() {
      stopped = true;
      if (sweep) clearInterval(sweep);
      for (const t of wakeUps) clearTimeout(t);
      wakeUps.clear();
      await running;
      transport.close?.();
    },
  };
}

export type MailWorker = ReturnType<typeof createMailWorker>;
