import { problemCodes } from '@loket/contracts';
import { describe, expect, it } from 'vitest';
import { problemLabels } from './labels.ts';
import { ApiError, describeError, isProblemCode, networkProblem, parseProblem } from './problem.ts';

describe('parseProblem', () => {
  it('reads an RFC 9457 body with field errors', () => {
    const problem = {
      type: 'https://loket.example/problems/application-incomplete',
      title: 'Application incomplete',
      status: 422,
      code: 'application_incomplete',
      detail: 'Some information is missing.',
      requestId: 'req-1',
      errors: [
        { pointer: '/worker/birthDate', code: 'required', message: "Give the worker's date of birth." },
        {
          pointer: '/documents/passport',
          code: 'document_missing',
          params: { documentType: 'passport' },
          message: 'Upload the passport.',
        },
        // An older answer, without a code: kept, the screen falls back on its own words.
        { pointer: '/jobTitle', message: 'Give the job title.' },
      ],
    };
    // An entry that is not a field error is dropped; everything else is kept as sent.
    const body = JSON.stringify({ ...problem, errors: [...problem.errors, { nonsense: true }] });
    expect(parseProblem(422, body)).toEqual(problem);
  });

  it('drops a field error code it does not know rather than passing it on', () => {
    const body = JSON.stringify({
      status: 400,
      code: 'validation_failed',
      errors: [{ pointer: '/jobTitle', code: 'sideways', message: 'Odd.' }],
    });
    expect(parseProblem(400, body).errors).toEqual([{ pointer: '/jobTitle', message: 'Odd.' }]);
  });

  it("reads the framework's own error shape", () => {
    const p = parseProblem(
      404,
      JSON.stringify({ statusCode: 404, error: 'Not Found', message: 'Route GET /x not found' }),
    );
    expect(p).toMatchObject({
      status: 404,
      code: 'not_found',
      title: 'Not Found',
      detail: 'Route GET /x not found',
    });
  });

  it('makes a readable problem from a body that is not JSON', () => {
    const p = parseProblem(502, '<html>Bad gateway</html>', 'Bad Gateway');
    expect(p).toMatchObject({ status: 502, code: 'internal', title: 'Bad Gateway' });
    expect(p.detail).toBeUndefined();
    expect(parseProblem(429, '')).toMatchObject({ code: 'rate_limited', title: problemLabels.rate_limited });
  });

  it('does not trust an unknown code', () => {
    expect(parseProblem(409, JSON.stringify({ title: 'x', code: 'made_up' })).code).toBe(
      'illegal_transition',
    );
  });
});

describe('describeError', () => {
  it('titles an API error by its code and keeps the detail', () => {
    const err = new ApiError(
      parseProblem(409, JSON.stringify({ title: 'Conflict', code: 'version_conflict', detail: 'Stale.' })),
    );
    expect(describeError(err)).toMatchObject({ title: problemLabels.version_conflict, detail: 'Stale.' });
    expect(err.status).toBe(409);
    expect(err.code).toBe('version_conflict');
  });

  it('describes a network failure and plain errors', () => {
    expect(describeError(new ApiError(networkProblem())).title).toBe('The service cannot be reached');
    expect(describeError(new Error('boom'))).toEqual({ title: 'Something went wrong', detail: 'boom' });
    expect(describeError('?')).toEqual({ title: 'Something went wrong' });
  });
});

describe('problem codes', () => {
  it("has a label for every code of the API's contract", () => {
    for (const code of problemCodes) expect(isProblemCode(code)).toBe(true);
    expect(Object.keys(problemLabels).sort()).toEqual([...problemCodes].sort());
  });
});
