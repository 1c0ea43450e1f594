import { mailKinds } from '@loket/contracts';
import { authorityKinds, languages } from '@loket/domain';
import { describe, expect, it } from 'vitest';
import { composeMail } from './mail-texts.ts';

const params = {
  reference: 'LKT-2026-ABCD2345',
  link: 'https://portal.loket.test/applications/00000000-0000-4000-8000-000000000001?message=1',
  dueDate: '14 maart 2026',
};

describe('every e-mail in nl, fr, de and en', () => {
  for (const kind of mailKinds) {
    for (const part of authorityKinds) {
      it(`${kind} (${part}) has a subject and a body in each language, every placeholder filled`, () => {
        const mails = languages.map((language) => composeMail(kind, language, { ...params, part }));
        for (const [i, mail] of mails.entries()) {
          const where = `${kind} ${languages[i]}`;
          expect(mail.subject, where).toContain(params.reference);
          expect(mail.body, where).toContain(params.reference);
          expect(mail.body, where).toContain(params.link);
          expect(`${mail.subject}\n${mail.body}`, where).not.toMatch(/\{\w+\}|undefined/);
          if (kind === 'supplement_requested') expect(mail.body, where).toContain(params.dueDate);
        }
        // A language missing its own text (another language's copied in) shows as two equal mails.
        expect(new Set(mails.map((m) => m.subject)).size).toBe(languages.length);
        expect(new Set(mails.map((m) => m.body)).size).toBe(languages.length);
      });
    }
  }
});
