import { describe, expect, it } from 'vitest';
import { audienceIncludes, audienceOf, sniffMediaType } from './index.ts';

const bytes = (s: string | number[]) =>
  typeof s === 'string' ? new TextEncoder().encode(s) : new Uint8Array(s);

describe('sniffMediaType', () => {
  it('recognises PDF, JPEG and PNG by their bytes', () => {
    expect(sniffMediaType(bytes('%PDF-1.7\n'))).toBe('application/pdf');
    expect(sniffMediaType(bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe('image/jpeg');
    expect(sniffMediaType(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png');
  });
  it('refuses an executable, HTML, SVG, a zip and an empty file whatever they are called', () => {
    expect(sniffMediaType(bytes('MZ\x90\x00\x03'))).toBeUndefined();
    expect(sniffMediaType(bytes([0x7f, 0x45, 0x4c, 0x46, 2, 1]))).toBeUndefined();
    expect(sniffMediaType(bytes('<html><script>'))).toBeUndefined();
    expect(sniffMediaType(bytes('<svg xmlns='))).toBeUndefined();
    expect(sniffMediaType(bytes('PK\x03\x04'))).toBeUndefined();
    expect(sniffMediaType(bytes(''))).toBeUndefined();
    expect(sniffMediaType(bytes('%PD'))).toBeUndefined();
  });
});

describe('audience', () => {
  it('keeps medical certificates and criminal records for the residence service only', () => {
    expect(audienceOf('medical_certificate')).toBe('residence');
    expect(audienceOf('criminal_record')).toBe('residence');
    expect(audienceIncludes('residence', 'work')).toBe(false);
    expect(audienceIncludes('residence', 'residence')).toBe(true);
    expect(audienceOf('passport')).toBe('both');
    expect(audienceIncludes('both', 'work')).toBe(true);
  });
});
