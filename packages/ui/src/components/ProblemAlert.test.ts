import { describe, expect, it } from 'vitest';
import { ApiError, networkProblem } from '../problem.ts';
import { retryCanHelp } from './ProblemAlert.tsx';

const answered = (status: number, code: ConstructorParameters<typeof ApiError>[0]['code']) =>
  new ApiError({ type: 'about:blank', title: code, status, code });

describe('the Try again button', () => {
  it('is offered when asking again may answer differently', () => {
    expect(retryCanHelp(new ApiError(networkProblem()))).toBe(true);
    expect(retryCanHelp(answered(503, 'storage_unavailable'))).toBe(true);
    expect(retryCanHelp(answered(500, 'internal'))).toBe(true);
    expect(retryCanHelp(answered(409, 'version_conflict'))).toBe(true);
    expect(retryCanHelp(new Error('the page failed'))).toBe(true);
  });

  it('is not offered for a refusal that will not change (another service’s file is not found)', () => {
    expect(retryCanHelp(answered(404, 'not_found'))).toBe(false);
    expect(retryCanHelp(answered(403, 'forbidden'))).toBe(false);
    expect(retryCanHelp(answered(400, 'validation_failed'))).toBe(false);
  });
});
