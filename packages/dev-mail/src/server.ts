import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface DevMailOptions {
  /** SMTP port; 0 (the default) picks a free one. */
  smtpPort?: number;
  /** Port of the HTML/JSON view of caught mails; 0 picks a free one, false starts none (the default). */
  httpPort?: number | false;
  /** Interface to bind; loopback only by default. */
  host?: string;
  /** Largest message accepted, in bytes (default 10 MiB). */
  maxBytes?: number;
}

/** One caught message, parsed. */
export interface CaughtMail {
  /** 1, 2, 3...: the order of arrival. */
  id: number;
  receivedAt: string;
  /** Envelope sender and recipients (what the SMTP client said, whatever the headers claim). */
  envelope: { from: string | null; to: string[] };
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string | null;
  messageId: string | null;
  /** Content-Language header, if any. */
  language: string | null;
  headers: Record<string, string>;
}

export interface DevMail {
  host: string;
  smtpPort: number;
  /** For nodemailer and the API's SMTP_URL: `smtp://host:port`. */
  smtpUrl: string;
  /** The view of caught mails (HTML at /, JSON at /mails), when started with an httpPort. */
  viewUrl: string | undefined;
  /** Every mail caught so far, oldest first. */
  mails(): CaughtMail[];
  /** Resolves with the first caught mail (already caught or still to come) that matches. */
  waitFor(match: (mail: CaughtMail) => boolean, timeoutMs?: number): Promise<CaughtMail>;
  clear(): void;
  /** Stops both servers and cuts open connections. */
  close(): Promise<void>;
}

/**
 * A development SMTP catcher: accepts every message over plain SMTP (no TLS, no authentication),
 * keeps it in memory and shows it on a tiny HTTP page. It delivers nothing anywhere. `pnpm start`
 * runs it unless SMTP_URL is set; the API tests use it to read what Loket sends.
 */
export async function startDevMail(options: DevMailOptions = {}): Promise<DevMail> {
  const host = options.host ?? '127.0.0.1';
  const caught: CaughtMail[] = [];
  const waiters = new Set<{ match: (m: CaughtMail) => boolean; resolve: (m: CaughtMail) => void }>();

  const smtp = new SMTPServer({
    secure: false,
    disabledCommands: ['STARTTLS', 'AUTH'],
    authOptional: true,
    logger: false,
    banner: 'Loket development mail catcher',
    size: options.maxBytes ?? 10 * 1024 * 1024,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const headers: Record<string, string> = {};
          for (const [key, value] of parsed.headers) {
            headers[key] = typeof value === 'string' ? value : JSON.stringify(value);
          }
          const addresses = (field: typeof parsed.to): string[] =>
            (Array.isArray(field) ? field : field ? [field] : []).flatMap((a) =>
              a.value.map((v) => v.address ?? '').filter(Boolean),
            );
          const mail: CaughtMail = {
            id: caught.length + 1,
            receivedAt: new Date().toISOString(),
            envelope: {
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
              to: session.envelope.rcptTo.map((r) => r.address),
            },
            from: parsed.from?.text ?? '',
            to: addresses(parsed.to),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : null,
            messageId: parsed.messageId ?? null,
            language: headers['content-language'] ?? null,
            headers,
          };
          caught.push(mail);
          for (const w of waiters) {
            if (w.match(mail)) {
              waiters.delete(w);
              w.resolve(mail);
            }
          }
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  smtp.on('error', () => undefined); // a client that hangs up is not the catcher's problem

  await new Promise<void>((resolve, reject) => {
    smtp.server.once('error', reject);
    smtp.listen(options.smtpPort ?? 0, host, () => {
      smtp.server.off('error', reject);
      resolve();
    });
  });
  const smtpPort = (smtp.server.address() as AddressInfo).port;

  let http: HttpServer | undefined;
  let viewUrl: string | undefined;
  if (options.httpPort !== undefined && options.httpPort !== false) {
    http = createHttpServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (req.method !== 'GET') {
        res.writeHead(405).end();
        return;
      }
      if (url.pathname === '/mails') {
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify({ items: [...caught].reverse() }));
        return;
      }
      const one = url.pathname.match(/^\/mails\/(\d+)$/);
      if (one) {
        const mail = caught.find((m) => m.id === Number(one[1]));
        if (!mail) {
          res.writeHead(404).end();
          return;
        }
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(page(`Mail ${mail.id}`, mailView(mail)));
        return;
      }
      if (url.pathname === '/') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(page('Caught mails', listView(caught)));
        return;
      }
      res.writeHead(404).end();
    });
    const server = http;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.httpPort as number, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    viewUrl = `http://${host === '127.0.0.1' ? 'localhost' : host}:${(server.address() as AddressInfo).port}`;
  }

  return {
    host,
    smtpPort,
    smtpUrl: `smtp://${host}:${smtpPort}`,
    viewUrl,
    mails: () => [...caught],
    waitFor(match, timeoutMs = 10_000) {
      const found = caught.find(match);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const waiter = {
          match,
          resolve: (m: CaughtMail) => {
            clearTimeout(timer);
            resolve(m);
          },
        };
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(new Error(`no matching mail within ${timeoutMs} ms (${caught.length} caught)`));
        }, timeoutMs);
        waiters.add(waiter);
      });
    },
    clear: () => {
      caught.length = 0;
    },
    async close() {
      http?.closeAllConnections();
      await Promise.all([
        new Promise<void>((resolve) => smtp.close(() => resolve())),
        http ? new Promise<void>((resolve) => http?.close(() => resolve())) : Promise.resolve(),
      ]);
    },
  };
}

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

function page(title: string, body: string) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)} · Loket dev mail</title>
<style>body{font:15px/1.5 system-ui,sans-serif;margin:2rem;max-width:60rem}table{border-collapse:collapse;width:100%}
td,th{border-bottom:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}pre{white-space:pre-wrap;background:#f4f4f4;padding:1rem}</style>
</head><body><main>${body}</main></body></html>`;
}

function listView(mails: CaughtMail[]) {
  const rows = [...mails]
    .reverse()
    .map(
      (m) =>
        `<tr><td>${m.id}</td><td>${escapeHtml(m.receivedAt)}</td><td>${escapeHtml(m.to.join(', '))}</td><td><a href="/mails/${m.id}">${escapeHtml(m.subject || '(no subject)')}</a></td><td>${escapeHtml(m.language ?? '')}</td></tr>`,
    )
    .join('');
  return `<h1>Caught mails (${mails.length})</h1>
<p>Development only: nothing here was delivered to anyone. Newest first. JSON at <a href="/mails">/mails</a>.</p>
<table><thead><tr><th>#</th><th>Received</th><th>To</th><th>Subject</th><th>Language</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function mailView(m: CaughtMail) {
  return `<p><a href="/">All mails</a></p><h1>${escapeHtml(m.subject || '(no subject)')}</h1>
<table><tbody><tr><th>From</th><td>${escapeHtml(m.from)}</td></tr><tr><th>To</th><td>${escapeHtml(m.to.join(', '))}</td></tr>
<tr><th>Received</th><td>${escapeHtml(m.receivedAt)}</td></tr><tr><th>Message-ID</th><td>${escapeHtml(m.messageId ?? '')}</td></tr>
<tr><th>Language</th><td>${escapeHtml(m.language ?? '')}</td></tr></tbody></table><pre>${escapeHtml(m.text)}</pre>`;
}
