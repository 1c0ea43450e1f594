import nodemailer from 'nodemailer';
import { afterEach, describe, expect, it } from 'vitest';
import { type DevMail, startDevMail } from './server.ts';

let running: DevMail | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

describe('the development mail catcher', () => {
  it('catches what nodemailer sends, parsed, and shows it over HTTP', async () => {
    running = await startDevMail({ httpPort: 0 });
    const transport = nodemailer.createTransport(running.smtpUrl);
    await transport.sendMail({
      from: 'Loket <no-reply@loket.example>',
      to: 'anna.peeters@example.com',
      subject: 'Ontvangstbevestiging LKT-2026-ABCD1234',
      text: 'Uw aanvraag is goed ontvangen. Één link: http://localhost:5173/applications/x',
      headers: { 'Content-Language': 'nl' },
      messageId: '<abc@loket.example>',
    });
    transport.close();
    const mail = await running.waitFor((m) => m.subject.includes('LKT-2026-ABCD1234'));
    expect(mail).toMatchObject({
      id: 1,
      to: ['anna.peeters@example.com'],
      envelope: { from: 'no-reply@loket.example', to: ['anna.peeters@example.com'] },
      language: 'nl',
      messageId: '<abc@loket.example>',
    });
    expect(mail.text).toContain('Één link');

    const list = (await fetch(`${running.viewUrl}/mails`).then((r) => r.json())) as { items: unknown[] };
    expect(list.items).toHaveLength(1);
    const html = await fetch(`${running.viewUrl}/`).then((r) => r.text());
    expect(html).toContain('Ontvangstbevestiging LKT-2026-ABCD1234');
    expect(html).toContain('anna.peeters@example.com');
    const one = await fetch(`${running.viewUrl}/mails/1`).then((r) => r.text());
    expect(one).toContain('Één link');
    expect((await fetch(`${running.viewUrl}/mails/9`)).status).toBe(404);
  });

  it('escapes what it shows', async () => {
    running = await startDevMail({ httpPort: 0 });
    const transport = nodemailer.createTransport(running.smtpUrl);
    await transport.sendMail({
      from: 'a@example.com',
      to: 'b@example.com',
      subject: '<script>x</script>',
      text: '<b>',
    });
    transport.close();
    await running.waitFor(() => true);
    const html = await fetch(`${running.viewUrl}/`).then((r) => r.text());
    expect(html).not.toContain('<script>x');
    expect(html).toContain('&lt;script&gt;');
  });

  it('can be stopped and started again on the same port (a mail server that was down)', async () => {
    const first = await startDevMail();
    const port = first.smtpPort;
    await first.close();
    const transport = nodemailer.createTransport({ host: '127.0.0.1', port, connectionTimeout: 1000 });
    await expect(
      transport.sendMail({ from: 'a@example.com', to: 'b@example.com', text: 'x' }),
    ).rejects.toThrow();
    running = await startDevMail({ smtpPort: port });
    await transport.sendMail({ from: 'a@example.com', to: 'b@example.com', subject: 'back', text: 'x' });
    transport.close();
    expect((await running.waitFor((m) => m.subject === 'back')).to).toEqual(['b@example.com']);
  });

  it('times out a wait for a mail that never comes, and starts no view unless asked', async () => {
    running = await startDevMail();
    expect(running.viewUrl).toBeUndefined();
    await expect(running.waitFor(() => true, 50)).rejects.toThrow(/no matching mail/);
  });
});
