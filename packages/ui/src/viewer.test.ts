import { describe, expect, it } from 'vitest';
import { ApiError, parseProblem } from './problem.ts';
import { viewerBlockOf, viewKindOf } from './viewer.ts';

describe('the document viewer', () => {
  it('shows PDFs and the accepted image types, nothing else', () => {
    expect(viewKindOf('application/pdf')).toBe('pdf');
    expect(viewKindOf('Application/PDF; charset=binary')).toBe('pdf');
    expect(viewKindOf('image/png')).toBe('image');
    expect(viewKindOf('image/jpeg')).toBe('image');
    expect(viewKindOf('image/svg+xml')).toBeUndefined();
    expect(viewKindOf('text/html')).toBeUndefined();
  });

  it('tells a file still being scanned and a blocked file from other problems', () => {
    const problem = (status: number, code: string) =>
      new ApiError(parseProblem(status, JSON.stringify({ code, title: 't' })));
    expect(viewerBlockOf(problem(409, 'document_not_scanned'))).toBe('scanning');
    expect(viewerBlockOf(problem(410, 'document_infected'))).toBe('infected');
    expect(viewerBlockOf(problem(404, 'not_found'))).toBe('problem');
    expect(viewerBlockOf(new Error('boom'))).toBe('problem');
  });
});
