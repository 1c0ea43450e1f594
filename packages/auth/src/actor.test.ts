import { describe, expect, it } from 'vitest';
import { actorFromClaims } from './index.ts';

describe('actorFromClaims', () => {
  it('builds an applicant acting for several employers', () => {
    expect(
      actorFromClaims({
        sub: 'u-1',
        name: 'Sofie Claes',
        realm_access: { roles: ['applicant', 'offline_access', 'default-roles-loket'] },
        employers: ['0417097129', '0812345603'],
      }),
    ).toEqual({
      id: 'u-1',
      name: 'Sofie Claes',
      roles: ['applicant'],
      employers: ['0417097129', '0812345603'],
    });
  });

  it.each([
    ['work_flanders', { kind: 'work', region: 'flanders' }],
    ['work_brussels', { kind: 'work', region: 'brussels' }],
    ['work_wallonia', { kind: 'work', region: 'wallonia' }],
    ['work_german_speaking', { kind: 'work', region: 'german_speaking' }],
    ['residence_federal', { kind: 'residence' }],
  ])('maps authority %s', (code, authority) => {
    const actor = actorFromClaims({
      sub: 'u',
      realm_access: { roles: ['work_caseworker'] },
      authority: code,
    });
    expect(actor.authority).toEqual(authority);
  });

  it.each([
    ['work_', undefined],
    ['work_antwerp', undefined],
    ['residence', undefined],
    ['RESIDENCE_FEDERAL', undefined],
    [['work_flanders'], undefined],
    [42, undefined],
    [undefined, undefined],
  ])('drops unknown authority %j', (code, authority) => {
    const actor = actorFromClaims({ sub: 'u', authority: code });
    expect(actor.authority).toBe(authority);
    expect(actor).not.toHaveProperty('authority');
  });

  it('keeps only the roles Loket knows, once each', () => {
    const actor = actorFromClaims({
      sub: 'u',
      realm_access: { roles: ['analyst', 'admin', 'analyst', 42, 'work_caseworker', 'Applicant'] },
    });
    expect(actor.roles).toEqual(['analyst', 'work_caseworker']);
  });

  it('copes with missing or malformed role and employer claims', () => {
    for (const realm_access of [undefined, null, 'applicant', { roles: 'applicant' }, { roles: null }, []]) {
      const actor = actorFromClaims({ sub: 'u', realm_access, employers: undefined });
      expect(actor.employers).toEqual([]);
      expect(Array.isArray(actor.roles)).toBe(true);
    }
    // A single-valued Keycloak mapper sends a string instead of an array.
    expect(actorFromClaims({ sub: 'u', employers: '0417097129' }).employers).toEqual(['0417097129']);
    expect(actorFromClaims({ sub: 'u', employers: ['0417097129', '', 7, '0417097129'] }).employers).toEqual([
      '0417097129',
    ]);
  });

  it('chooses the best available name', () => {
    expect(actorFromClaims({ sub: 'u', name: 'Ada Lambert', given_name: 'A', family_name: 'L' }).name).toBe(
      'Ada Lambert',
    );
    expect(actorFromClaims({ sub: 'u', given_name: 'Ada', family_name: 'Lambert' }).name).toBe('Ada Lambert');
    expect(actorFromClaims({ sub: 'u', name: '  ', preferred_username: 'ada' }).name).toBe('ada');
    expect(actorFromClaims({ sub: 'u' }).name).toBe('u');
  });

  it('keeps a well-formed email claim, and nothing else in its place', () => {
    expect(actorFromClaims({ sub: 'u', email: ' anna.peeters@example.com ' }).email).toBe(
      'anna.peeters@example.com',
    );
    for (const email of [undefined, '', 'not an address', 42, ['a@example.com']]) {
      expect(actorFromClaims({ sub: 'u', email })).not.toHaveProperty('email');
    }
  });
});
