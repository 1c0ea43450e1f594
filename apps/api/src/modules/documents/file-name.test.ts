import { describe, expect, it } from 'vitest';
import { contentDisposition, sanitiseFileName } from './file-name.ts';

describe('sanitiseFileName', () => {
  it('keeps an ordinary name, accents included', () => {
    expect(sanitiseFileName('Diplôme master.pdf')).toBe('Diplôme master.pdf');
  });
  it('drops any path, forwards or backwards', () => {
    expect(sanitiseFileName('../../etc/passwd')).toBe('passwd');
    expect(sanitiseFileName('C:\\Users\\x\\contract.pdf')).toBe('contract.pdf');
  });
  it('removes NUL, controls and right-to-left overrides', () => {
    expect(sanitiseFileName('invoice\u202Efdp.exe')).toBe('invoicefdp.exe');
    expect(sanitiseFileName('a\u0000b.pdf')).toBe('ab.pdf');
  });
  it('bounds a 300-character name and keeps its extension', () => {
    const name = sanitiseFileName(`${'x'.repeat(300)}.pdf`);
    expect(name).toHaveLength(200);
    expect(name.endsWith('.pdf')).toBe(true);
  });
  it('never returns an empty or hidden name', () => {
    expect(sanitiseFileName('')).toBe('document');
    expect(sanitiseFileName('...')).toBe('document');
    expect(sanitiseFileName('.htaccess')).toBe('htaccess');
  });
});

describe('contentDisposition', () => {
  it('gives an ASCII fallback and the exact UTF-8 name', () => {
    expect(contentDisposition('Diplôme "final".pdf')).toBe(
      `attachment; filename="Dipl_me _final_.pdf"; filename*=UTF-8''Dipl%C3%B4me%20%22final%22.pdf`,
    );
  });
});
