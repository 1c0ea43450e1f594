import { describe, expect, it } from 'vitest';
import { splitIssuer } from './oidc.ts';

describe('splitIssuer', () => {
  it('splits a Keycloak issuer into server URL and realm', () => {
    expect(splitIssuer('http://localhost:4001/realms/loket')).toEqual({
      url: 'http://localhost:4001',
      realm: 'loket',
    });
  });

  it('keeps a context path and tolerates a trailing slash', () => {
    expect(splitIssuer('https://id.example.be/auth/realms/loket-test/')).toEqual({
      url: 'https://id.example.be/auth',
      realm: 'loket-test',
    });
  });

  it('decodes an escaped realm name', () => {
    expect(splitIssuer('https://id.example.be/realms/my%20realm').realm).toBe('my realm');
  });

  it('refuses what is not a realm URL', () => {
    expect(() => splitIssuer('not a url')).toThrow(/not a URL/);
    expect(() => splitIssuer('https://id.example.be/oidc')).toThrow(/realms/);
    expect(() => splitIssuer('https://id.example.be/realms/')).toThrow(/realms/);
  });
});
